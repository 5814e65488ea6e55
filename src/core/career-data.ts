import type { Problem } from "./dataset/problems";
import type { Dataset } from "./dataset/schema";
import { validateDataset } from "./validate/validate-dataset";
import { buildCareerGraph, type CareerGraph, type MapGraph } from "./graph/career-graph";
import type { MapIndex } from "./dataset/map-index";
import type { PayTable } from "./dataset/pay-table";
import { validatePayTable } from "./validate/validate-pay-table";

/** Everything the app and the CLIs read: the validated dataset, its graph and the pay table. */
export interface CareerData {
  dataset: Dataset;
  graph: CareerGraph;
  payTable: PayTable;
}

/**
 * What the map needs: the map index (or the whole dataset, which has all of it), its graph and the pay table.
 * The first page draws the map from the index before the whole dataset has arrived.
 */
export interface MapData {
  dataset: MapIndex;
  graph: MapGraph;
  payTable: PayTable;
}

export type CareerDataResult =
  | { ok: true; data: CareerData }
  | { ok: false; problems: { file: "dataset" | "pay table"; problem: Problem }[] };

/**
 * Validates a dataset and a pay table together and builds the graph; reports the problems of both at once.
 * @example
 * const result = prepareCareerData(careersJson, payBandsJson);
 * if (result.ok) result.data.graph.outEdges.get("psychological-wellbeing-practitioner");
 */
export function prepareCareerData(rawDataset: unknown, rawPayTable: unknown): CareerDataResult {
  const dataset = validateDataset(rawDataset);
  // The table is checked against the dataset's own declaration of its scale, when the dataset has one.
  const payTable = validatePayTable(rawPayTable, dataset.dataset?.payScales);
  if (!dataset.ok || !payTable.ok) {
    return {
      ok: false,
      problems: [
        ...dataset.problems.map((problem) => ({ file: "dataset" as const, problem })),
        ...payTable.problems.map((problem) => ({ file: "pay table" as const, problem })),
      ],
    };
  }
  return {
    ok: true,
    data: { dataset: dataset.dataset, graph: buildCareerGraph(dataset.dataset), payTable: payTable.payTable },
  };
}
