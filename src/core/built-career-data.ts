import type { CareerData } from "./career-data";
import { contentHash } from "./dataset/content-hash";
import type { PayTable } from "./dataset/pay-table";
import type { Dataset } from "./dataset/schema";
import { buildCareerGraph } from "./graph/career-graph";

/** The fingerprints (contentHash) of the dataset and pay table files the build validated and wrote out. */
export interface BuiltDataHashes {
  dataset: string;
  payTable: string;
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
  if (hashes === null) return null;
  if (contentHash(datasetText) !== hashes.dataset || contentHash(payTableText) !== hashes.payTable)
    return null;
  const dataset = JSON.parse(datasetText) as Dataset;
  return { dataset, graph: buildCareerGraph(dataset), payTable: JSON.parse(payTableText) as PayTable };
}
