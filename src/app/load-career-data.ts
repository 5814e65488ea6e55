import { prepareCareerData, type CareerDataResult } from "../core/career-data";
import { parseJsonText } from "../core/dataset/parse-json";

type FileLabel = "dataset" | "pay table";
type Fetched = { ok: true; value: unknown } | { ok: false; result: CareerDataResult };

function failure(file: FileLabel, code: "file-unreadable" | "not-json", message: string): Fetched {
  return { ok: false, result: { ok: false, problems: [{ file, problem: { code, path: "$", message } }] } };
}

async function fetchJson(url: string, file: FileLabel): Promise<Fetched> {
  let text: string;
  try {
    // No cookies or credentials: a dataset is public data, and another site's file must learn nothing of the person.
    const response = await fetch(url, { credentials: "omit" });
    if (!response.ok) {
      return failure(
        file,
        "file-unreadable",
        `Could not download the ${file} from ${url}: the server answered ${response.status}.`,
      );
    }
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(file, "file-unreadable", `Could not download the ${file} from ${url} (${reason}).`);
  }
  const parsed = parseJsonText(text);
  return parsed.ok ? { ok: true, value: parsed.value } : failure(file, "not-json", parsed.message);
}

/**
 * Downloads the dataset and the pay table, then validates them together. The data ships as separate files,
 * not inside the JavaScript, so a host can update it without a rebuild and the app's code stays small.
 */
export async function loadCareerData(urls: { dataset: string; payTable: string }): Promise<CareerDataResult> {
  const [dataset, payTable] = await Promise.all([
    fetchJson(urls.dataset, "dataset"),
    fetchJson(urls.payTable, "pay table"),
  ]);
  if (!dataset.ok) return dataset.result;
  if (!payTable.ok) return payTable.result;
  return prepareCareerData(dataset.value, payTable.value);
}
