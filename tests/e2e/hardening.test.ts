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
  // page.route() below must see the data's request: a service worker would answer it first.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
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
  // The page the build rendered gives way to the app's own as soon as the script runs.
  await expect.poll(() => page.locator("#root[data-prerendered]").count()).toBe(0);
  return opened;
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

/** Markup from the hostile dataset, as it reads when shown as text. */
const HOSTILE_TEXT = /<img src=x onerror=|<script>window\.__pwned|<svg onload=/;

/** Nothing from a hostile dataset or address has become an element, an attribute or a running script. */
async function expectNothingInjected(page: Page, where: string) {
  expect(await pwned(page), where).toBeNull();
  expect(
    await page
      .locator("[onerror], [onload], img[src='x'], script:not([src]), a[href^='javascript:' i]")
      .evaluateAll((found) => found.map((el) => el.outerHTML.slice(0, 120))),
    where,
  ).toEqual([]);
}

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
    // The map has drawn the pharmacy roles, so a missing psychology role means it is not in this dataset.
    await page
      .getByRole("link", { name: /^Pharmacist\./ })
      .first()
      .waitFor();
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

  it("plans a route on a dataset of 10,000 roles, drawing only the roles the routes pass through", async () => {
    const { page, errors, context } = await openWithData(
      "/plan?data=/huge.json&from=start&to=role-9999",
      "/huge.json",
      hugeDataset(10_000),
    );
    await page.getByText("Only the roles these routes pass through are drawn", { exact: false }).waitFor({
      timeout: 30_000,
    });
    // The roles form a tree (role i follows role (i - 1) / 2): role-9999 has one route, and only it is drawn.
    let onRoute = 2; // the start and role 0
    for (let i = 9999; i > 0; i = Math.floor((i - 1) / 2)) onRoute++;
    expect(await page.locator(".plan-map .map-node").count()).toBe(onRoute);
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
    await expectNothingInjected(page, "the map");
    const firstRole = page.locator(".map-node--role").first();
    await firstRole.focus();
    await page.keyboard.press("Enter");
    await page.locator(".role-panel h2").waitFor();
    expect(await page.locator(".role-panel").textContent()).toMatch(HOSTILE_TEXT);
    await expectNothingInjected(page, "a role");

    for (const [path, ready] of [
      ["/roles?data=/hostile.json", "table"],
      ["/compare?roles=clinical-psychologist,counsellor&data=/hostile.json", "table"],
      ["/plan?from=gcses&to=mental-health-nurse&data=/hostile.json", ".timeline-route"],
    ] as const) {
      await page.goto(`${inject("baseUrl")}${path}`);
      await page.locator(ready).first().waitFor();
      // The markup is shown as text people can read, not dropped and not run.
      expect(await page.locator("main").innerText(), path).toMatch(HOSTILE_TEXT);
      await expectNothingInjected(page, path);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Each address, and what the page must say about it: the hostile part shown as text, or plainly ignored.
  const HOSTILE_ADDRESSES: [address: string, expected: string[]][] = [
    [
      "/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      ["Role not found", "There is no role with the id <script>alert(1)</script> in this careers map."],
    ],
    [
      `/?family=${encodeURIComponent(PAYLOADS[0]!)}&q=${encodeURIComponent(PAYLOADS[1]!)}`,
      [
        `Some choices in this link were not recognised and have been ignored: family=<img src=x onerror="window.__pwned=1;`,
        // The search box says on screen that nothing matches, echoing the markup as text.
        `No roles match “${PAYLOADS[1]}”.`,
      ],
    ],
    [
      `/plan?from=${encodeURIComponent(PAYLOADS[2]!)}&to=${encodeURIComponent(PAYLOADS[0]!)}&prefer=${encodeURIComponent(PAYLOADS[1]!)}`,
      [
        `There is no role or starting point “${PAYLOADS[2]}” in this map.`,
        `There is no role or starting point “${PAYLOADS[0]}” in this map.`,
        `Some parts of this link were not understood and have been ignored: prefer=${PAYLOADS[1]}.`,
      ],
    ],
    [
      `/compare?roles=${encodeURIComponent(`${PAYLOADS[0]},${PAYLOADS[1]}`)}`,
      [`There is no role “${PAYLOADS[0]}” in this map.`, `There is no role “${PAYLOADS[1]}” in this map.`],
    ],
    // Sorting that is not understood falls back to the usual order, by role.
    [
      `/roles?sort=${encodeURIComponent(PAYLOADS[1]!)}&order=${encodeURIComponent(PAYLOADS[0]!)}`,
      ["All roles", "Roles grouped by family, sorted by role, ascending"],
    ],
    // links= is not "top", so full pages open in a new tab.
    [
      `/embed/roles/${encodeURIComponent(PAYLOADS[0]!)}?links=${encodeURIComponent("javascript:alert(1)")}`,
      [`There is no role with the id ${PAYLOADS[0]} in this careers map.`, "(opens in a new tab)"],
    ],
    [
      `/?data=${encodeURIComponent("javascript:alert(1)")}`,
      ["The careers data could not be loaded", "The dataset address “javascript:alert(1)” must use https."],
    ],
    // Absurd, but within what web servers accept in an address (about 8,000 characters).
    [
      `/plan?from=${"x".repeat(3_000)}&to=${"y".repeat(3_000)}`,
      [
        `There is no role or starting point “${"x".repeat(60)}…” in this map.`,
        `There is no role or starting point “${"y".repeat(60)}…” in this map.`,
      ],
    ],
    [
      `/roles/${"z".repeat(6_000)}`,
      ["Role not found", `There is no role with the id ${"z".repeat(60)}… in this careers map.`],
    ],
  ];

  it.each(
    HOSTILE_ADDRESSES.map(([address, expected]) => [
      address.length > 100 ? `${address.slice(0, 100)}…` : address,
      address,
      expected,
    ]),
  )("stays up, explains, and runs nothing for %s", async (_label, address, expected) => {
    const { page, errors, dialogs, context } = await openPage(browser, address);
    await page.locator("h1:visible, h2:visible").first().waitFor();
    // What is on screen (closed dialogs and print-only text are not), once the page has said its piece.
    await expect
      .poll(async () => {
        const text = await page.evaluate(() => document.body.innerText);
        return expected.filter((message) => !text.includes(message));
      })
      .toEqual([]);
    const text = await page.evaluate(() => document.body.innerText);
    await expectNothingInjected(page, address.slice(0, 100));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // Nothing absurdly long is echoed whole: no run of 200 of the same character.
    expect(text.match(/(.)\1{199}/)?.[0].slice(0, 20) ?? null).toBeNull();
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
          // The violation is reported as an event soon after; the cap only stops a missing one hanging the test.
          setTimeout(() => resolve(false), 10_000);
        }),
    );
    expect(blocked).toBe(true);
    expect(await pwned(page)).toBeNull();
    await context.close();
  });
});
