/**
 * The published JSON Schemas (data/schema.json, data/pay-bands.schema.json), generated from the zod schemas so
 * that people who author data in other tools get the same rules as the app. `npm run schema` writes them; a
 * test fails if the committed files fall behind.
 */
import * as z from "zod/mini";
import { payTableSchema } from "./pay-table";
import { datasetSchema } from "./schema";

function toPublishedSchema(
  schema: z.ZodMiniType,
  title: string,
  description: string,
): Record<string, unknown> {
  // "input" describes what an author writes: fields with defaults are optional there.
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
  return { ...generated, title, description };
}

/** @example JSON.stringify(datasetJsonSchema(), null, 2) */
export function datasetJsonSchema(): Record<string, unknown> {
  return toPublishedSchema(
    datasetSchema,
    "Careers map dataset",
    "Roles, starting points and routes of a careers map. Graph rules (unique ids, references, reachability) are checked by `npm run validate:data`, not by this schema alone.",
  );
}

/** @example JSON.stringify(payTableJsonSchema(), null, 2) */
export function payTableJsonSchema(): Record<string, unknown> {
  return toPublishedSchema(
    payTableSchema,
    "Agenda for Change pay table",
    "Yearly pay range for each Agenda for Change band, for one pay year, with its sources.",
  );
}

/** Serialises a schema the way the committed files are written. */
export function serialiseJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
