import { existsSync } from "node:fs";
import { preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built app (dist/) on a free local port for the browser tests. */
export async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) {
    throw new Error(
      "dist/ has no build: run `npm run build` before `npm run test:e2e` (npm test does both).",
    );
  }
  server = await preview({ preview: { host: "127.0.0.1", port: 0, strictPort: false }, logLevel: "error" });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("The preview server did not report its address.");
  project.provide("baseUrl", url.replace(/\/$/, ""));
}

export async function teardown() {
  await server?.close();
}
