/**
 * npm run icons
 *
 * Draws the installed app's PNG icons from the SVGs in public/icons/ with Chromium (the one the browser tests
 * use), at the sizes the web app manifest lists (scripts/vite-offline-plugin.ts) and Apple's 180 px home-screen
 * size. Run it after changing an SVG, and commit the PNGs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { launchChromium } from "./chromium";

const ICONS = [
  { svg: "icon.svg", png: "icon-192.png", size: 192 },
  { svg: "icon.svg", png: "icon-512.png", size: 512 },
  { svg: "maskable.svg", png: "maskable-512.png", size: 512 },
  // iOS draws its own rounded corners, on a square with none.
  { svg: "maskable.svg", png: "apple-touch-icon.png", size: 180 },
];

const browser = await launchChromium();
try {
  for (const { svg, png, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(`public/icons/${svg}`, "utf8");
    const image = `data:image/svg+xml;base64,${Buffer.from(source).toString("base64")}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${image}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(`public/icons/${png}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
