import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibilityViolations, launchBrowser, openPage } from "./support/browser";

let browser: Browser;
let host: Server;
let hostUrl: string;

// The sample host page from the docs, served from a second local port with the map's address filled in.
beforeAll(async () => {
  browser = await launchBrowser();
  const page = readFileSync("docs/embed-example.html", "utf8").replaceAll(
    "https://careers-map.example.nhs.uk",
    inject("baseUrl"),
  );
  host = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => host.close(resolve));
});

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error(`#${id} has no frame`);
  await frame.waitForSelector("h1, h2");
  return frame;
}

const frameHeight = (page: Page, id: string) =>
  page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);

describe("embedding in a host page from another origin", () => {
  it("sizes each frame to its content and shows the deep-linked role", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(hostUrl);

    const map = await frameOf(page, "careers-map-embed");
    await map.locator(".map-node").first().waitFor();
    const mapContentHeight = await map.evaluate(
      () => document.querySelector(".embed")!.getBoundingClientRect().height,
    );
    await expect
      .poll(() => frameHeight(page, "careers-map-embed"))
      .toBeCloseTo(Math.ceil(mapContentHeight), -1);
    expect(await map.locator(".site-header").count()).toBe(0);
    // The family filter in the embed's address applies.
    expect(await map.getByRole("checkbox", { name: "Wellbeing practitioners" }).isChecked()).toBe(true);

    const role = await frameOf(page, "careers-map-role");
    await expect
      .poll(() => role.locator(".role-panel h2").textContent())
      .toBe("Psychological wellbeing practitioner");
    const roleContentHeight = await role.evaluate(
      () => document.querySelector(".embed")!.getBoundingClientRect().height,
    );
    await expect
      .poll(() => frameHeight(page, "careers-map-role"))
      .toBeCloseTo(Math.ceil(roleContentHeight), -1);
    expect(roleContentHeight).not.toBeCloseTo(720, -1);

    // Configured with links=top: links to full pages target the host's window; links between views stay in.
    expect(
      await role.getByRole("link", { name: /Open this in the full careers map/ }).getAttribute("target"),
    ).toBe("_top");
    const next = role
      .locator(".role-panel")
      .getByRole("link", { name: "High-intensity CBT therapist" })
      .first();
    expect(await next.getAttribute("href")).toMatch(/^\/embed\/roles\/high-intensity-cbt-therapist/);
    await next.click();
    await expect
      .poll(() => role.locator(".role-panel h2").textContent())
      .toBe("High-intensity CBT therapist");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ignores messages posted to it: configuration comes from its address alone", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    const role = await frameOf(page, "careers-map-role");
    await role.locator(".role-panel h2").waitFor();
    const before = role.url();
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>("#careers-map-role")!;
      for (const message of [
        { type: "careers-map:navigate", app: "psych-careers-map", path: "/embed/roles/counsellor" },
        { type: "careers-map:height", app: "psych-careers-map", height: 1 },
        "<img src=x onerror=alert(1)>",
      ]) {
        frame.contentWindow!.postMessage(message, "*");
      }
    });
    await role.waitForTimeout(300);
    expect(role.url()).toBe(before);
    expect(await role.locator(".role-panel h2").textContent()).toBe("Psychological wellbeing practitioner");
    await context.close();
  });

  it("opens full pages in a new tab by default", async () => {
    const { page, context } = await openPage(browser, "/embed/roles/counsellor");
    await page.locator(".role-panel h2").waitFor();
    const full = page.getByRole("link", { name: /Open this in the full careers map/ });
    expect(await full.getAttribute("target")).toBe("_blank");
    expect(await full.getAttribute("href")).toBe("/roles/counsellor");
    await context.close();
  });

  it("gives copy-paste code for the current view in an accessible dialog", async () => {
    const { page, context } = await openPage(browser, "/roles/counsellor?age=adults");
    await page.locator(".role-panel h2").waitFor();
    await page.getByRole("button", { name: "Embed this view" }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    const code = await dialog.getByRole("textbox", { name: "Embed code" }).inputValue();
    expect(code).toContain(`src="${inject("baseUrl")}/embed/roles/counsellor?age=adults"`);
    expect(code).toContain('title="NHS psychological professions careers map"');
    await dialog.getByRole("radio", { name: "in the same window" }).check();
    expect(await dialog.getByRole("textbox", { name: "Embed code" }).inputValue()).toContain("links=top");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await dialog.isVisible()).toBe(false);
    await context.close();
  });

  it("has no axe violations on any embed view, and a screenshot of the host page looks right", async () => {
    for (const path of [
      "/embed",
      "/embed/roles/clinical-psychologist",
      "/embed/plan?from=gcses&to=mental-health-nurse",
    ]) {
      for (const viewport of [
        { width: 1000, height: 800 },
        { width: 375, height: 740 },
      ]) {
        const { page, context } = await openPage(browser, path, viewport);
        await page.locator("h1, .role-panel h2").first().waitFor();
        expect(await accessibilityViolations(page), `${path} at ${viewport.width}px`).toEqual([]);
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    const map = await frameOf(page, "careers-map-embed");
    await map.locator(".map-node").first().waitFor();
    await page.screenshot({ path: "test-results/screenshots/embed-in-host-page.png", fullPage: true });
    await context.close();
  });
});
