/** Writes the published JSON Schemas next to the data. Run after changing src/core/dataset/schema.ts. */
import { writeFileSync } from "node:fs";
import { datasetJsonSchema, payTableJsonSchema, serialiseJsonSchema } from "../src/core/dataset/json-schema";

const targets = [
  ["data/schema.json", datasetJsonSchema()],
  ["data/pay-bands.schema.json", payTableJsonSchema()],
] as const;

for (const [path, schema] of targets) {
  writeFileSync(path, serialiseJsonSchema(schema));
  console.log(`wrote ${path}`);
}
