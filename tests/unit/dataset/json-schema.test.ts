import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  datasetJsonSchema,
  payTableJsonSchema,
  serialiseJsonSchema,
} from "../../../src/core/dataset/json-schema";
import { readJson } from "../../support/bundled-data";

describe("published JSON Schemas", () => {
  it.each([
    ["data/schema.json", datasetJsonSchema],
    ["data/pay-bands.schema.json", payTableJsonSchema],
  ])("%s is what the zod schema generates (run `npm run schema` after changing it)", (path, generate) => {
    expect(readFileSync(path, "utf8")).toBe(serialiseJsonSchema(generate()));
  });

  it("accepts the bundled data and rejects shape errors, so authors in other tools get the same answers", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validateDataset = ajv.compile(datasetJsonSchema());
    const validatePayTable = ajv.compile(payTableJsonSchema());
    expect(validateDataset(readJson("data/careers.json")), JSON.stringify(validateDataset.errors)).toBe(true);
    expect(validatePayTable(readJson("data/pay-bands.json"))).toBe(true);
    expect(validateDataset(readJson("tests/fixtures/datasets/bad-link-not-https.json"))).toBe(false);
    expect(validateDataset(readJson("tests/fixtures/datasets/bad-schema.json"))).toBe(false);
  });
});
