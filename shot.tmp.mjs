// node shot.mjs <path> <out.png> <width> <height> [scrollY]
import { chromium } from "playwright-core";
import { preview } from "vite";
const [path, out, w, h, y] = process.argv.slice(2);
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
const base = server.resolvedUrls.local[0].replace(/\/$/, "");
const b = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
await p.goto(base + path);
await p.waitForLoadState("networkidle");
await p.waitForTimeout(300);
if (y) await p.evaluate((y) => window.scrollTo(0, y), Number(y));
await p.screenshot({ path: out });
await b.close();
await server.close();
