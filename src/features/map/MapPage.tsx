import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type Ref,
} from "react";
import { AppLink } from "../../components/AppLink";
import { useMapData } from "../../lib/career-data-context";
import { MarkStarted } from "../../components/MarkStarted";
import { useAppHref, useEmbedScope } from "../../lib/embed-scope";
import { paths } from "../../lib/paths";
import { layoutCareerMap } from "../../core/map/career-map-layout";
import { isTooBigToDraw } from "../../core/map/drawable-graph";
import {
  countActiveFilters,
  hasActiveFilters,
  NO_FILTERS,
  visibleGraph,
} from "../../core/filters/map-filters";
import { CareerMap } from "../../components/career-map/CareerMap";
import { MapFiltersForm } from "./MapFiltersForm";
import { MapLegend } from "../../components/career-map/MapLegend";
import { RoleSearch } from "./RoleSearch";
import { useMapView } from "./use-map-view";
import { StartChooser } from "./StartChooser";
import { routeInReach, type StartingReach } from "../../core/map/starting-reach";
import { PageTitle } from "../../components/PageTitle";
import { formatNumber } from "../../core/text/format-number";
import "./map-page.scss";

/** The poster's choices load the first time someone opens them: the first page stays small. */
const PosterDownload = lazy(() =>
  import("./PosterDownload").then((module) => ({ default: module.PosterDownload })),
);

/** What the panel beside the map is given: the open role, where its links go, and how to close it. */
export interface NodePanelProps {
  id: string;
  /** Where links to other nodes go: the same map view with that node open. */
  linkTo: (nodeId: string) => string;
  onClose: () => void;
}

/**
 * The careers map with its search, filters and key, and the chosen role's details beside it. The app says
 * what the details are (the role page), so the map knows no other feature; the panel may load lazily.
 */
/** A button above the map that shows and hides one of its panels (filters, key, start, poster). */
function PanelToggle({
  shown,
  controls,
  onToggle,
  buttonRef,
  children,
}: {
  shown: boolean;
  /** The id of the panel it shows. */
  controls: string;
  onToggle: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="nhsuk-button nhsuk-button--secondary"
      aria-expanded={shown}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}

export function MapPage({ NodePanel }: { NodePanel: ComponentType<NodePanelProps> }) {
  const { dataset, graph } = useMapData();
  const {
    selectedId,
    filters,
    ignored,
    search,
    starts,
    setFilters,
    setSearch,
    openNode,
    closeNode,
    setStarts,
  } = useMapView();
  // What the chosen starts reach, once the summary beside the choice has worked it out (for the same starts).
  const [reached, setReached] = useState<StartingReach | null>(null);
  const reach = reached !== null && reached.starts.join(",") === starts.join(",") ? reached : null;
  // An embed opens on the map, its filters folded away (its heading says what they are).
  const { embedded, heading } = useEmbedScope();
  const [showFilters, setShowFilters] = useState(!embedded && hasActiveFilters(filters));
  const [showKey, setShowKey] = useState(false);
  // In an embed the choice of who you are is folded away like the filters, so a phone opens on the map;
  // a choice already in the address shows.
  const [showStarts, setShowStarts] = useState(!embedded || starts.length > 0);
  // Once opened, the poster's choices stay mounted (hidden when closed), so a poster being printed stays.
  const [showPoster, setShowPoster] = useState(false);
  const [posterOpened, setPosterOpened] = useState(false);
  const filtersButtonRef = useRef<HTMLButtonElement>(null);

  const visible = useMemo(() => visibleGraph(graph, filters), [graph, filters]);
  // A map of thousands of roles would be unreadable and too slow for a cheap phone: past a limit the page
  // offers filters, search and the list instead of drawing it.
  const tooManyToDraw = isTooBigToDraw(visible);
  const layout = useMemo(
    () =>
      layoutCareerMap(graph, dataset, tooManyToDraw ? { nodeIds: new Set(), edgeKeys: new Set() } : visible),
    [graph, dataset, visible, tooManyToDraw],
  );
  const visibleRoles = [...visible.nodeIds].filter((id) => graph.nodes.get(id)?.nodeType === "role").length;
  const appHref = useAppHref();
  // Links between roles in the panel are app paths that keep the whole view.
  const pathFor = (id: string) => paths.role(id, { filters, search, starts });
  // The map's nodes are plain links and need full hrefs. They keep the filters and starts but not the text
  // being typed in the search box, so typing does not re-render every node.
  const hrefFor = useCallback(
    (id: string) => appHref(paths.role(id, { filters, starts })),
    [appHref, filters, starts],
  );
  // What the chosen starts light up on the map: what they reach, the routes of their first steps, and the
  // ladders between the roles they reach.
  const lit = useMemo(() => {
    if (reach === null) return null;
    const firstStepEnds = new Set(reach.firstSteps.map((step) => step.to));
    const edges = new Set(layout.edges.filter((edge) => routeInReach(reach, edge)).map((edge) => edge.key));
    return { nodes: reach.reachable, edges, frame: new Set([...reach.starts, ...firstStepEnds]) };
  }, [reach, layout]);

  // Escape inside the open panel closes it, as the Close button does.
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && panelRef.current?.contains(event.target as Node) === true) closeNode();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [selectedId, closeNode]);

  const activeCount = countActiveFilters(filters);
  const mapHint = (
    <p className="map-page__hint">
      Each family’s career ladder is drawn. Point at, tap or move to a role to draw all its routes: “+4” on a
      role means they also join it to 4 roles in other families.
    </p>
  );

  return (
    <div className={`map-page${selectedId === null ? "" : " has-panel"}`}>
      {selectedId === null ? <PageTitle>Careers map</PageTitle> : null}
      <div className="map-page__main">
        <h1 className="map-page__title">{heading ?? "Careers map"}</h1>
        <p className="map-page__intro">
          Roles in NHS psychological professions and mental health support, and the routes between them. Start
          from who you are, or choose a role to see its pay, training and the ways in and on.
        </p>
        <div className="map-toolbar">
          <RoleSearch value={search} onChange={setSearch} onChoose={openNode} />
          <div className="map-toolbar__buttons">
            <PanelToggle
              buttonRef={filtersButtonRef}
              shown={showFilters}
              controls="map-filters"
              onToggle={() => setShowFilters((v) => !v)}
            >
              Filters{activeCount === 0 ? "" : ` (${activeCount} on)`}
            </PanelToggle>
            <PanelToggle shown={showKey} controls="map-key" onToggle={() => setShowKey((v) => !v)}>
              Key
            </PanelToggle>
            {embedded ? (
              <PanelToggle shown={showStarts} controls="map-start" onToggle={() => setShowStarts((v) => !v)}>
                Start from who you are{starts.length === 0 ? "" : ` (${starts.length} chosen)`}
              </PanelToggle>
            ) : null}
            <PanelToggle
              shown={showPoster}
              controls="map-poster"
              onToggle={() => {
                setShowPoster((v) => !v);
                setPosterOpened(true);
              }}
            >
              Download this map
            </PanelToggle>
            <AppLink className="map-toolbar__link" to={paths.roles({ filters })}>
              {hasActiveFilters(filters) ? "These roles as a list" : "List of all roles"}
            </AppLink>
          </div>
        </div>
        {ignored.length === 0 ? null : (
          <div className="notice" role="note">
            Some choices in this link were not recognised and have been ignored: {ignored.join(", ")}.
          </div>
        )}
        <div id="map-filters" hidden={!showFilters}>
          <MapFiltersForm filters={filters} onChange={setFilters} />
        </div>
        <div id="map-key" hidden={!showKey}>
          <MapLegend lanes={layout.lanes} routeKinds={dataset.routeKinds} />
        </div>
        <div id="map-poster" hidden={!showPoster}>
          {posterOpened ? (
            <Suspense fallback={<p role="status">Loading…</p>}>
              <PosterDownload filters={filters} starts={starts} reach={starts.length === 0 ? null : reach} />
            </Suspense>
          ) : null}
        </div>
        {/* After the search, so the keyboard reaches the search in a few presses of Tab. */}
        <div id="map-start" hidden={!showStarts}>
          <StartChooser starts={starts} onChange={setStarts} onReach={setReached} linkTo={pathFor} />
        </div>
        <p className="map-page__count" role="status">
          Showing {visibleRoles} of {dataset.roles.length} roles
          {hasActiveFilters(filters) ? " that match the filters" : ""}.
        </p>
        {embedded ? null : mapHint}
        <a className="skip-map" href="#after-map">
          Skip past the map
        </a>
        {tooManyToDraw ? (
          <div className="notice" role="note">
            <p>
              This careers map has {formatNumber(visibleRoles)} roles to show: too many to draw at once.
              Choose some families in the filters to draw part of it, search for a role above, or use the{" "}
              <AppLink to={paths.roles({ filters })}>list of roles</AppLink>.
            </p>
          </div>
        ) : visibleRoles === 0 ? (
          <div className="notice">
            <p>No roles match these filters.</p>
            <button
              type="button"
              className="nhsuk-button"
              onClick={() => {
                // This button goes once the map is back: focus moves to the filters it reset.
                setFilters(() => NO_FILTERS);
                filtersButtonRef.current?.focus();
              }}
            >
              Clear filters
            </button>
          </div>
        ) : (
          <CareerMap
            layout={layout}
            selectedId={selectedId}
            hrefFor={hrefFor}
            onOpen={openNode}
            onEscape={closeNode}
            lit={lit}
          />
        )}
        {/* An embed's frame on a phone opens on the map: how to read it follows it. */}
        {embedded ? mapHint : null}
        <div id="after-map" tabIndex={-1} />
      </div>
      {/* The page has started once its main content has: the role's panel when one is open. */}
      {selectedId === null ? (
        <MarkStarted />
      ) : (
        <div className="map-page__panel" ref={panelRef}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <NodePanel id={selectedId} linkTo={pathFor} onClose={closeNode} />
            <MarkStarted />
          </Suspense>
        </div>
      )}
    </div>
  );
}
