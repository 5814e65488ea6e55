/**
 * npm run screenshots -- [path ...]
 *
 * Serves the built app and saves full-page screenshots of each path at desktop (1280px) and phone (375px)
 * widths into test-results/screenshots/, for a person to look at. Not a test: nothing is compared.
 */
import { mkdirSync } from "node:fs";
import { preview } from "vite";
import { launchChromium } from "./chromium";

const paths = process.argv.slice(2).filter((arg) => arg !== "--");
const targets = paths.length > 0 ? paths : ["/"];
const widths = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 375, height: 740 },
];

const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
const browser = await launchChromium();
mkdirSync("test-results/screenshots", { recursive: true });
try {
  for (const path of targets) {
    for (const { name, width, height } of widths) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${base}${path}`);
      await page.waitForLoadState("networkidle");
      const file = `test-results/screenshots/${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== "0" });
      console.log(`saved ${file}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
