/**
 * npm run migrate:data [file ...]
 *
 * Rewrites careers datasets in the current format (formatVersion 2): data/careers.json and the examples, or
 * the files named. A file already in the current format is left alone. The app and the CLIs read older files
 * as they are (they migrate them on reading); this writes the migration down, so the file can be edited in the
 * current format. Check the result with npm run validate:data, and review what it declared for you (stages,
 * route kinds, pay scales, meta.id and meta.name).
 * Exit codes: 0 all done, 1 a file could not be migrated, 2 a file cannot be read or is not JSON.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { migrateDataset } from "../src/core/dataset/migrate";
import { FORMAT_VERSION } from "../src/core/dataset/schema";
import { readJsonFile } from "./data-files";

const DEFAULT_FILES = [
  "data/careers.json",
  ...readdirSync("data/examples")
    .filter((name) => name.endsWith(".json"))
    .map((name) => join("data/examples", name)),
];

function migrate(path: string): 0 | 1 | 2 {
  const parsed = readJsonFile(path);
  if (!parsed.ok) {
    console.error(`✗ ${parsed.message}`);
    return 2;
  }
  const migration = migrateDataset(parsed.value);
  if (!migration.ok) {
    console.error(`✗ ${path}: ${migration.problem.message}`);
    return 1;
  }
  if (migration.fromVersion === FORMAT_VERSION) {
    console.log(`✓ ${path}: already format ${FORMAT_VERSION}`);
    return 0;
  }
  writeFileSync(path, `${JSON.stringify(migration.value, null, 2)}\n`);
  console.log(`✓ ${path}: format ${migration.fromVersion} → ${FORMAT_VERSION}`);
  return 0;
}

const files = process.argv.slice(2).filter((arg) => arg !== "--");
process.exitCode = Math.max(0, ...(files.length > 0 ? files : DEFAULT_FILES).map(migrate));
