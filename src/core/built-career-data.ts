import type { CareerData, MapData } from "./career-data";
import type { MapIndex } from "./dataset/map-index";
import { contentHash } from "./dataset/content-hash";
import type { PayTable } from "./dataset/pay-table";
import type { Dataset } from "./dataset/schema";
import { buildCareerGraph } from "./graph/career-graph";

/** The fingerprints (contentHash) of the dataset, map index and pay table files the build validated and wrote out. */
export interface BuiltDataHashes {
  dataset: string;
  mapIndex: string;
  payTable: string;
}

/** Whether a data file and the pay table are, byte for byte, the ones the build wrote (never in development). */
function writtenByTheBuild(
  text: string,
  file: "dataset" | "mapIndex",
  payTableText: string,
  hashes: BuiltDataHashes | null,
): hashes is BuiltDataHashes {
  return (
    hashes !== null && contentHash(text) === hashes[file] && contentHash(payTableText) === hashes.payTable
  );
}

/**
 * The career data from the build's own files, without validating them again: the build validated them and
 * wrote them out normalised (migrated, defaults filled), and their fingerprints match. Any other text (a file a
 * host swapped in after the build, another dataset) gives null, and the caller validates it as untrusted.
 * @example careerDataFromBuild(datasetText, payTableText, BUILT_HASHES)?.graph.nodes.size // 64, or null
 */
export function careerDataFromBuild(
  datasetText: string,
  payTableText: string,
  hashes: BuiltDataHashes | null,
): CareerData | null {
  if (!writtenByTheBuild(datasetText, "dataset", payTableText, hashes)) return null;
  const dataset = JSON.parse(datasetText) as Dataset;
  return { dataset, graph: buildCareerGraph(dataset), payTable: JSON.parse(payTableText) as PayTable };
}

/**
 * The map's data from the build's own map index, or null when the index or the pay table is not the build's
 * (then the app loads the whole dataset and validates it, as for any file it did not write).
 * @example mapDataFromBuild(indexText, payTableText, BUILT_HASHES)?.graph.nodes.size // 64, or null
 */
export function mapDataFromBuild(
  mapIndexText: string,
  payTableText: string,
  hashes: BuiltDataHashes | null,
): MapData | null {
  if (!writtenByTheBuild(mapIndexText, "mapIndex", payTableText, hashes)) return null;
  const dataset = JSON.parse(mapIndexText) as MapIndex;
  return { dataset, graph: buildCareerGraph(dataset), payTable: JSON.parse(payTableText) as PayTable };
}
