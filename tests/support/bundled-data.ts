import { readFileSync } from "node:fs";
import { prepareCareerData, type CareerData } from "../../src/core/career-data";

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The bundled dataset and pay table, validated; throws with the problems if they are not valid. */
export function loadBundledCareerData(): CareerData {
  const result = prepareCareerData(readJson("data/careers.json"), readJson("data/pay-bands.json"));
  if (!result.ok) {
    throw new Error(
      `The bundled data is not valid:\n${result.problems.map((p) => `${p.problem.code} ${p.problem.path}`).join("\n")}`,
    );
  }
  return result.data;
}
