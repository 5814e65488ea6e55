import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMBED_APP_NAME, EMBED_HEIGHT_MESSAGE } from "../../../src/render/height-reporter";
import { embedHeading, embedViewOf } from "../../../src/core/embed/embed-view";
import { frameOnlyCode, resizingCode } from "../../../src/core/embed/embed-code";
import { loadBundledCareerData } from "../../support/bundled-data";

const { graph, dataset } = loadBundledCareerData();
const heading = (path: string, query = "") => embedHeading(graph, dataset, path, new URLSearchParams(query));

describe("what an embed says it shows", () => {
  it("names the map's families, a role, or a plan", () => {
    expect(heading("/")).toBe(dataset.meta.name);
    expect(heading("/", "family=wellbeing-practitioners,psychological-therapies")).toBe(
      `${dataset.meta.name}: Wellbeing practitioners; Psychological therapies and psychotherapy`,
    );
    expect(heading("/", "apprenticeship=yes")).toBe(`${dataset.meta.name}, filtered`);
    expect(heading("/roles/counsellor")).toBe(`Counsellor, from the ${dataset.meta.name}`);
    expect(heading("/plan", "from=gcses&to=mental-health-nurse")).toBe(
      "Route plan: GCSEs or other Level 2 qualifications → Mental health nurse",
    );
    expect(heading("/plan")).toBe(`Plan a route: ${dataset.meta.name}`);
  });

  it("knows which paths have an embed view", () => {
    expect(["/", "/roles/counsellor", "/plan", "/roles", "/compare"].map(embedViewOf)).toEqual([
      "map",
      "role",
      "plan",
      null,
      null,
    ]);
  });
});

describe("the embed code", () => {
  const options = {
    src: "https://map.example/embed/roles/counsellor?links=top",
    title: 'A "quoted" <title> & more',
    height: 1000,
    origin: "https://map.example",
    message: { type: "careers-map:height", app: "psych-careers-map" },
  };

  it("gives a frame alone, at a fixed height, with its title escaped", () => {
    expect(frameOnlyCode(options)).toBe(
      '<iframe src="https://map.example/embed/roles/counsellor?links=top" title="A &quot;quoted&quot; &lt;title&gt; &amp; more" width="100%" height="1000" style="border: 0" loading="lazy"></iframe>',
    );
    expect(frameOnlyCode(options)).not.toContain("<script");
  });

  it("marks the resizing frame and sizes frames by their own messages, once however often it is pasted", () => {
    const code = resizingCode(options);
    expect(code).toMatch(/^<iframe data-careers-map src=/);
    expect(code).toContain('if (event.origin !== "https://map.example") return;');
    expect(code).toContain("frames[i].contentWindow === event.source");
    expect(code).toContain("if (window.careersMapFrames) return;");
    // No id: two pasted snippets never clash.
    expect(code).not.toMatch(/\bid=/);
  });
});

describe("the sample host page", () => {
  it("sizes its frames with the very script the dialog gives", () => {
    const page = readFileSync("docs/embed-example.html", "utf8");
    const script = (text: string) =>
      text
        .slice(text.indexOf("(function () {"), text.indexOf("})();") + 5)
        .replace(/\s+/g, " ")
        .trim();
    const generated = resizingCode({
      src: "https://careers-map.example.nhs.uk/embed",
      title: "t",
      height: 900,
      origin: "https://careers-map.example.nhs.uk",
      message: { type: EMBED_HEIGHT_MESSAGE, app: EMBED_APP_NAME },
    });
    expect(script(page)).toBe(script(generated));
    // Every frame the script sizes is marked for it; the frame-only one is not, and keeps its height.
    expect(page.match(/<iframe /g)?.length).toBe(4);
    expect(page.match(/<iframe [^>]*data-careers-map/g)?.length).toBe(3);
  });
});
