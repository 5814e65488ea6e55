import { useEffect, useMemo, useRef } from "react";
import { Outlet, useLocation, useSearchParams } from "react-router";
import { useMapData } from "../../lib/career-data-context";
import { EmbedScopeContext, type EmbedScope } from "../../lib/embed-scope";
import { toFullPath, withBasePath } from "../../lib/paths";
import { LiveAnnouncer } from "../../components/LiveAnnouncer";
import { OtherDatasetNotice } from "../../components/OtherDatasetNotice";
import { formatIsoDate } from "../../core/text/format-date";
import { parseSharedSettings } from "../../core/url/shared-settings";
import { embedHeading } from "../../core/embed/embed-view";
import { createHeightReporter } from "../../render/height-reporter";
import "./embed.scss";

/**
 * The frame for /embed views: the page without the site's header, navigation or footer, a heading that says
 * what is embedded (the page shows it), a link to the full careers map, and (inside an iframe) height reports
 * to the host page.
 */
export function EmbedLayout() {
  const { dataset, graph } = useMapData();
  const [params] = useSearchParams();
  const location = useLocation();
  const rootRef = useRef<HTMLDivElement>(null);
  // Keyed on the one setting, not on the search params, so the scope (a context value) changes only with it.
  const fullPageTarget = parseSharedSettings(params).links === "top" ? "_top" : "_blank";
  const fullPath = toFullPath(location.pathname);
  const heading = embedHeading(graph, dataset, fullPath, params);
  const scope = useMemo<EmbedScope>(
    () => ({ embedded: true, fullPageTarget, heading }),
    [fullPageTarget, heading],
  );
  const pathRef = useRef(location.pathname);
  useEffect(() => {
    pathRef.current = location.pathname;
  }, [location.pathname]);

  useEffect(() => {
    if (rootRef.current === null || window.parent === window) return;
    const reporter = createHeightReporter({
      element: rootRef.current,
      // The height is not private, and the host's origin is not known in advance, so any host may read it.
      post: (message) => window.parent.postMessage(message, "*"),
      path: () => pathRef.current,
    });
    return () => reporter.destroy();
  }, []);

  const fullHref = withBasePath(`${fullPath}${location.search}`);
  return (
    <EmbedScopeContext.Provider value={scope}>
      <div ref={rootRef} className="embed">
        <main id="main-content" className="page embed__page">
          <OtherDatasetNotice />
          <Outlet />
        </main>
        <LiveAnnouncer />
        <p className="embed__footer">
          <a href={fullHref} target={scope.fullPageTarget} rel="noopener">
            Open this in the full careers map
            {scope.fullPageTarget === "_blank" ? (
              <span className="visually-hidden"> (opens in a new tab)</span>
            ) : null}
          </a>{" "}
          · Data last reviewed{" "}
          <time dateTime={dataset.meta.lastReviewed}>{formatIsoDate(dataset.meta.lastReviewed)}</time>
        </p>
      </div>
    </EmbedScopeContext.Provider>
  );
}
