import type { CareerDataResult, MapData } from "../core/career-data";
import type { WholeAfterMapIndex } from "../lib/career-data-context";
import { careerDataFromBuild, mapDataFromBuild, type BuiltDataHashes } from "../core/built-career-data";
import { parseJsonText } from "../core/dataset/parse-json";

type FileLabel = "dataset" | "pay table";
type Fetched = { ok: true; text: string } | { ok: false; result: CareerDataResult };

function failure(file: FileLabel, code: "file-unreadable" | "not-json", message: string): CareerDataResult {
  return { ok: false, problems: [{ file, problem: { code, path: "$", message } }] };
}

async function fetchText(url: string, file: FileLabel, own: boolean): Promise<Fetched> {
  try {
    // No cookies or credentials for another dataset: a dataset is public data, and another site's file must learn
    // nothing of the person. The site's own files are fetched as index.html preloads them (same-origin), so the
    // preload is used rather than downloaded twice.
    const response = await fetch(url, { credentials: own ? "same-origin" : "omit" });
    if (!response.ok) {
      return {
        ok: false,
        result: failure(
          file,
          "file-unreadable",
          `Could not download the ${file} from ${url}: the server answered ${response.status}.`,
        ),
      };
    }
    return { ok: true, text: await response.text() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      result: failure(file, "file-unreadable", `Could not download the ${file} from ${url} (${reason}).`),
    };
  }
}

/**
 * Downloads the dataset and the pay table. The build's own files (their fingerprints match `builtHashes`) were
 * validated when the site was built and are used as they are; anything else (another dataset, or a file a host
 * swapped in after the build) is validated here, with the validator and zod downloaded only then. The data
 * ships as separate files, not inside the JavaScript, so a host can update it without a rebuild and the app's
 * code stays small.
 */
export async function loadCareerData(
  urls: { dataset: string; payTable: string },
  builtHashes: BuiltDataHashes | null,
): Promise<LoadedCareerData> {
  return loadAndCheck(urls, builtHashes);
}

/** The data or its problems, and whether it is the build's own (the pages rendered at build time show it). */
export interface LoadedCareerData {
  result: CareerDataResult;
  fromBuild: boolean;
}

async function loadAndCheck(
  urls: { dataset: string; payTable: string },
  builtHashes: BuiltDataHashes | null,
): Promise<LoadedCareerData> {
  const [dataset, payTable] = await Promise.all([
    fetchText(urls.dataset, "dataset", builtHashes !== null),
    fetchText(urls.payTable, "pay table", true),
  ]);
  if (!dataset.ok) return { result: dataset.result, fromBuild: false };
  if (!payTable.ok) return { result: payTable.result, fromBuild: false };
  const built = careerDataFromBuild(dataset.text, payTable.text, builtHashes);
  if (built !== null) return { result: { ok: true, data: built }, fromBuild: true };
  const parsedDataset = parseJsonText(dataset.text);
  if (!parsedDataset.ok)
    return { result: failure("dataset", "not-json", parsedDataset.message), fromBuild: false };
  const parsedPayTable = parseJsonText(payTable.text);
  if (!parsedPayTable.ok) {
    return { result: failure("pay table", "not-json", parsedPayTable.message), fromBuild: false };
  }
  try {
    const { prepareCareerData } = await import("../core/career-data");
    return { result: prepareCareerData(parsedDataset.value, parsedPayTable.value), fromBuild: false };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      result: failure(
        "dataset",
        "file-unreadable",
        `Could not download the part of the app that checks this dataset (${reason}). Check the connection and reload.`,
      ),
      fromBuild: false,
    };
  }
}

/**
 * Whether a page (its path inside the site) starts from the map index: the map with no role open, on the site
 * or embedded. Every other page needs the whole dataset at once. The build preloads the same way (vite.config.ts,
 * keepPreloadsFor).
 * @example startsFromMapIndex("/") // true; startsFromMapIndex("/roles/counsellor") // false
 */
export function startsFromMapIndex(path: string): boolean {
  return path === "/" || path === "/embed" || path === "/embed/";
}

/**
 * The build's map index and the pay table, when both are the build's own; null otherwise (a download failed,
 * or a host changed a file since the build): then the caller loads the whole dataset, which says what is wrong.
 */
export async function loadMapIndex(
  urls: { mapIndex: string; payTable: string },
  builtHashes: BuiltDataHashes,
): Promise<MapData | null> {
  const [mapIndex, payTable] = await Promise.all([
    fetchText(urls.mapIndex, "dataset", true),
    fetchText(urls.payTable, "pay table", true),
  ]);
  if (!mapIndex.ok || !payTable.ok) return null;
  return mapDataFromBuild(mapIndex.text, payTable.text, builtHashes);
}

/**
 * The whole dataset, after the map index, or its problems when it is not valid. It rejects, saying why, when it
 * could not be downloaded: the map stays, and what needed the data says it could not be loaded.
 * `replacesMap` when it is not the build's own (a host changed it since the build): the map is drawn from it.
 */
export async function loadWholeAfterMapIndex(
  urls: { dataset: string; payTable: string },
  builtHashes: BuiltDataHashes,
): Promise<WholeAfterMapIndex> {
  const { result, fromBuild } = await loadAndCheck(urls, builtHashes);
  if (result.ok) return { ok: true, data: result.data, replacesMap: !fromBuild };
  if (result.problems.every(({ problem }) => problem.code === "file-unreadable")) {
    throw new Error(result.problems.map(({ problem }) => problem.message).join(" "));
  }
  return { ok: false, problems: result.problems };
}
