import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("a static build served from a sub-path", () => {
  it("opens deep links, follows links and reloads without leaving /careers-map/", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    const subPathUrl = inject("subPathUrl");
    expect(subPathUrl.endsWith("/careers-map")).toBe(true);

    await page.goto(`${subPathUrl}/roles/clinical-psychologist`);
    await expect.poll(() => page.locator(".role-panel h2").textContent()).toBe("Clinical psychologist");
    // Map nodes link with the sub-path too, so opening one in a new tab works.
    expect(await page.locator('.map-node[data-node-id="counsellor"]').getAttribute("href")).toBe(
      "/careers-map/roles/counsellor",
    );

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All roles" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/careers-map/roles");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "All roles" }).waitFor();

    // The example dataset published with the build is fetched from under the sub-path, and used.
    const [dataResponse] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname.endsWith("/pharmacy-careers.json")),
      page.goto(`${subPathUrl}/plan?from=gcses&to=pharmacist&data=examples/pharmacy-careers.json`),
    ]);
    expect(new URL(dataResponse.url()).pathname).toBe("/careers-map/examples/pharmacy-careers.json");
    expect(dataResponse.status()).toBe(200);
    expect(dataResponse.headers()["content-type"]).toMatch(/^application\/json/);
    expect(((await dataResponse.json()) as { roles: unknown[] }).roles.length).toBeGreaterThan(0);
    await page.locator(".timeline-route").first().waitFor();
    expect(await page.locator(".timeline-route").first().textContent()).toContain("Pharmacist");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Map", exact: true })
      .click();
    await page
      .getByRole("link", { name: /^Pharmacist\./ })
      .first()
      .waitFor();
    expect(new URL(page.url()).searchParams.get("data")).toBe("/careers-map/examples/pharmacy-careers.json");
    expect(await page.getByRole("heading", { name: "The careers data could not be loaded" }).count()).toBe(0);
    expect(requests.filter((path) => !path.startsWith("/careers-map/"))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
