import { useMapData, useOtherDatasetUrl } from "../lib/career-data-context";
import { withBasePath } from "../lib/paths";

/**
 * Says plainly, on every page, when the map shows a dataset named in the address rather than the one the site
 * publishes: whose it is (its own name and where it came from), with a way back to the site's own.
 */
export function OtherDatasetNotice() {
  const url = useOtherDatasetUrl();
  const { dataset } = useMapData();
  if (url === null) return null;
  return (
    <div className="notice other-dataset-notice" role="note">
      <p>
        You are looking at another dataset, “{dataset.meta.name}”, from {url}, not the one this site
        publishes. <a href={withBasePath("/")}>Go to this site’s own map</a>.
      </p>
    </div>
  );
}
