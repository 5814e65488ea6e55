import { launchChromium } from "../scripts/chromium";
import { startStaticSite } from "../tests/e2e/support/static-site";

const site = await startStaticSite("dist");
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const state = (page: import("playwright-core").Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return {
      controller: navigator.serviceWorker.controller?.state ?? null,
      active: r?.active?.state ?? null,
      waiting: r?.waiting?.state ?? null,
      installing: r?.installing?.state ?? null,
      name: document.querySelector(".site-header__name")?.textContent,
    };
  });
const a = await context.newPage();
a.on("console", (m) => console.log("console:", m.text()));
await a.goto(`${site.url}/`);
await a.waitForFunction(() => navigator.serviceWorker.controller !== null);
console.log("A", await state(a));
site.deploy("test-results/dist-next-deploy");
await a.reload();
await a.locator(".site-header__name").waitFor();
for (let i = 0; i < 10; i++) {
  console.log("after reload", await state(a));
  await new Promise((r) => setTimeout(r, 1000));
}
await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan a route" }).click();
await a.getByRole("heading", { level: 1, name: "Plan a route" }).waitFor();
console.log("after plan", await state(a));
await a.close();
for (let i = 0; i < 4; i++) {
  const b = await context.newPage();
  await b.goto(`${site.url}/`);
  await b.locator(".site-header__name").waitFor();
  console.log("visit", i, await state(b));
  await b.close();
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(site.requests.filter((p) => p.endsWith("sw.js") || p.endsWith(".html") || !p.includes(".")));
await browser.close();
await site.close();
