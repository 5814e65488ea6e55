/**
 * Makes the poster of a view of the map, with its QR code: loaded with the poster's choices (PosterDownload),
 * so neither the builder nor the QR library weighs on the map's first page.
 */
import { generate } from "lean-qr";
import { toSvgPath } from "lean-qr/extras/svg";
import type { CareerGraph } from "../../core/graph/career-graph";
import type { Dataset } from "../../core/dataset/schema";
import { visibleGraph, type MapFilters } from "../../core/filters/map-filters";
import type { PaperSize } from "../../core/poster/paper";
import { posterSvg } from "../../core/poster/poster-svg";
import {
  posterContent,
  posterFileName,
  posterSubtitle,
  type PosterReach,
} from "../../core/poster/poster-view";

export interface PosterRequest {
  graph: CareerGraph;
  dataset: Dataset;
  filters: MapFilters;
  starts: string[];
  /** What the starts reach; null when none are chosen. */
  reach: PosterReach | null;
  /** The live map's full address for this view. */
  url: string;
  paper: PaperSize;
}

export function makePoster({ graph, dataset, filters, starts, reach, url, paper }: PosterRequest): {
  svg: string;
  fileName: string;
  subtitle: string;
} {
  const visible = visibleGraph(graph, filters);
  const drawn = posterContent(graph, visible, reach);
  const roleCount = [...drawn.nodeIds].filter((id) => graph.nodes.get(id)?.nodeType === "role").length;
  const subtitle = posterSubtitle(graph, dataset, filters, reach === null ? [] : reach.starts, roleCount);
  const bitmap = generate(url);
  const svg = posterSvg({
    graph,
    dataset,
    drawn,
    visible,
    subtitle,
    url,
    qr: { path: toSvgPath(bitmap), size: bitmap.size },
    paper,
  });
  return { svg, fileName: posterFileName(dataset.meta.id, filters, starts, paper), subtitle };
}
