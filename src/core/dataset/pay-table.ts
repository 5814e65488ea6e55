/**
 * The pay table's format: band → yearly pay range, for one pay year, with its sources. Kept in its own data
 * file so that a new pay year is one edit, and roles carry bands, never pounds. Checked by
 * validatePayTable() (src/core/validate).
 */
import * as z from "zod/mini";
import {
  atLeastOne,
  bandSchema,
  described,
  idSchema,
  caveatSchema,
  listOrEmpty,
  matching,
  nonEmptyText,
  sourceSchema,
  wholeNumber,
} from "./schema";

export const payTableSchema = z.strictObject({
  $schema: z.optional(z.string()),
  scale: described(idSchema, "The pay scale the table is for: the id of a scale in the dataset's payScales."),
  payYear: matching(/^\d{4}\/\d{2}$/, "must be a pay year such as 2025/26"),
  region: nonEmptyText,
  sources: atLeastOne(sourceSchema, "cite at least one source"),
  caveats: listOrEmpty(caveatSchema),
  bands: z.array(
    z.strictObject({
      band: bandSchema,
      minPounds: wholeNumber(1),
      maxPounds: wholeNumber(1),
    }),
  ),
});
export type PayTable = z.infer<typeof payTableSchema>;
