/**
 * The import graph of src/, folder by folder, and the cycles in it. `npm run imports` prints it; the
 * architecture test fails on any cycle between folders. (Which way imports may flow between layers is the
 * lint rule's job: see eslint.config.js.)
 *
 * Only relative imports count: packages and virtual modules are outside the graph. Dynamic imports
 * (`import("./x")`) and side-effect imports of styles count too, as they tie one folder to another just the same.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export interface ImportEdge {
  /** Both paths relative to the project root, with forward slashes. */
  from: string;
  to: string;
}

const SOURCE = /\.(?:ts|tsx)$/;
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : SOURCE.test(entry.name) ? [path] : [];
  });
}

function resolveImport(file: string, specifier: string): string | null {
  const base = resolve(dirname(file), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = `${base}${extension}`;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function toPosix(root: string, path: string): string {
  return relative(root, path).split("\\").join("/");
}

/**
 * Every relative import of every TypeScript file under `dir`, resolved to the file it names.
 * @example importEdges(".", "src").filter((e) => e.from.startsWith("src/features/"))
 */
export function importEdges(root: string, dir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of filesUnder(resolve(root, dir))) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = resolveImport(file, fileName);
      if (target !== null) edges.push({ from: toPosix(root, file), to: toPosix(root, target) });
    }
  }
  return edges;
}

/** The folder a file is in: the unit the cycle check works on. */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/"));
}

/** Folder → the other folders it imports from. */
export function folderGraph(edges: ReadonlyArray<ImportEdge>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  return graph;
}

/**
 * The groups of folders that import each other, directly or round a loop (strongly connected components of
 * two or more folders, by Tarjan's algorithm), each sorted, largest first.
 * @example folderCycles(new Map([["a", new Set(["b"])], ["b", new Set(["a"])]])) // [["a", "b"]]
 */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** The feature a file belongs to (src/features/<name>/…), or null. */
export function featureOf(path: string): string | null {
  return /^src\/features\/([^/]+)\//.exec(path)?.[1] ?? null;
}

/** Imports from one feature into another: each should move down into shared code instead. */
export function crossFeatureImports(edges: ReadonlyArray<ImportEdge>): ImportEdge[] {
  return edges.filter(({ from, to }) => {
    const a = featureOf(from);
    const b = featureOf(to);
    return a !== null && b !== null && a !== b;
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const edges = importEdges(".", "src");
  const graph = folderGraph(edges);
  for (const [folder, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${folder} → ${[...targets].sort().join(", ") || "(nothing)"}`);
  }
  const cycles = folderCycles(graph);
  const cross = crossFeatureImports(edges);
  console.log(`\n${edges.length} imports between ${graph.size} folders.`);
  console.log(`${cycles.length} folder cycles${cycles.length === 0 ? "." : ":"}`);
  for (const group of cycles) console.log(`  ${group.join(" ↔ ")}`);
  console.log(`${cross.length} cross-feature imports${cross.length === 0 ? "." : ":"}`);
  for (const { from, to } of cross) console.log(`  ${from} → ${to}`);
  process.exitCode = cycles.length > 0 || cross.length > 0 ? 1 : 0;
}
