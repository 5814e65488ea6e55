/**
 * npm run budget (after npm run build)
 *
 * Adds up the gzip size of everything the first page fetches before the map is usable: index.html, the
 * JavaScript and CSS it loads (the entry chunk, its static imports and their CSS, read from Vite's manifest)
 * and the data files it preloads (on the map page, the map index and pay table). Prints it, and fails over
 * budget. Lazily loaded chunks are listed for information but not counted: they load after the first page.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// The aim (issue 15) is 110 kB. The first page is about 126 kB of code and styles, 17 kB of HTML (the map
// rendered at build time) and 12 kB of data (the map index and pay table; the whole dataset, 72 kB, follows once
// the map is drawn). What stands between it and the aim is mostly React: react-dom's client alone is about 60 kB
// and react-router about 14 kB, before any of the app's own code. The limit holds what was reached, so the first
// load cannot grow unnoticed.
const AIM_BYTES = 110_000;
const BUDGET_BYTES = 156_000;

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

// The data files index.html preloads, and the page itself.
const html = readFileSync("dist/index.html", "utf8");
firstPage.add("index.html");
const base = /<script type="module" crossorigin src="([^"]*)assets\//.exec(html)?.[1] ?? "/";
for (const [, href] of html.matchAll(/<link rel="preload" as="fetch"[^>]* href="([^"]+)"/g)) {
  firstPage.add(href!.slice(base.length));
}

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
console.log(
  `Total for the first page: ${kB(total)} of a ${kB(BUDGET_BYTES)} budget (the aim is ${kB(AIM_BYTES)}).`,
);
if (total > BUDGET_BYTES) {
  console.error(`Over budget by ${kB(total - BUDGET_BYTES)}: lazy-load a route or drop a dependency.`);
  process.exitCode = 1;
}
