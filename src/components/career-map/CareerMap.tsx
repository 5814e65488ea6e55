import { useCallback, useEffect, useMemo, useRef, type FocusEvent, type KeyboardEvent } from "react";
import type { MapLayout } from "../../core/map/career-map-layout";
import { titleOf } from "../../core/graph/career-graph";
import { boundsOf } from "../../core/map/geometry";
import { nextMove, type MapKey } from "../../core/map/keyboard-moves";
import { mapNodeLabel } from "../../core/map/node-label";
import { routeKindName } from "../../core/describe";
import { createPanZoom, type PanZoom } from "../../render/pan-zoom";
import { useAnnouncer } from "../../lib/announcer";
import { useMapViewStore } from "./map-view-store";
import { useCareerData } from "../../lib/career-data-context";
import { MapEdge, EdgeMarkers } from "./MapEdge";
import { MapLabels, MapLanes } from "./MapLanes";
import { EDGE_STYLES } from "./map-styles";
import { MapNode } from "./MapNode";
import "./career-map.scss";

interface CareerMapProps {
  layout: MapLayout;
  selectedId: string | null;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onEscape: () => void;
  /** A route to draw out (the planner's chosen route): its roles and steps stand out while nothing is hovered. */
  emphasis?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

const ARROW_KEYS = new Set<string>(["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"]);
/** The first view never shrinks text below this scale: people can zoom out, but must be able to read first. */
const MIN_READABLE_SCALE = 0.85;

/** The map itself: lanes, routes and nodes in an SVG that pans and zooms, and that the keyboard can walk. */
export function CareerMap({
  layout,
  selectedId,
  hrefFor,
  onOpen,
  onEscape,
  emphasis = null,
}: CareerMapProps) {
  const { dataset, graph } = useCareerData();
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const elements = useRef(new Map<string, HTMLElement | SVGElement>());
  const movingByKey = useRef(false);
  const hoveredId = useMapViewStore((s) => s.hoveredId);
  const focusedId = useMapViewStore((s) => s.focusedId);
  const setHovered = useMapViewStore((s) => s.setHovered);
  const setFocused = useMapViewStore((s) => s.setFocused);
  const announce = useAnnouncer((s) => s.announce);
  const boxes = useMemo(() => new Map(layout.nodes.map((b) => [b.id, b])), [layout]);
  const familyIndex = useMemo(
    () => new Map(layout.lanes.map((lane) => [lane.familyId, lane.familyIndex])),
    [layout],
  );
  const styleOf = useMemo(() => {
    const categories = new Map(dataset.routeKinds.map((kind) => [kind.id, kind.category]));
    return (kind: string) => EDGE_STYLES[categories.get(kind) ?? "training"];
  }, [dataset.routeKinds]);

  const contentBounds = useMemo(
    () => ({ x: -24, y: 0, width: layout.width + 48, height: layout.height }),
    [layout.width, layout.height],
  );

  // Marks the first frame painted after the map mounts, for the browser benchmark (npm run bench:map).
  useEffect(() => {
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("careers-map:painted")));
  }, []);

  // What the pointer or keyboard was on belongs to this map: another page's map must not start highlighted.
  useEffect(
    () => () => {
      setHovered(null);
      setFocused(null);
    },
    [setHovered, setFocused],
  );

  useEffect(() => {
    if (svgRef.current === null || viewportRef.current === null) return;
    const panZoom = createPanZoom({
      svg: svgRef.current,
      viewport: viewportRef.current,
      minScale: 0.2,
      maxScale: 2.5,
    });
    panZoomRef.current = panZoom;
    return () => {
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, []);

  // A new layout (other filters, other data) gets a fresh first view: as much as is readable, from the top left.
  useEffect(() => {
    panZoomRef.current?.fit(contentBounds, { minScale: MIN_READABLE_SCALE });
  }, [contentBounds]);

  // Opening a role brings it into view (centred when the page opens on it, otherwise with as little movement
  // as possible); closing it gives focus back to its node, so the keyboard carries on from where it was.
  const previousSelection = useRef(selectedId);
  const firstSelection = useRef(true);
  useEffect(() => {
    const box = selectedId === null ? undefined : boxes.get(selectedId);
    if (box !== undefined) {
      if (firstSelection.current) panZoomRef.current?.centreOn(box);
      else panZoomRef.current?.reveal(box, 48);
    }
    firstSelection.current = false;
    const closed = previousSelection.current;
    previousSelection.current = selectedId;
    if (selectedId === null && closed !== null) elements.current.get(closed)?.focus();
  }, [selectedId, boxes]);

  // A route to draw out is framed whole, as large as it fits.
  useEffect(() => {
    if (emphasis === null) return;
    const bounds = boundsOf([...emphasis.nodes].map((id) => boxes.get(id)).filter((b) => b !== undefined));
    if (bounds !== undefined) {
      const margin = 32;
      panZoomRef.current?.fit(
        {
          x: bounds.x - margin,
          y: bounds.y - margin,
          width: bounds.width + 2 * margin,
          height: bounds.height + 2 * margin,
        },
        { minScale: 0.4 },
      );
    }
  }, [emphasis, boxes]);

  const highlightId = hoveredId ?? focusedId ?? selectedId;
  const related = useMemo(() => {
    if (highlightId === null || !boxes.has(highlightId)) return emphasis;
    const nodes = new Set([highlightId]);
    const edges = new Set<string>();
    for (const edge of layout.edges) {
      if (edge.from === highlightId || edge.to === highlightId) {
        edges.add(edge.key);
        nodes.add(edge.from);
        nodes.add(edge.to);
      }
    }
    return { nodes, edges };
  }, [highlightId, layout.edges, boxes, emphasis]);

  // Each node's link and accessible name, worked out once per layout rather than on every highlight.
  const nodeLinks = useMemo(() => {
    const counts = new Map<string, { in: number; out: number }>();
    for (const box of layout.nodes) counts.set(box.id, { in: 0, out: 0 });
    for (const edge of layout.edges) {
      counts.get(edge.from)!.out++;
      counts.get(edge.to)!.in++;
    }
    return new Map(
      layout.nodes.map((box) => {
        const { in: routesIn, out: routesOut } = counts.get(box.id)!;
        const label = mapNodeLabel(graph.nodes.get(box.id)!, dataset.families, routesIn, routesOut);
        return [box.id, { href: hrefFor(box.id), label }];
      }),
    );
  }, [layout, graph, dataset.families, hrefFor]);

  const registerElement = useCallback((id: string, element: HTMLElement | SVGElement | null) => {
    if (element === null) elements.current.delete(id);
    else elements.current.set(id, element);
  }, []);

  const onFocusNode = useCallback(
    (id: string) => {
      if (!movingByKey.current) setFocused(id);
      movingByKey.current = false;
      const box = boxes.get(id);
      if (box !== undefined) panZoomRef.current?.reveal(box);
    },
    [boxes, setFocused],
  );

  // Focus leaving the map ends the keyboard's highlight; moving between nodes keeps it.
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
      setFocused(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === "Escape") {
      onEscape();
      return;
    }
    if (!ARROW_KEYS.has(event.key)) return;
    const current = (event.target as Element).closest("[data-node-id]")?.getAttribute("data-node-id");
    if (current === null || current === undefined) return;
    event.preventDefault();
    const state = useMapViewStore.getState();
    const context = state.focusedId === current ? state.moveContext : { cameFrom: null, direction: null };
    const move = nextMove(layout, current, context, event.key as MapKey);
    if (move === null) {
      announce(
        event.key === "ArrowRight"
          ? "No routes lead on from here."
          : event.key === "ArrowLeft"
            ? "No routes lead here."
            : "No more roles this way.",
      );
      return;
    }
    setFocused(move.to, { cameFrom: move.cameFrom, direction: move.direction });
    movingByKey.current = true;
    elements.current.get(move.to)?.focus();
    if (move.via !== null) {
      const route = graph.edgesByKey.get(move.via.key)?.route;
      const fromTitle = titleOf(graph, move.via.from);
      const toTitle = titleOf(graph, move.via.to);
      if (route !== undefined) {
        announce(
          `${routeKindName(dataset.routeKinds, route.kind)}: ${fromTitle} to ${toTitle}, by ${route.programme}.`,
        );
      }
    }
  };

  return (
    <div className="map-canvas">
      <div className="map-canvas__controls">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small map-button"
          aria-label="Zoom in"
          onClick={() => panZoomRef.current?.zoomBy(1.25)}
        >
          +
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small map-button"
          aria-label="Zoom out"
          onClick={() => panZoomRef.current?.zoomBy(0.8)}
        >
          −
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small map-button"
          onClick={() => panZoomRef.current?.fit(contentBounds)}
        >
          Fit to screen
        </button>
      </div>
      <svg
        ref={svgRef}
        className={`map${related === null ? "" : " has-highlight"}`}
        role="group"
        aria-label="Careers map. Tab moves through the roles; arrow keys follow the routes between them."
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        <EdgeMarkers />
        <g ref={viewportRef}>
          <MapLanes layout={layout} />
          <g className="map-edges" aria-hidden="true">
            {layout.edges.map((edge) => (
              <MapEdge
                key={edge.key}
                edge={edge}
                style={styleOf(edge.kind)}
                related={related?.edges.has(edge.key) ?? false}
              />
            ))}
          </g>
          <MapLabels layout={layout} />
          <g className="map-nodes">
            {layout.nodes.map((box) => {
              const link = nodeLinks.get(box.id)!;
              return (
                <MapNode
                  key={box.id}
                  box={box}
                  familyIndex={box.familyId === null ? null : (familyIndex.get(box.familyId) ?? null)}
                  href={link.href}
                  label={link.label}
                  selected={box.id === selectedId}
                  related={related?.nodes.has(box.id) ?? false}
                  registerElement={registerElement}
                  onOpen={onOpen}
                  onFocusNode={onFocusNode}
                  onHover={setHovered}
                />
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}
