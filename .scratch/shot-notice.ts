import { launchChromium } from "../scripts/chromium";
import { startStaticSite } from "../tests/e2e/support/static-site";

const site = await startStaticSite("dist");
const browser = await launchChromium();
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  let page = await context.newPage();
  await page.goto(`${site.url}/roles/counsellor`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  site.deploy("test-results/dist-next-deploy");
  await page.reload();
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)) === "installed") break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.close();
  for (let i = 0; i < 5; i++) {
    page = await context.newPage();
    await page.goto(`${site.url}/roles/counsellor`);
    await page.locator(".site-header__name").waitFor();
    if ((await page.locator(".site-header__name").textContent())?.includes("next edition")) break;
    await page.close();
  }
  await page.getByText("updated since").waitFor();
  await page.screenshot({ path: `test-results/screenshots/updated-notice-${width}.png` });
  await page.getByRole("button", { name: "Hide this message" }).focus();
  await page.screenshot({ path: `test-results/screenshots/updated-notice-focus-${width}.png`, clip: { x: 0, y: 0, width, height: 400 } });
  await context.close();
  site.deploy("dist");
}
await browser.close();
await site.close();
