import type { Problem } from "./problems";

export type DatasetChoice =
  | { kind: "bundled"; url: string }
  /**
   * Another dataset named in the address (`?data=`), allowed to load. `param` is the form kept in every link:
   * absolute (a path on this site, or the full address), so it still points at the file from any page.
   */
  | { kind: "other"; url: string; param: string }
  | { kind: "refused"; problem: Problem };

const MAX_SHOWN = 120;

/**
 * Decides which dataset to load: the bundled one, or the one the address names (`?data=`, read by
 * parseSharedSettings) when it is on this site, under the path the site is served from (`basePath`, "" at the
 * root), or on a site the build trusts. Anything else is refused with a problem a person can act on; it is never
 * fetched. (Another site's pages on the same host are not this site's: a map at /careers-map/ does not load
 * /other-team/data.json.)
 * @example chooseDataset("/maps/ahp.json", new URL("https://example.nhs.uk/"), "/assets/careers.json", []).kind // "other"
 */
export function chooseDataset(
  param: string | null,
  location: URL,
  bundledUrl: string,
  allowedOrigins: ReadonlyArray<string>,
  basePath = "",
): DatasetChoice {
  if (param === null || param.trim() === "") return { kind: "bundled", url: bundledUrl };
  const shown = param.length > MAX_SHOWN ? `${param.slice(0, MAX_SHOWN)}…` : param;
  let target: URL;
  try {
    target = new URL(param, location);
  } catch {
    return refuse(`The dataset address “${shown}” is not a web address.`);
  }
  const sameOrigin = target.origin === location.origin;
  if (!sameOrigin && target.protocol !== "https:") {
    return refuse(`The dataset address “${shown}” must use https.`);
  }
  if (sameOrigin && basePath !== "" && !target.pathname.startsWith(`${basePath}/`)) {
    return refuse(
      `The dataset at “${shown}” is outside this map's part of the site (${basePath}/): put the file under it.`,
    );
  }
  if (!sameOrigin && !allowedOrigins.includes(target.origin)) {
    return refuse(
      `The dataset at “${shown}” is on another site (${target.origin}), which this map was not built to trust. ` +
        `Put the file on this site, or ask whoever publishes this map to add that site to its allowed list.`,
    );
  }
  return {
    kind: "other",
    url: target.toString(),
    param: sameOrigin ? `${target.pathname}${target.search}` : target.toString(),
  };
}

function refuse(message: string): DatasetChoice {
  return { kind: "refused", problem: { code: "dataset-not-allowed", path: "$", message } };
}
