import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibilityViolations, launchBrowser, openPage, type OpenedPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1;alert('xss')">`,
  `<script>window.__pwned=1;alert('xss')</script>`,
  `"><svg onload="window.__pwned=1">`,
  `javascript:alert('xss')`,
];

/** The bundled dataset with script and markup in every text field people read, still valid. */
function hostileDataset(): unknown {
  const data = JSON.parse(readFileSync("data/careers.json", "utf8")) as Record<string, unknown>;
  let n = 0;
  const payload = () => `${PAYLOADS[n++ % PAYLOADS.length]} ${n}`;
  const textFields = new Set([
    "title",
    "summary",
    "programme",
    "note",
    "fundingNote",
    "name",
    "description",
    "publisher",
  ]);
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) {
      return value.map((item) =>
        typeof item === "string" && ["otherNames", "entryRequirements", "settings", "bodies"].includes(key)
          ? payload()
          : walk(item, key),
      );
    }
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value === "string" && textFields.has(key)) return payload();
    if (typeof value === "string" && key === "url")
      return `https://example.org/"><script>window.__pwned=1</script>`;
    return value;
  };
  return walk(data, "");
}

/** A valid dataset of many roles in a long chain, to see the app cope with size. */
function hugeDataset(roles: number): unknown {
  const source = {
    id: "synthetic",
    title: "Synthetic data for a size test",
    url: "https://example.org/synthetic",
    seen: "2026-11-21",
  };
  const families = Array.from({ length: 6 }, (_, i) => ({ id: `family-${i}`, name: `Family ${i}` }));
  const stages = ["support", "practitioner", "senior", "advanced", "consultant", "leadership"] as const;
  const base = { sources: ["synthetic"], lastReviewed: "2026-11-21" };
  return {
    meta: { title: "Huge map", description: "Size test", region: "Nowhere", lastReviewed: "2026-11-21" },
    families,
    sources: [source],
    startingPoints: [
      { id: "start", title: "Start", kind: "qualification", summary: "Where everyone starts.", ...base },
    ],
    roles: Array.from({ length: roles }, (_, i) => ({
      id: `role-${i}`,
      title: `Role number ${i}`,
      family: `family-${i % families.length}`,
      stage: stages[i % stages.length],
      pay: { scale: "agenda-for-change", qualified: { min: "5", max: "6" } },
      registration: { type: "none", bodies: [] },
      status: "established",
      summary: `Synthetic role ${i}.`,
      ageGroups: ["adults"],
      ...base,
    })),
    routes: Array.from({ length: roles }, (_, i) => ({
      id: `route-${i}`,
      from: [i === 0 ? "start" : `role-${Math.floor((i - 1) / 2)}`],
      to: `role-${i}`,
      kind: "progression",
      programme: `Step to role ${i}`,
      durationMonths: { min: 6, max: 12 },
      funding: "not-applicable",
      ...base,
    })),
  };
}

/** Serves JSON at a path on the app's own server, as a host publishing another dataset would. */
async function serveJson(page: Page, path: string, body: unknown) {
  await page.route(`${inject("baseUrl")}${path}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function openWithData(path: string, dataPath: string, body: unknown): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const opened: OpenedPage = { context, page, errors: [], requests: [], dialogs: [] };
  page.on("pageerror", (error) => opened.errors.push(error.message));
  page.on("request", (request) => opened.requests.push(request.url()));
  page.on("dialog", (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveJson(page, dataPath, body);
  await page.goto(`${inject("baseUrl")}${path}`);
  return opened;
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

describe("other datasets", () => {
  it("loads the shipped example dataset by ?data= and keeps it across links and a reload", async () => {
    const { page, errors, context } = await openPage(browser, "/?data=examples/pharmacy-careers.json");
    await page
      .getByRole("link", { name: /^Pharmacist\./ })
      .first()
      .waitFor();
    await page.getByRole("combobox", { name: "Search for a role" }).fill("pharmacy technician");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".role-panel h2").textContent()).toBe("Pharmacy technician");
    expect(new URL(page.url()).searchParams.get("data")).toBe("/examples/pharmacy-careers.json");
    await page.reload();
    await expect.poll(() => page.locator(".role-panel h2").textContent()).toBe("Pharmacy technician");
    expect(await page.getByRole("link", { name: /^Clinical psychologist\./ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the problems of a dataset that fails validation, and a way back", async () => {
    const broken = JSON.parse(
      readFileSync("tests/fixtures/datasets/bad-several-problems.json", "utf8"),
    ) as unknown;
    const { page, errors, context } = await openWithData("/?data=/broken.json", "/broken.json", broken);
    await page.getByRole("heading", { name: "The careers data could not be loaded" }).waitFor();
    expect(await page.locator(".problem-list li").count()).toBe(4);
    expect(await page.locator(".problem-list").textContent()).toContain("unknown-node");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Open the careers map with its own data instead" }).click();
    await page.getByRole("heading", { level: 1, name: "Careers map" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says so when the file is not JSON", async () => {
    const { page, context } = await openWithData("/?data=/garbage.json", "/garbage.json", "{ not json");
    await page.getByRole("heading", { name: "The careers data could not be loaded" }).waitFor();
    expect(await page.locator(".problem-list").textContent()).toContain("Not valid JSON");
    await context.close();
  });

  it("refuses a dataset on an untrusted site without ever requesting it", async () => {
    const { page, requests, context } = await openPage(browser, "/?data=https://evil.example/careers.json");
    await page.getByRole("heading", { name: "The careers data could not be loaded" }).waitFor();
    expect(await page.locator(".problem-list").textContent()).toContain(
      "which this map was not built to trust",
    );
    expect(requests.filter((url) => new URL(url).hostname === "evil.example")).toEqual([]);
    await context.close();
  });

  it("stays up with a dataset of 10,000 roles: says it is too big to draw, and search still works", async () => {
    const { page, errors, context } = await openWithData(
      "/?data=/huge.json",
      "/huge.json",
      hugeDataset(10_000),
    );
    await page.getByText("too many to draw at once", { exact: false }).waitFor({ timeout: 30_000 });
    expect(await page.locator(".map-node").count()).toBe(0);
    await page.getByRole("combobox", { name: "Search for a role" }).fill("Role number 9999");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".role-panel h2").textContent(), { timeout: 15_000 })
      .toBe("Role number 9999");
    // Filtering to one family still draws too much; the notice stays rather than the page freezing.
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("hostile input", () => {
  it("renders script and markup in every text field of a dataset as text, and runs none of it", async () => {
    const { page, errors, dialogs, context } = await openWithData(
      "/?data=/hostile.json",
      "/hostile.json",
      hostileDataset(),
    );
    await page.locator(".map-node").first().waitFor();
    const firstRole = page.locator(".map-node--role").first();
    await firstRole.focus();
    await page.keyboard.press("Enter");
    await page.locator(".role-panel h2").waitFor();
    expect(await page.locator(".role-panel").textContent()).toMatch(
      /<img src=x onerror=|<script>|<svg onload=/,
    );
    await page.goto(`${inject("baseUrl")}/roles?data=/hostile.json`);
    await page.getByRole("table").waitFor();
    await page.goto(`${inject("baseUrl")}/compare?roles=clinical-psychologist,counsellor&data=/hostile.json`);
    await page.getByRole("table").waitFor();
    await page.goto(`${inject("baseUrl")}/plan?from=gcses&to=mental-health-nurse&data=/hostile.json`);
    await page.locator(".route-card").first().waitFor();
    expect(await page.locator("script:not([src])").count()).toBe(0);
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  const HOSTILE_ADDRESSES = [
    "/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    `/?family=${encodeURIComponent(PAYLOADS[0]!)}&q=${encodeURIComponent(PAYLOADS[1]!)}`,
    `/plan?from=${encodeURIComponent(PAYLOADS[2]!)}&to=${encodeURIComponent(PAYLOADS[0]!)}&prefer=${encodeURIComponent(PAYLOADS[1]!)}`,
    `/compare?roles=${encodeURIComponent(`${PAYLOADS[0]},${PAYLOADS[1]}`)}`,
    `/roles?sort=${encodeURIComponent(PAYLOADS[1]!)}&order=${encodeURIComponent(PAYLOADS[0]!)}`,
    `/embed/roles/${encodeURIComponent(PAYLOADS[0]!)}?links=${encodeURIComponent("javascript:alert(1)")}`,
    `/?data=${encodeURIComponent("javascript:alert(1)")}`,
    // Absurd, but within what web servers accept in an address (about 8,000 characters).
    `/plan?from=${"x".repeat(3_000)}&to=${"y".repeat(3_000)}`,
    `/roles/${"z".repeat(6_000)}`,
  ];

  it.each(
    HOSTILE_ADDRESSES.map((address) => [
      address.length > 100 ? `${address.slice(0, 100)}…` : address,
      address,
    ]),
  )("stays up, explains, and runs nothing for %s", async (_label, address) => {
    const { page, errors, dialogs, context } = await openPage(browser, address);
    await page.locator("h1:visible, h2:visible").first().waitFor();
    // What is on screen (closed dialogs and print-only text are not).
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toMatch(
      /not found|not recognised|not understood|no role|could not be loaded|Careers map|Plan a route|All roles/i,
    );
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // Nothing absurdly long is echoed whole.
    expect(text.includes("x".repeat(200))).toBe(false);
    await context.close();
  });

  it("makes no request outside the local server during the main journeys", async () => {
    const { page, requests, errors, context } = await openPage(browser, "/");
    await page.getByRole("combobox", { name: "Search for a role" }).fill("PWP");
    await page.keyboard.press("Enter");
    await page.locator(".role-panel h2").waitFor();
    for (const path of [
      "/plan?from=gcses&to=mental-health-nurse",
      "/roles",
      "/compare?roles=counsellor,art-therapist",
      "/embed/roles/counsellor",
    ]) {
      await page.goto(`${inject("baseUrl")}${path}`);
      await page.locator("h1:visible, h2:visible").first().waitFor();
    }
    const outside = requests.filter((url) => !url.startsWith(inject("baseUrl")));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is served with a Content-Security-Policy that allows only its own origin", async () => {
    const { page, context } = await openPage(browser, "/");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
    // An injected inline script is refused by the policy, not merely absent.
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
          const script = document.createElement("script");
          script.textContent = "window.__pwned = 1";
          document.body.append(script);
          setTimeout(() => resolve(false), 500);
        }),
    );
    expect(blocked).toBe(true);
    expect(await pwned(page)).toBeNull();
    await context.close();
  });
});
