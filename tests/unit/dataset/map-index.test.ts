import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { mapIndexOf } from "../../../src/core/dataset/map-index";
import { NO_FILTERS, visibleGraph, type MapFilters } from "../../../src/core/filters/map-filters";
import { buildCareerGraph, namesOf } from "../../../src/core/graph/career-graph";
import { layoutCareerMap } from "../../../src/core/map/career-map-layout";
import { mapNodeLabel, mapRouteLabel } from "../../../src/core/map/node-label";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const index = mapIndexOf(dataset);
const indexGraph = buildCareerGraph(index);

// The first page is drawn from the index and hydrates HTML the build rendered from the whole dataset: every
// part of the map must come out the same from either.
describe("the map index", () => {
  const filters: MapFilters[] = [
    NO_FILTERS,
    { ...NO_FILTERS, families: [dataset.families[1]!.id] },
    { ...NO_FILTERS, kinds: ["apprenticeship"] },
    { ...NO_FILTERS, registration: ["statutory"], ageGroups: ["children-and-young-people"] },
    { ...NO_FILTERS, apprenticeshipOnly: true },
  ];

  it.each(filters)("filters and lays out the map as the whole dataset does (%j)", (filter) => {
    const fromIndex = visibleGraph(indexGraph, filter);
    expect(fromIndex).toEqual(visibleGraph(graph, filter));
    expect(layoutCareerMap(indexGraph, index, fromIndex)).toEqual(
      layoutCareerMap(graph, dataset, visibleGraph(graph, filter)),
    );
  });

  it("names every node and route for screen readers and the search as the whole dataset does", () => {
    for (const [id, node] of graph.nodes) {
      const indexed = indexGraph.nodes.get(id)!;
      expect(mapNodeLabel(indexed, index.families, 1, 2)).toBe(mapNodeLabel(node, dataset.families, 1, 2));
      expect(namesOf(indexed)).toEqual(namesOf(node));
    }
    for (const edge of graph.edges) {
      const indexed = indexGraph.edgesByKey.get(edge.key)!;
      expect(mapRouteLabel(indexGraph, index.routeKinds, indexed)).toBe(
        mapRouteLabel(graph, dataset.routeKinds, edge),
      );
    }
  });

  it("leaves out the prose, requirements and sources, and is a small part of the dataset", () => {
    const text = JSON.stringify(index);
    expect(text).not.toContain('"sources"');
    expect(text).not.toContain('"prerequisites"');
    expect(text).not.toContain('"summary"');
    const size = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    expect(size(index)).toBeLessThan(size(dataset) / 4);
  });
});
