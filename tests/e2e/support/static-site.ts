import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A built site on a local static server whose files can be swapped for another build's, as a deploy does. */
export interface StaticSite {
  /** The site's address, without a trailing slash: http://127.0.0.1:PORT or …/careers-map. */
  url: string;
  /** Every path the server was asked for, in order. */
  requests: string[];
  /** Serves another build's folder from now on, at the same address. */
  deploy: (folder: string) => void;
  close: () => Promise<void>;
}

/**
 * Serves a built folder under `base` as a static host with a fallback does: a file when there is one, the site's
 * index.html for any other path under the base, 404 elsewhere. Nothing may be kept by the browser's HTTP cache
 * (no-store), so whatever works offline works because the service worker kept it.
 */
export async function startStaticSite(folder: string, base = "/"): Promise<StaticSite> {
  let root = folder;
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    if (!path.startsWith(base) && `${path}/` !== base) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, relative);
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, "index.html");
    if (!found && extname(path) !== "") {
      response.writeHead(404, { "cache-control": "no-store" }).end();
      return;
    }
    response
      .writeHead(200, {
        "content-type": CONTENT_TYPES[extname(served)] ?? "application/octet-stream",
        "cache-control": "no-store",
      })
      .end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, "")}`,
    requests,
    deploy: (next) => {
      root = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
