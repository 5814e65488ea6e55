/**
 * npm run validate:data [file ...]
 *
 * Checks the bundled data (data/careers.json and data/pay-bands.json) or the files named. A file with a
 * "bands" list and a "payYear" is checked as a pay table (against Agenda for Change when it is for that scale;
 * the app also checks it against the scale its dataset declares); anything else as a careers dataset, in any
 * format this code reads (older formats are migrated as they are read, and the summary says so).
 * Exit codes: 0 all valid, 1 a file has problems, 2 a file cannot be read or is not JSON.
 */
import type { Problem } from "../src/core/dataset/problems";
import { FORMAT_VERSION } from "../src/core/dataset/schema";
import { validateDataset } from "../src/core/validate/validate-dataset";
import { validatePayTable } from "../src/core/validate/validate-pay-table";
import { countProblems, indentedProblems, readJsonFile } from "./data-files";

const DEFAULT_FILES = ["data/careers.json", "data/pay-bands.json"];

function isPayTable(value: unknown): boolean {
  return typeof value === "object" && value !== null && "bands" in value && "payYear" in value;
}

function check(path: string): 0 | 1 | 2 {
  const parsed = readJsonFile(path);
  if (!parsed.ok) {
    console.error(`✗ ${parsed.message}`);
    return 2;
  }
  let problems: Problem[];
  let summary: string;
  if (isPayTable(parsed.value)) {
    const result = validatePayTable(parsed.value);
    problems = result.problems;
    summary = result.ok
      ? `pay table for ${result.payTable.payYear}, ${result.payTable.bands.length} bands`
      : "";
  } else {
    const result = validateDataset(parsed.value);
    problems = result.problems;
    summary = result.ok
      ? `${result.dataset.roles.length} roles, ${result.dataset.startingPoints.length} starting points, ` +
        `${result.dataset.routes.length} routes, ${result.dataset.sources.length} sources` +
        (result.fromVersion < FORMAT_VERSION
          ? `; format ${result.fromVersion}, read as format ${FORMAT_VERSION}: npm run migrate:data -- ${path} rewrites it`
          : "")
      : "";
  }
  if (problems.length === 0) {
    console.log(`✓ ${path}: valid (${summary})`);
    return 0;
  }
  console.log(`✗ ${path}: ${countProblems(problems)}`);
  console.log(indentedProblems(problems));
  return 1;
}

const files = process.argv.slice(2).filter((arg) => arg !== "--");
const codes = (files.length > 0 ? files : DEFAULT_FILES).map(check);
process.exitCode = Math.max(0, ...codes);
