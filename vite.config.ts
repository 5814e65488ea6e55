import { copyFileSync, cpSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { offlineSupport } from "./scripts/vite-offline-plugin";

/*
 * Build settings, all from the environment:
 * - BASE_PATH: the sub-path the site is served from, e.g. /careers-map/ (default /).
 * - CAREERS_DATA, CAREERS_PAY_TABLE: the dataset and pay table to bundle (default data/careers.json and
 *   data/pay-bands.json). They are validated when the app loads them.
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

/** The data files to bundle, as virtual modules that export their built URLs. */
function careersData(): Plugin {
  const files: Record<string, string> = {
    "virtual:careers-dataset-url": datasetFile,
    "virtual:careers-pay-table-url": payTableFile,
  };
  return {
    name: "careers-data",
    resolveId: (id) => (id in files ? `\0${id}` : null),
    load: (id) => {
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

/** A copy of index.html as 404.html, so hosts that serve 404.html for unknown paths still open deep links. */
function spaFallbackPage(): Plugin {
  let outDir = "dist";
  return {
    name: "spa-fallback-page",
    apply: "build",
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => copyFileSync(resolve(outDir, "index.html"), resolve(outDir, "404.html")),
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    careersData(),
    datasetMeta(),
    contentSecurityPolicy(),
    spaFallbackPage(),
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
