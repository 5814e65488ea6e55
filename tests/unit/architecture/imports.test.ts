/**
 * The house rules for imports: they flow one way (app → features → components → lib → render → core), no
 * feature imports another, and no two folders import each other, round any loop. The lint rule catches the
 * first two as code is written; the graph check below catches cycles, including those inside src/core.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { crossFeatureImports, folderCycles, folderGraph, importEdges } from "../../../scripts/import-graph";

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "architecture/one-way-imports").map((m) => m.message);
}

describe("the one-way imports lint rule", () => {
  it("rejects a feature importing the app shell, and shared code importing a feature or the app", async () => {
    expect(
      await lint("src/features/map/Example.tsx", 'import { App } from "../../app/App";\nexport { App };\n'),
    ).toEqual([expect.stringMatching(/^src\/features must not import from src\/app/)]);
    expect(
      await lint(
        "src/components/Example.tsx",
        'import { PlanPage } from "../features/plan/PlanPage";\nexport { PlanPage };\n',
      ),
    ).toEqual([expect.stringMatching(/^src\/components must not import from src\/features/)]);
    expect(
      await lint(
        "src/lib/example.ts",
        'import { AppLink } from "../components/AppLink";\nexport { AppLink };\n',
      ),
    ).toEqual([expect.stringMatching(/^src\/lib must not import from src\/components/)]);
  });

  it("rejects one feature importing another, statically or lazily", async () => {
    const messages = await lint(
      "src/features/plan/Example.tsx",
      [
        'import { MapPage } from "../map/MapPage";',
        'export const RolePanel = import("../role/RolePanel");',
        "export { MapPage };",
      ].join("\n"),
    );
    expect(messages).toEqual([
      expect.stringMatching(/^The plan feature must not import from the map feature/),
      expect.stringMatching(/^The plan feature must not import from the role feature/),
    ]);
  });

  it("allows imports that flow down, and a feature's own files", async () => {
    expect(
      await lint(
        "src/features/plan/parts/Example.tsx",
        [
          'import { RouteCard } from "../RouteCard";',
          'import { AppLink } from "../../../components/AppLink";',
          'import { paths } from "../../../lib/paths";',
          'import { findRoutes } from "../../../core/route";',
          'import "../../../styles/base.scss";',
          "export { RouteCard, AppLink, paths, findRoutes };",
        ].join("\n"),
      ),
    ).toEqual([]);
    expect(
      await lint(
        "src/app/Example.tsx",
        'import { PlanPage } from "../features/plan/PlanPage";\nexport { PlanPage };\n',
      ),
    ).toEqual([]);
  });
});

describe("the import graph of src/", () => {
  const edges = importEdges(".", "src");

  it("has no cycle between folders, in src/core or anywhere else", () => {
    expect(folderCycles(folderGraph(edges))).toEqual([]);
  });

  it("has no import from one feature into another", () => {
    expect(crossFeatureImports(edges)).toEqual([]);
  });

  it("finds a cycle and a cross-feature import when there is one (the check itself can fail)", () => {
    const broken = [
      ...edges,
      { from: "src/core/dataset/schema.ts", to: "src/core/route/types.ts" },
      { from: "src/features/plan/PlanPage.tsx", to: "src/features/map/MapPage.tsx" },
    ];
    expect(folderCycles(folderGraph(broken))).toContainEqual(
      expect.arrayContaining(["src/core/dataset", "src/core/route"]),
    );
    expect(crossFeatureImports(broken)).toHaveLength(1);
  });
});
