/**
 * npm run budget (after npm run build)
 *
 * Adds up the gzip size of the JavaScript and CSS the first page loads (the entry chunk, its static imports
 * and their CSS, read from Vite's manifest), prints it, and fails over budget. Lazily loaded chunks and the
 * data files are listed for information but are not counted: they load after the first page, or are data.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// The first page was 139.8 kB when the map's own pan and zoom replaced d3-zoom; the validator and zod the app runs
// on the bundled data at start-up are about 33 kB of it. The fast-first-load work (issue 15) replaces this with a
// budget of 110 kB that counts the data too, by validating the bundled data at build time instead.
const BUDGET_BYTES = 145_000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8")) as Record<
  string,
  ManifestChunk
>;
const gzipBytes = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const firstPage = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key];
  if (chunk === undefined || firstPage.has(chunk.file)) return;
  firstPage.add(chunk.file);
  for (const css of chunk.css ?? []) firstPage.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry === true) visit(key);

let total = 0;
console.log("First page (gzip):");
for (const file of [...firstPage].sort()) {
  const size = gzipBytes(file);
  total += size;
  console.log(`  ${kB(size).padStart(9)}  ${file}`);
}
const others = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => !firstPage.has(file));
if (others.length > 0) {
  console.log("Loaded later or data, not counted (gzip):");
  for (const file of [...new Set(others)].sort())
    console.log(`  ${kB(gzipBytes(file)).padStart(9)}  ${file}`);
}
console.log(`Total for the first page: ${kB(total)} of a ${kB(BUDGET_BYTES)} budget.`);
if (total > BUDGET_BYTES) {
  console.error(`Over budget by ${kB(total - BUDGET_BYTES)}: lazy-load a route or drop a dependency.`);
  process.exitCode = 1;
}
