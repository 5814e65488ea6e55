import { lazy, Suspense, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { pageOf, paths } from "../lib/paths";
import { useMapData } from "../lib/career-data-context";
import { usePageChangeFocus } from "./use-page-change-focus";
import { formatIsoDate } from "../core/text/format-date";
import { LiveAnnouncer } from "../components/LiveAnnouncer";
import { LoadBoundary } from "../components/LoadBoundary";
import { OtherDatasetNotice } from "../components/OtherDatasetNotice";
import { UpdatedNotice } from "./UpdatedNotice";
import "./layout.scss";

// Only web teams need the embed code, so it loads after the page.
const EmbedCodeDialog = lazy(() =>
  import("../features/embed/EmbedCodeDialog").then((m) => ({ default: m.EmbedCodeDialog })),
);

/** The page frame: skip link, header, the page itself and a footer that says how current the data is. */
export function Layout() {
  const { dataset, payTable } = useMapData();
  // The pay table applies to the dataset's roles only when the dataset declares its scale.
  const payScale = dataset.payScales.find((scale) => scale.id === payTable.scale);
  const mainRef = useRef<HTMLElement>(null);
  usePageChangeFocus(mainRef);
  // The map with a role open is still the map page.
  const onMapPage = pageOf(useLocation().pathname) === "map";
  return (
    <>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to={paths.map()}>
            {dataset.meta.name}
          </Link>
          {dataset.meta.strapline === undefined ? null : (
            <p className="site-header__tagline">{dataset.meta.strapline}</p>
          )}
        </div>
        <nav className="site-nav" aria-label="Main">
          <ul className="site-nav__list">
            <li>
              <Link to={paths.map()} aria-current={onMapPage ? "page" : undefined}>
                Map
              </Link>
            </li>
            <li>
              <NavLink to={paths.roles()} end>
                All roles
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.plan()}>Plan a route</NavLink>
            </li>
            <li>
              <NavLink to={paths.compare()}>Compare roles</NavLink>
            </li>
            <li className="site-nav__embed">
              <LoadBoundary what="the embed code">
                <Suspense fallback={null}>
                  <EmbedCodeDialog />
                </Suspense>
              </LoadBoundary>
            </li>
          </ul>
        </nav>
      </header>
      <main ref={mainRef} id="main-content" className="page" tabIndex={-1}>
        <UpdatedNotice />
        <OtherDatasetNotice />
        <Outlet />
      </main>
      <LiveAnnouncer />
      <footer className="site-footer">
        <p>
          Data last reviewed{" "}
          <time dateTime={dataset.meta.lastReviewed}>{formatIsoDate(dataset.meta.lastReviewed)}</time>.
          {payScale === undefined
            ? null
            : ` Pay figures are ${payScale.name} ${payTable.payYear} (${payTable.region}).`}
        </p>
      </footer>
    </>
  );
}
