import { launchChromium } from "../scripts/chromium";
import { startStaticSite } from "../tests/e2e/support/static-site";
const site = await startStaticSite("test-results/dist-sub-path", "/careers-map/");
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text()));
await page.goto(`${site.url}/`);
for (let i = 0; i < 8; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  console.log(await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistrations();
    return { n: r.length, scopes: r.map((x) => [x.scope, x.active?.state, x.installing?.state, x.waiting?.state]), controller: navigator.serviceWorker.controller?.scriptURL ?? null };
  }));
}
console.log(site.requests.filter((p) => !p.includes("/assets/")));
await browser.close();
await site.close();
