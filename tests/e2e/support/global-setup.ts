import { existsSync } from "node:fs";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same app built for, and served from, a sub-path (/careers-map/), as a static host would. */
    subPathUrl: string;
  }
}

const SUB_PATH = "/careers-map/";
const SUB_PATH_OUT_DIR = "test-results/dist-sub-path";
const servers: PreviewServer[] = [];

async function serve(options: { base?: string; outDir?: string }): Promise<string> {
  const server = await preview({
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.outDir === undefined ? {} : { build: { outDir: options.outDir } }),
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "error",
  });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("The preview server did not report its address.");
  return url.replace(/\/$/, "");
}

/** Serves the built app (dist/), and a second build under a sub-path, on free local ports. */
export async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) {
    throw new Error(
      "dist/ has no build: run `npm run build` before `npm run test:e2e` (npm test does both).",
    );
  }
  project.provide("baseUrl", await serve({}));
  await build({ base: SUB_PATH, build: { outDir: SUB_PATH_OUT_DIR, emptyOutDir: true }, logLevel: "error" });
  project.provide("subPathUrl", await serve({ base: SUB_PATH, outDir: SUB_PATH_OUT_DIR }));
}

export async function teardown() {
  await Promise.all(servers.map((server) => server.close()));
}
