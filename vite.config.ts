import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { createServer, defineConfig, runnerImport, type Plugin } from "vite";
import { offlineSupport } from "./scripts/vite-offline-plugin";
import type * as DataFiles from "./scripts/data-files.ts";
import type { BuiltDataHashes } from "./src/core/built-career-data";
import type * as CareerDataModule from "./src/core/career-data.ts";
import type { CareerData } from "./src/core/career-data.ts";
import type * as ContentHashModule from "./src/core/dataset/content-hash.ts";
import type * as MapIndexModule from "./src/core/dataset/map-index.ts";
import type * as Prerender from "./src/prerender.tsx";

/*
 * Build settings, all from the environment:
 * - BASE_PATH: the sub-path the site is served from, e.g. /careers-map/ (default /).
 * - CAREERS_DATA, CAREERS_PAY_TABLE: the dataset and pay table to bundle (default data/careers.json and
 *   data/pay-bands.json). The build validates them and stops on a problem (see careersData below).
 * - CAREERS_DATA_ALLOW_LIST: comma-separated origins (https://…) that ?data= may load a dataset from, besides
 *   the site itself. They are also the only other origins the Content-Security-Policy lets the app connect to.
 * - SERVICE_WORKER: "on" (default), the service worker that keeps the site working offline, or "off" for a host
 *   that does not want one: the build then removes a worker installed by an earlier build (README, "Offline").
 */
const base = process.env.BASE_PATH ?? "/";
const datasetFile = resolve(process.env.CAREERS_DATA ?? "data/careers.json");
const payTableFile = resolve(process.env.CAREERS_PAY_TABLE ?? "data/pay-bands.json");
const allowList = (process.env.CAREERS_DATA_ALLOW_LIST ?? "")
  .split(",")
  .map((origin) => origin.trim())
  .filter((origin) => origin !== "")
  .map((origin) => {
    const url = new URL(origin);
    if (url.protocol !== "https:") throw new Error(`CAREERS_DATA_ALLOW_LIST: ${origin} must be https.`);
    return url.origin;
  });
const serviceWorker = process.env.SERVICE_WORKER ?? "on";
if (serviceWorker !== "on" && serviceWorker !== "off") {
  throw new Error(`SERVICE_WORKER: "${serviceWorker}" must be "on" or "off".`);
}

/** The data files index.html preloads, by their virtual module, and the name each preload goes by. */
const PRELOADED_FILES: Record<string, "dataset" | "map-index" | "pay-table"> = {
  "virtual:careers-dataset-url": "dataset",
  "virtual:careers-map-index-url": "map-index",
  "virtual:careers-pay-table-url": "pay-table",
};

/**
 * Keeps the preloads of the data a page starts with: the map alone starts from the map index, and every other
 * page from the whole dataset (startsFromMapIndex, src/app/load-career-data.ts, decides which).
 */
function keepPreloadsFor(html: string, mapAlone: boolean): string {
  const unused = mapAlone ? "dataset" : "map-index";
  return html.replace(new RegExp(`<link rel="preload"[^>]*data-file="${unused}"[^>]*>\\s*`, "g"), "");
}

/**
 * The data files to bundle, as virtual modules that export their built URLs, and the fingerprints of the
 * files written. A build validates the dataset and pay table (a problem stops it, listed as the validator
 * reports it) and writes them out normalised (migrated to the current format, defaults filled): the app uses
 * a file whose fingerprint matches as it is, and validates anything else (a file a host swaps in after the
 * build, another dataset) in the browser. The development server serves the files as they are and validates
 * them in the browser.
 */
function careersData(built: BuiltData): Plugin {
  const files: Record<string, string> = {
    "virtual:careers-dataset-url": datasetFile,
    // In development there is no index: the app loads the whole dataset (no fingerprints, so it never asks).
    "virtual:careers-map-index-url": datasetFile,
    "virtual:careers-pay-table-url": payTableFile,
  };
  let hashes: BuiltDataHashes | null = null;
  let publicBase = base;
  return {
    name: "careers-data",
    configResolved: (config) => {
      publicBase = config.base;
    },
    config: async (_config, { command }) => {
      if (command !== "build") return;
      // The validator is the app's own TypeScript, loaded through Vite rather than bundled into this config.
      const load = async <T>(file: string) => (await runnerImport<T>(file, { configFile: false })).module;
      const { countProblems, indentedProblems, readJsonFile } =
        await load<typeof DataFiles>("./scripts/data-files.ts");
      const { prepareCareerData } = await load<typeof CareerDataModule>("./src/core/career-data.ts");
      const { contentHash } = await load<typeof ContentHashModule>("./src/core/dataset/content-hash.ts");
      const { mapIndexOf } = await load<typeof MapIndexModule>("./src/core/dataset/map-index.ts");
      const dataset = readJsonFile(datasetFile);
      const payTable = readJsonFile(payTableFile);
      if (!dataset.ok || !payTable.ok) {
        throw new Error([dataset, payTable].flatMap((file) => (file.ok ? [] : [file.message])).join("\n"));
      }
      const prepared = prepareCareerData(dataset.value, payTable.value);
      if (!prepared.ok) {
        const problems = (label: string) =>
          prepared.problems.filter((p) => p.file === label).map((p) => p.problem);
        throw new Error(
          `The data to bundle has problems (npm run validate:data lists them too):\n` +
            [
              ["dataset", datasetFile],
              ["pay table", payTableFile],
            ]
              .filter(([label]) => problems(label!).length > 0)
              .map(
                ([label, file]) =>
                  `${file}: ${countProblems(problems(label!))}\n${indentedProblems(problems(label!))}`,
              )
              .join("\n"),
        );
      }
      // Written where nothing else writes, named as the originals are (the built files keep those names).
      const folder = mkdtempSync(join(tmpdir(), "careers-data-"));
      const datasetText = JSON.stringify(prepared.data.dataset);
      const mapIndexText = JSON.stringify(mapIndexOf(prepared.data.dataset));
      const payTableText = JSON.stringify(prepared.data.payTable);
      files["virtual:careers-dataset-url"] = join(folder, basename(datasetFile));
      files["virtual:careers-map-index-url"] = join(folder, `${basename(datasetFile, ".json")}-map.json`);
      files["virtual:careers-pay-table-url"] = join(folder, basename(payTableFile));
      writeFileSync(files["virtual:careers-dataset-url"], datasetText);
      writeFileSync(files["virtual:careers-map-index-url"], mapIndexText);
      writeFileSync(files["virtual:careers-pay-table-url"], payTableText);
      hashes = {
        dataset: contentHash(datasetText),
        mapIndex: contentHash(mapIndexText),
        payTable: contentHash(payTableText),
      };
      built.data = prepared.data;
    },
    // The data starts downloading with the page, beside the code, rather than after the code has run.
    transformIndexHtml: {
      order: "post",
      handler: (_html, context) => {
        if (context.bundle === undefined || hashes === null) return;
        const written = new Map(Object.entries(files).map(([id, file]) => [file, PRELOADED_FILES[id]!]));
        return Object.values(context.bundle).flatMap((output) => {
          if (output.type !== "asset") return [];
          const name = output.originalFileNames.map((file) => written.get(resolve(file))).find(Boolean);
          if (name === undefined) return [];
          return [
            {
              tag: "link",
              // crossorigin="anonymous": the credentials mode the app's fetch of the site's own data uses, so
              // the fetch takes this download rather than making another. data-file names the file, so each
              // page rendered at build time keeps the preloads it needs (prerenderPages).
              attrs: {
                rel: "preload",
                as: "fetch",
                crossorigin: "anonymous",
                href: `${publicBase}${output.fileName}`,
                "data-file": name,
              },
              injectTo: "head" as const,
            },
          ];
        });
      },
    },
    resolveId: (id) => (id in files || id === "virtual:careers-data-hashes" ? `\0${id}` : null),
    load: (id) => {
      if (id === "\0virtual:careers-data-hashes") return `export default ${JSON.stringify(hashes)};`;
      const file = id.startsWith("\0") ? files[id.slice(1)] : undefined;
      return file === undefined ? null : `export { default } from ${JSON.stringify(`${file}?url`)};`;
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The page's title and description before the app starts (and for search engines): the bundled dataset's
 * name and description (meta.name, meta.description), so another profession's build names itself. A dataset
 * that cannot be read leaves the generic words in index.html; the app reports its problems when it loads.
 */
function datasetMeta(): Plugin {
  return {
    name: "dataset-meta",
    transformIndexHtml: (html) => {
      let meta: { name?: unknown; title?: unknown; description?: unknown } = {};
      try {
        meta = (JSON.parse(readFileSync(datasetFile, "utf8")) as { meta?: typeof meta }).meta ?? {};
      } catch {
        return html;
      }
      // A format 1 file has no name: the app reads its title as the name (src/core/dataset/migrate.ts).
      const name = meta.name ?? meta.title;
      let page = html;
      if (typeof name === "string")
        page = page.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(name)}</title>`);
      if (typeof meta.description === "string") {
        page = page.replace(
          /(name="description"\s+content=")[^"]*(")/,
          `$1${escapeHtml(meta.description)}$2`,
        );
      }
      return page;
    },
  };
}

/**
 * A Content-Security-Policy for the built site: everything from the site itself and nothing else, except
 * datasets from trusted origins. (frame-ancestors cannot be set in a meta tag; see README, Deploying.)
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${allowList.map((origin) => ` ${origin}`).join("")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: policy },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * The styles before the scripts in index.html. A page rendered at build time paints as soon as its styles have
 * come, but Vite writes them after the entry script and its modulepreloads, so on a slow connection (six at a
 * time, over HTTP/1.1) the first page's eighteen scripts went first and held its paint back by about half a
 * second (npm run bench:map: map painted 2.06 → 1.50 s, where a static copy of the page takes 1.44 s).
 */
function stylesFirst(): Plugin {
  return {
    name: "styles-first",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        const styles = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        const firstScript = html.indexOf('<script type="module"');
        if (styles.length === 0 || firstScript < 0) return html;
        const without = styles.reduce((page, style) => page.replace(style, ""), html);
        const at = without.indexOf('<script type="module"');
        return `${without.slice(0, at)}${styles.join("\n    ")}\n    ${without.slice(at)}`;
      },
    },
  };
}

/** The example datasets in data/examples/, published at /examples/ so ?data=examples/… works on any host. */
function exampleDatasets(): Plugin {
  let outDir = "dist";
  return {
    name: "example-datasets",
    apply: "build",
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => cpSync("data/examples", resolve(outDir, "examples"), { recursive: true }),
  };
}

/** The validated data the build bundles, for the pages rendered at build time. */
interface BuiltData {
  data: CareerData | null;
}

/** Style imports as empty modules, for rendering HTML in Node. */
function withoutStyles(): Plugin {
  return {
    name: "without-styles",
    enforce: "pre",
    resolveId: (id) => (/\.s?css(\?|$)/.test(id) ? "\0no-style" : null),
    load: (id) => (id === "\0no-style" ? "export default {};" : null),
  };
}

const SHELL_ROOT = '<div id="root"><p class="page">Loading the careers map…</p></div>';

/**
 * The map (index.html) and every role's page (roles/<id>/index.html) rendered to HTML with the bundled data,
 * by src/prerender.tsx, which the app hydrates; and the shell without a page in it as 404.html, so hosts that
 * serve 404.html for unknown paths still open deep links (the app draws whatever the address asks for).
 */
function prerenderPages(built: BuiltData): Plugin {
  let publicBase = base;
  return {
    name: "prerender-pages",
    apply: "build",
    enforce: "post",
    configResolved: (config) => {
      publicBase = config.base;
    },
    generateBundle: async function (_options, bundle) {
      const page = bundle["index.html"];
      if (page === undefined || page.type !== "asset" || built.data === null) return;
      const shell = String(page.source);
      if (!shell.includes(SHELL_ROOT)) throw new Error(`index.html has no ${SHELL_ROOT} to render into.`);
      // 404.html answers for pages that were not rendered (a plan, a comparison): they need the whole dataset.
      this.emitFile({ type: "asset", fileName: "404.html", source: keepPreloadsFor(shell, false) });
      // A development server in Node, open while the pages render: their lazily loaded parts load through it.
      const server = await createServer({
        configFile: false,
        base: publicBase,
        // Styles are index.html's business; the HTML needs none of them.
        plugins: [react(), withoutStyles()],
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, entries: [] },
        appType: "custom",
        logLevel: "error",
      });
      try {
        const { renderPage, startsFromMapIndex } = (await server.ssrLoadModule(
          "/src/prerender.tsx",
        )) as typeof Prerender;
        const data = built.data;
        const withPage = async (path: string) => {
          const html = await renderPage(path, data);
          // The page's own title goes in the head, in place of the shell's, for search engines and for a
          // browser without JavaScript; the app puts its own in the head when it starts.
          const title = /<title>[^<]*<\/title>/.exec(html)?.[0];
          const body = title === undefined ? html : html.replace(title, "");
          const withTitle = title === undefined ? shell : shell.replace(/<title>[^<]*<\/title>/, title);
          const page = keepPreloadsFor(withTitle, startsFromMapIndex(path));
          return page.replace(
            SHELL_ROOT,
            `<div id="root" data-prerendered="${escapeHtml(path)}">${body}</div>`,
          );
        };
        page.source = await withPage("/");
        for (const id of data.graph.nodes.keys()) {
          this.emitFile({
            type: "asset",
            fileName: `roles/${id}/index.html`,
            source: await withPage(`/roles/${id}`),
          });
        }
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * `npm run preview` (and the browser tests) answer as the README asks a host to: a file, else a folder's
 * index.html (the pages rendered at build time), else 404.html, the bare shell that draws whatever page the
 * address asks for. (Vite's own fallback, index.html, would show the map's HTML first.)
 */
function previewAsAHost(): Plugin {
  return {
    name: "preview-as-a-host",
    configurePreviewServer: (server) => {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      const exists = (path: string) => existsSync(path) && statSync(path).isFile();
      server.middlewares.use((request, _response, next) => {
        let path: string;
        try {
          path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
        } catch {
          return next();
        }
        if (!path.startsWith(base) || !/text\/html/.test(request.headers.accept ?? "")) return next();
        const inSite = path.slice(base.length);
        const file = resolve(outDir, inSite);
        if (!file.startsWith(outDir)) return next();
        if (exists(file)) return next();
        const page = join(inSite, "index.html");
        request.url = exists(join(outDir, page)) ? `${base}${page}` : `${base}404.html`;
        next();
      });
    },
  };
}

const built: BuiltData = { data: null };

export default defineConfig({
  base,
  plugins: [
    react(),
    careersData(built),
    datasetMeta(),
    contentSecurityPolicy(),
    stylesFirst(),
    prerenderPages(built),
    previewAsAHost(),
    exampleDatasets(),
    offlineSupport({ serviceWorker, datasetFile }),
  ],
  define: {
    __CAREERS_DATA_ALLOW_LIST__: JSON.stringify(allowList),
    __SERVICE_WORKER__: JSON.stringify(serviceWorker),
  },
  build: {
    target: "es2022",
    sourcemap: false,
    // The manifest tells the bundle budget check which files the first page loads.
    manifest: true,
    // The data files stay files (never inlined as data: URLs), so hosts can swap them and the CSP stays strict.
    assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined),
  },
});
