import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import type { EdgePath, MapLayout } from "../../core/map/career-map-layout";
import { boundsOf, type Rect } from "../../core/map/geometry";
import { highlightVeilPath } from "../../core/map/highlight-veil";
import { nextMove, type MapKey } from "../../core/map/keyboard-moves";
import { mapNodeLabel, mapRouteLabel } from "../../core/map/node-label";
import {
  contentBounds,
  firstView,
  fitView,
  READABLE_SCALE,
  type Viewpoint,
} from "../../core/map/readable-views";
import { createPanZoom, type PanZoom } from "../../render/pan-zoom";
import { useAnnouncer } from "../../lib/announcer";
import { useMapViewStore } from "./map-view-store";
import { useMapData } from "../../lib/career-data-context";
import { MapEdge, EdgeMarkers } from "./MapEdge";
import { MapLabels, MapLanes } from "./MapLanes";
import { EDGE_STYLES } from "../../core/map/map-styles";
import { MapNode } from "./MapNode";
import { MapOverview } from "./MapOverview";
import "./career-map.scss";

/** Roles and routes that stand out on the map while nothing is hovered or in focus. */
export interface MapEmphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The nodes to bring into view (all of `nodes` when not given). */
  frame?: ReadonlySet<string>;
}

interface CareerMapProps {
  layout: MapLayout;
  selectedId: string | null;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onEscape: () => void;
  /** A route to draw out (the planner's chosen route): its roles and steps stand out, framed whole. */
  emphasis?: MapEmphasis | null;
  /**
   * What the starting points a person chose light up: the roles they can reach and the first steps, drawn
   * while nothing is hovered or in focus. The view moves to show them when they change.
   */
  lit?: MapEmphasis | null;
}

const ARROW_KEYS = new Set<string>(["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"]);
/** The height of the controls above the map and the room round it, at most. */
const MAP_CHROME = 120;
/** Room kept round a role brought into view. */
const REVEAL_PADDING = 48;

/**
 * The map itself: lanes, routes and nodes in an SVG that pans and zooms, and that the keyboard can walk, with
 * its controls above it and an overview beside it. A family's own routes (its ladder) are always drawn; routes
 * between families and from starting points only for the role in focus, the route drawn out or the starting
 * points chosen.
 */
export function CareerMap({
  layout,
  selectedId,
  hrefFor,
  onOpen,
  onEscape,
  emphasis = null,
  lit = null,
}: CareerMapProps) {
  const { dataset, graph } = useMapData();
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const elements = useRef(new Map<string, HTMLElement | SVGElement>());
  const movingByKey = useRef(false);
  const pointerDown = useRef(false);
  const viewListeners = useRef(new Set<(view: Viewpoint) => void>());
  const hoveredId = useMapViewStore((s) => s.hoveredId);
  const focusedId = useMapViewStore((s) => s.focusedId);
  const setHovered = useMapViewStore((s) => s.setHovered);
  const setFocused = useMapViewStore((s) => s.setFocused);
  const announce = useAnnouncer((s) => s.announce);
  const boxes = useMemo(() => new Map(layout.nodes.map((b) => [b.id, b])), [layout]);
  const bounds = useMemo(() => contentBounds(layout), [layout]);
  const familyIndex = useMemo(
    () => new Map(layout.lanes.map((lane) => [lane.familyId, lane.familyIndex])),
    [layout],
  );
  const styleOf = useMemo(() => {
    const categories = new Map(dataset.routeKinds.map((kind) => [kind.id, kind.category]));
    return (kind: string) => EDGE_STYLES[categories.get(kind) ?? "training"];
  }, [dataset.routeKinds]);
  const [family, setFamily] = useState("");
  const canvasRef = useRef<HTMLDivElement>(null);

  // No taller than the map at life size (with its controls), so a small map leaves no empty frame. Set on the
  // element rather than as a style attribute: the Content-Security-Policy refuses style attributes in HTML, and
  // the map's HTML is rendered at build time.
  useLayoutEffect(() => {
    canvasRef.current?.style.setProperty("max-height", `${Math.ceil(layout.height) + MAP_CHROME}px`);
  }, [layout.height]);

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
      minScale: 0.3,
      maxScale: 2.5,
      onChange: (view) => viewListeners.current.forEach((listener) => listener(view)),
    });
    panZoomRef.current = panZoom;
    return () => {
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, []);

  const showFirstView = useCallback(() => {
    const panZoom = panZoomRef.current;
    if (panZoom === null) return;
    const frame = panZoom.size();
    if (frame.width > 0) panZoom.setView(firstView(layout, frame));
  }, [layout]);

  const showRect = useCallback((rect: Rect) => {
    const panZoom = panZoomRef.current;
    if (panZoom === null) return;
    const frame = panZoom.size();
    if (frame.width > 0) panZoom.setView(fitView(rect, frame));
  }, []);

  // A new layout (other filters, other data) gets a fresh first view.
  useEffect(showFirstView, [showFirstView]);

  // Opening a role brings it into view (centred when the page opens on it, otherwise with as little movement
  // as possible); closing it gives focus back to its node, so the keyboard carries on from where it was.
  const previousSelection = useRef(selectedId);
  const firstSelection = useRef(true);
  useEffect(() => {
    const box = selectedId === null ? undefined : boxes.get(selectedId);
    if (box !== undefined) {
      if (firstSelection.current) panZoomRef.current?.centreOn(box);
      else panZoomRef.current?.reveal(box, REVEAL_PADDING);
    }
    firstSelection.current = false;
    const closed = previousSelection.current;
    previousSelection.current = selectedId;
    if (selectedId === null && closed !== null) elements.current.get(closed)?.focus();
  }, [selectedId, boxes]);

  // The frame changes size when a panel opens beside the map or the window turns: the open role stays in view.
  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null || typeof ResizeObserver === "undefined") return;
    let previous = { width: 0, height: 0 };
    const observer = new ResizeObserver(() => {
      const { width, height } = svg.getBoundingClientRect();
      if (width === previous.width && height === previous.height) return;
      const first = previous.width === 0;
      previous = { width, height };
      if (first || width === 0) return;
      const box = selectedId === null ? undefined : boxes.get(selectedId);
      if (box !== undefined) panZoomRef.current?.reveal(box, REVEAL_PADDING);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [selectedId, boxes]);

  // A route to draw out, or the first steps from chosen starting points, is brought into view at a readable
  // zoom; when it is too wide for the frame (a phone), its roles without the starting points' column.
  const framed = emphasis ?? lit;
  useEffect(() => {
    const frame = panZoomRef.current?.size();
    if (framed === null || frame === undefined) return;
    const chosen = [...(framed.frame ?? framed.nodes)]
      .map((id) => boxes.get(id))
      .filter((b) => b !== undefined);
    const margin = 32;
    const padded = (bounds: Rect) => ({
      x: bounds.x - margin,
      y: bounds.y - margin,
      width: bounds.width + 2 * margin,
      height: bounds.height + 2 * margin,
    });
    const all = boundsOf(chosen);
    const roles = boundsOf(chosen.filter((box) => box.column > 0));
    if (all === undefined) return;
    const fits = padded(all).width * READABLE_SCALE <= frame.width;
    showRect(padded(fits || roles === undefined ? all : roles));
  }, [framed, boxes, showRect]);

  const highlightId = hoveredId ?? focusedId ?? selectedId;
  const related = useMemo(() => {
    if (highlightId === null || !boxes.has(highlightId)) return emphasis ?? lit;
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
  }, [highlightId, layout.edges, boxes, emphasis, lit]);

  // A family's ladder is always drawn, and the routes of what is lit or drawn out (they change only when a
  // person chooses). What is highlighted is drawn again on top, in its own layer (below).
  const ladder = useMemo(() => layout.edges.filter((edge) => edge.layer === "ladder"), [layout.edges]);
  const onDemand = useMemo(() => {
    const shown = new Set([...(lit?.edges ?? []), ...(emphasis?.edges ?? [])]);
    return layout.edges.filter((edge) => edge.layer !== "ladder" && shown.has(edge.key));
  }, [layout.edges, lit, emphasis]);
  const highlighted = useMemo(
    () => (related === null ? [] : layout.edges.filter((edge) => related.edges.has(edge.key))),
    [layout.edges, related],
  );
  const veil = useMemo(
    () =>
      related === null
        ? null
        : highlightVeilPath(
            bounds,
            [...related.nodes].map((id) => boxes.get(id)),
          ),
    [related, bounds, boxes],
  );

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
        // What the chosen starting points light up is said as well as shown.
        const reach = lit === null ? "" : lit.nodes.has(box.id) ? " Within reach." : " Out of reach.";
        return [box.id, { href: hrefFor(box.id), label: `${label}${reach}` }];
      }),
    );
  }, [layout, graph, dataset.families, hrefFor, lit]);

  const registerElement = useCallback((id: string, element: HTMLElement | SVGElement | null) => {
    if (element === null) elements.current.delete(id);
    else elements.current.set(id, element);
  }, []);

  const onFocusNode = useCallback(
    (id: string) => {
      if (!movingByKey.current) setFocused(id);
      movingByKey.current = false;
      // Focus from a press of the pointer must not move the map: the click would land somewhere else.
      if (pointerDown.current) return;
      const box = boxes.get(id);
      if (box !== undefined) panZoomRef.current?.reveal(box);
    },
    [boxes, setFocused],
  );

  useEffect(() => {
    const release = () => {
      pointerDown.current = false;
    };
    window.addEventListener("pointerup", release);
    window.addEventListener("pointercancel", release);
    return () => {
      window.removeEventListener("pointerup", release);
      window.removeEventListener("pointercancel", release);
    };
  }, []);

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
      const edge = graph.edgesByKey.get(move.via.key);
      if (edge !== undefined) announce(mapRouteLabel(graph, dataset.routeKinds, edge));
    }
  };

  const goToFamily = (event: ChangeEvent<HTMLSelectElement>) => {
    const lane = layout.lanes.find((l) => l.familyId === event.target.value);
    setFamily(event.target.value);
    if (lane !== undefined) showRect({ x: lane.x, y: lane.y, width: lane.width, height: lane.height });
  };

  const subscribeToView = useCallback((listener: (view: Viewpoint) => void) => {
    viewListeners.current.add(listener);
    const panZoom = panZoomRef.current;
    if (panZoom !== null) listener(panZoom.view());
    return () => {
      viewListeners.current.delete(listener);
    };
  }, []);

  const frameSize = useCallback(() => panZoomRef.current?.size() ?? { width: 0, height: 0 }, []);
  const centreOn = useCallback(
    (point: { x: number; y: number }) =>
      panZoomRef.current?.centreOn({ x: point.x, y: point.y, width: 0, height: 0 }),
    [],
  );

  const drawEdge = (edge: EdgePath, related: boolean) => (
    <MapEdge key={edge.key} edge={edge} style={styleOf(edge.kind)} related={related} />
  );

  return (
    <div className="map-canvas" ref={canvasRef}>
      <div className="map-canvas__controls">
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
          aria-label="Zoom in"
          onClick={() => panZoomRef.current?.zoomBy(1.25)}
        >
          +
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small map-button"
          onClick={() => {
            setFamily("");
            showFirstView();
          }}
        >
          Reset the view
        </button>
        {layout.lanes.length > 1 ? (
          <label className="map-canvas__family">
            <span>Go to a family</span>
            <select className="nhsuk-select" value={family} onChange={goToFamily}>
              <option value="">Choose a family</option>
              {layout.lanes.map((lane) => (
                <option key={lane.familyId} value={lane.familyId}>
                  {lane.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="map-canvas__body">
        <svg
          ref={svgRef}
          className="map"
          role="group"
          aria-label="Careers map. Tab moves through the roles; arrow keys follow the routes between them."
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          onPointerDown={() => {
            pointerDown.current = true;
          }}
        >
          <EdgeMarkers />
          <g ref={viewportRef}>
            <MapLanes layout={layout} />
            <g className={`map-edges${related === null ? "" : " is-faded"}`} aria-hidden="true">
              {ladder.map((edge) => drawEdge(edge, false))}
              {onDemand.map((edge) => drawEdge(edge, false))}
            </g>
            <g className="map-nodes">
              {layout.nodes.map((box) => {
                const link = nodeLinks.get(box.id)!;
                return (
                  <MapNode
                    key={box.id}
                    box={box}
                    metrics={layout.metrics}
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
            {veil === null ? null : (
              <g className="map-highlight" aria-hidden="true">
                <path className="map-highlight__veil" d={veil} />
                {highlighted.map((edge) => drawEdge(edge, true))}
              </g>
            )}
            {/* Above the veil: a family's name in its colour would lose contrast under it. */}
            <MapLabels layout={layout} />
          </g>
        </svg>
        <MapOverview
          layout={layout}
          bounds={bounds}
          lit={related?.nodes ?? null}
          subscribe={subscribeToView}
          frameSize={frameSize}
          onCentre={centreOn}
        />
      </div>
    </div>
  );
}
