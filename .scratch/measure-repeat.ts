import type { Page } from "playwright-core";
import { launchChromium } from "../scripts/chromium";
import { startStaticSite } from "../tests/e2e/support/static-site";

const LOADS = 5;
const site = await startStaticSite("dist");
const browser = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const painted = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName("careers-map:painted").length > 0).then(() =>
    page.evaluate(() => performance.getEntriesByName("careers-map:painted")[0]!.startTime),
  );
async function slowNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  // A slow phone connection: 400 ms round trips, 1.6 Mbit/s down.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 200_000, uploadThroughput: 90_000 });
}
async function repeatVisits(serviceWorkers: "allow" | "block", slow: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await painted(page);
  if (serviceWorkers === "allow") await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  if (slow) await slowNetwork(page);
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.reload();
    times.push(await painted(page));
  }
  await context.close();
  return median(times);
}
for (const slow of [false, true]) {
  const without = await repeatVisits("block", slow);
  const withWorker = await repeatVisits("allow", slow);
  console.log(`${slow ? "slow network" : "local network"}: repeat visit, map painted at ${without.toFixed(0)} ms without the worker, ${withWorker.toFixed(0)} ms with it (median of ${LOADS})`);
}
await browser.close();
await site.close();
