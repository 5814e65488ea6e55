import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("src/core stays pure", () => {
  it("the lint rule rejects React, stores, DOM adapters, Node built-ins and browser globals in src/core", async () => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText(
      [
        'import { useState } from "react";',
        'import { create } from "zustand";',
        'import { zoom } from "d3-zoom";',
        'import { readFileSync } from "node:fs";',
        'import { paths } from "../lib/paths";',
        "export const impure = [useState, create, zoom, readFileSync, paths, window.innerWidth, localStorage];",
      ].join("\n"),
      { filePath: "src/core/example.ts" },
    );
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules.filter((r) => r === "no-restricted-imports")).toHaveLength(5);
    expect(rules.filter((r) => r === "no-restricted-globals")).toHaveLength(2);
  });

  it("the same code is allowed outside src/core", async () => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText(
      'import { create } from "zustand";\nexport const store = create(() => ({}));\n',
      {
        filePath: "src/lib/example.ts",
      },
    );
    expect(result!.messages.filter((m) => m.ruleId === "no-restricted-imports")).toEqual([]);
  });

  it("no file in src/core imports from outside it", () => {
    for (const file of filesUnder("src/core")) {
      const imports = [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      const escaping = imports.filter(
        (spec) => spec.startsWith(".") && !join(file, "..", spec).startsWith("src/core"),
      );
      expect(escaping, file).toEqual([]);
    }
  });
});
