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
  host = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    // A page of the host's own, to load into a frame in place of the map.
    response.end(request.url === "/plain" ? "<!doctype html><title>Plain</title><p>Plain</p>" : page);
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
  // As openPage does for a page: its buttons work once the app has taken the frame's page over.
  await frame.waitForSelector("html[data-app-started]", { state: "attached" });
  return frame;
}

/** The sample host page with both embeds drawn: the map and the deep-linked role. */
async function openHostPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(hostUrl);
  const map = await frameOf(page, "careers-map-embed");
  await map.locator(".map-node").first().waitFor();
  const role = await frameOf(page, "careers-map-role");
  await role.locator(".role-panel h2").waitFor();
  return { context, page, map, role };
}

const frameHeight = (page: Page, id: string) =>
  page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);

/** The frame's height less its content's, measured together: the host sizes the frame as the content moves. */
async function frameLessContent(page: Page, id: string, frame: Frame): Promise<number> {
  // Chromium pauses animation frames, and with them the embed's reports, in a cross-origin frame out of view;
  // another frame growing above this one can push it out, so bring it back each time.
  await page.$eval(`#${id}`, (el) => el.scrollIntoView({ block: "nearest" }));
  const content = await frame.evaluate(
    () => document.querySelector(".embed")!.getBoundingClientRect().height,
  );
  return (await frameHeight(page, id)) - Math.ceil(content);
}

describe("embedding in a host page from another origin", () => {
  it("sizes each frame to its content and shows the deep-linked role", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(hostUrl);

    const map = await frameOf(page, "careers-map-embed");
    await map.locator(".map-node").first().waitFor();
    await expect.poll(() => frameLessContent(page, "careers-map-embed", map)).toBeCloseTo(0, -1);
    expect(await map.locator(".site-header").count()).toBe(0);
    // The family filter in the embed's address applies: the heading says so, and the filters stay folded away.
    expect(await map.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Psychological professions careers map: Wellbeing practitioners; Psychological therapies and psychotherapy",
    );
    const filters = map.getByRole("button", { name: "Filters (2 on)" });
    expect(await filters.getAttribute("aria-expanded")).toBe("false");
    await filters.click();
    expect(await map.getByRole("checkbox", { name: "Wellbeing practitioners" }).isChecked()).toBe(true);

    const role = await frameOf(page, "careers-map-role");
    await expect
      .poll(() => role.locator(".role-panel h2").textContent())
      .toBe("Psychological wellbeing practitioner");
    await expect.poll(() => frameLessContent(page, "careers-map-role", role)).toBeCloseTo(0, -1);
    // Sized to the content, not left at the 720 pixels the host page starts it at.
    expect(await frameHeight(page, "careers-map-role")).not.toBeCloseTo(720, -1);

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
    const { context, page, role } = await openHostPage();
    const before = role.url();
    // The test's own listener, added after the app's, tells when the frame has handled all three messages.
    await role.evaluate(() => {
      const received: unknown[] = [];
      (window as unknown as { received: unknown[] }).received = received;
      window.addEventListener("message", (event) => received.push(event.data));
    });
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
    await expect
      .poll(() => role.evaluate(() => (window as unknown as { received: unknown[] }).received.length))
      .toBe(3);
    // Any listener of the app's own would have run before the test's. (No animation frame is awaited: the
    // browser pauses them in a cross-origin frame scrolled out of view.)
    expect(role.url()).toBe(before);
    expect(await role.locator(".role-panel h2").textContent()).toBe("Psychological wellbeing practitioner");
    expect(await role.locator("img[src=x]").count()).toBe(0);
    await context.close();
  });

  it("adds no message listener at all to its window", async () => {
    const { page, context } = await openPage(browser, "/embed/roles/counsellor");
    await page.locator(".role-panel h2").waitFor();
    const cdp = await context.newCDPSession(page);
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
    expect(listeners.length).toBeGreaterThan(0);
    expect(listeners.filter((listener) => listener.type === "message")).toEqual([]);
    await context.close();
  });

  it("the sample host page sizes a frame only from a well-formed message that frame sent from the map's origin", async () => {
    const { context, page, role } = await openHostPage();
    await expect.poll(() => frameLessContent(page, "careers-map-role", role)).toBeCloseTo(0, -1);
    const mapHeight = await frameHeight(page, "careers-map-embed");

    // Record every height the host page gives a frame, and every message it has handled (the page's own
    // listener was added first, so it has run by the time this one has).
    await page.evaluate(() => {
      const record = window as unknown as { heights: string[]; handled: unknown[] };
      record.heights = [];
      record.handled = [];
      // Only the test's messages: the embeds may report their own heights meanwhile.
      window.addEventListener("message", (event) => {
        const data = event.data as { probe?: boolean } | string;
        if (typeof data === "string" || data.probe === true) record.handled.push(data);
      });
      const observer = new MutationObserver((changes) => {
        for (const change of changes) {
          const frame = change.target as HTMLIFrameElement;
          record.heights.push(`${frame.id}:${frame.style.height}`);
        }
      });
      for (const frame of document.querySelectorAll("iframe"))
        observer.observe(frame, { attributes: true, attributeFilter: ["style"] });
    });
    const heights = () => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
    const handled = () => page.evaluate(() => (window as unknown as { handled: unknown[] }).handled.length);
    const height = (value: unknown) => ({
      type: "careers-map:height",
      app: "psych-careers-map",
      version: 1,
      height: value,
      path: "/embed/roles/psychological-wellbeing-practitioner",
      probe: true,
    });
    const PROBE_HEIGHT = /:(0|101|102|103|104|105|107)px$/;
    const probeHeights = async () => (await heights()).filter((h) => PROBE_HEIGHT.test(h));

    // From the host page itself: the wrong origin and the wrong source.
    await page.evaluate((message) => window.postMessage(message, "*"), height(101));
    // From the role's frame, on the map's origin, but not a well-formed height message.
    await role.evaluate(
      (messages) => {
        for (const message of messages) window.parent.postMessage(message, "*");
      },
      [
        { ...height(102), type: "careers-map:navigate" },
        { ...height(103), app: "some-other-app" },
        height(0),
        height(-104),
        height("105"),
        "<img src=x onerror=alert(1)>",
      ],
    );
    await expect.poll(handled).toBe(7);
    expect(await probeHeights()).toEqual([]);

    // A well-formed message from the role's frame sizes that frame, and only that one.
    await role.evaluate((message) => window.parent.postMessage(message, "*"), height(345.2));
    await expect.poll(() => frameHeight(page, "careers-map-role")).toBe(346);
    expect(await heights()).toContain("careers-map-role:346px");
    expect(await heights()).not.toContain("careers-map-embed:346px");
    expect(await frameHeight(page, "careers-map-embed")).toBe(mapHeight);

    // The same message from the same frame once it shows a page from another origin is ignored.
    await role.goto(`${hostUrl}plain`);
    await role.getByText("Plain").waitFor();
    await role.evaluate((message) => window.parent.postMessage(message, "*"), height(107));
    await expect.poll(handled).toBe(9);
    expect(await probeHeights()).toEqual([]);
    expect(await frameHeight(page, "careers-map-role")).toBe(346);
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
    const codeBox = dialog.getByRole("textbox", { name: "Embed code" });
    const code = await codeBox.inputValue();
    expect(code).toContain(`src="${inject("baseUrl")}/embed/roles/counsellor?age=adults"`);
    // The frame's title says what it shows; the frame is marked for the script, which sizes it by its own messages.
    expect(code).toContain('title="Counsellor, from the Psychological professions careers map"');
    expect(code).toMatch(/^<iframe data-careers-map /);
    expect(code).toContain("<script>");
    await dialog.getByRole("radio", { name: "in the same window" }).check();
    expect(await codeBox.inputValue()).toContain("links=top");
    // For content systems that strip scripts: the frame alone, at a height that fits a role.
    await dialog.getByRole("radio", { name: /The frame alone/ }).check();
    const frameOnly = await codeBox.inputValue();
    expect(frameOnly).not.toContain("<script");
    expect(frameOnly).toContain('height="1000"');
    expect(frameOnly).toContain("links=top");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await context.close();
  });

  it("keeps each of several frames on one page at its own content's height, and a frame alone at its own", async () => {
    const { context, page } = await openHostPage();
    const plan = await frameOf(page, "careers-map-plan");
    await plan.locator(".timeline-route").first().waitFor();
    for (const id of ["careers-map-embed", "careers-map-role", "careers-map-plan"]) {
      const frame = await frameOf(page, id);
      await expect.poll(() => frameLessContent(page, id, frame), { message: id }).toBeCloseTo(0, -1);
    }
    const heights = await Promise.all(
      ["careers-map-embed", "careers-map-role", "careers-map-plan"].map((id) => frameHeight(page, id)),
    );
    // Three views of different lengths, three heights: no frame took another's.
    expect(new Set(heights.map(Math.round)).size).toBe(3);
    const fixed = await frameOf(page, "careers-map-fixed");
    await fixed.locator(".role-panel h2").waitFor();
    expect(await frameHeight(page, "careers-map-fixed")).toBe(1000);
    await context.close();
  });

  it("opens on a phone on the map, not a form, under a heading that says what it shows", async () => {
    const { page, context } = await openPage(
      browser,
      "/embed?family=wellbeing-practitioners,psychological-therapies",
      { width: 375, height: 740 },
    );
    await page.locator(".map-node").first().waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/: Wellbeing practitioners;/);
    expect(
      await page
        .locator("form")
        .filter({ has: page.getByRole("checkbox") })
        .isVisible(),
    ).toBe(false);
    // The map starts on the first screen.
    const map = (await page.locator(".map-canvas, .career-map").first().boundingBox())!;
    expect(map.y).toBeLessThan(740 - 200);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("has no axe violations on any embed view or in the sample host page, whose frames need no scrollbars", async () => {
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
    const { context, page, map, role } = await openHostPage();
    // Each frame is as tall as its page: nothing to scroll inside it.
    for (const [id, frame] of [
      ["careers-map-embed", map],
      ["careers-map-role", role],
    ] as const) {
      await expect
        .poll(
          async () => {
            // In view, as frameLessContent does: Chromium pauses the reports of a cross-origin frame out of view.
            await page.$eval(`#${id}`, (el) => el.scrollIntoView({ block: "nearest" }));
            const scrollHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
            return scrollHeight - (await frameHeight(page, id));
          },
          // A frame's height crosses from its page to the host by message: on a busy machine that takes a while.
          { message: id, timeout: 10_000 },
        )
        .toBeLessThanOrEqual(1);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    // For people to look at; not compared with anything.
    await page.screenshot({ path: "test-results/screenshots/embed-in-host-page.png", fullPage: true });
    await context.close();
  });
});
