import { SourceList, sourcesWithIds } from "../../components/SourceList";
import { useCareerData } from "../../lib/career-data-context";
import { changesADecision } from "../../core/caveats/changes-a-decision";
import type { Caveat, CareerNode } from "../../core/dataset/schema";
import { CONFIDENCE_LABELS, fieldLabel } from "../../core/describe";
import { formatIsoDate } from "../../core/text/format-date";
import { plural } from "../../core/text/words";

/** The routes a role page shows (in and out), each once, with the name people know it by. */
function routesOnPage(graph: ReturnType<typeof useCareerData>["graph"], id: string) {
  const edges = [...(graph.inEdges.get(id) ?? []), ...(graph.outEdges.get(id) ?? [])];
  return [...new Map(edges.map((edge) => [edge.route.id, edge.route])).values()];
}

/**
 * How sure the data is, in one line with the date the role was last reviewed, and behind it every caveat that
 * does not change a decision (those are shown beside their facts) and the page's sources.
 */
export function HowSure({ node }: { node: CareerNode }) {
  const { dataset, graph } = useCareerData();
  const about: { subject: string; caveat: Caveat }[] = [
    ...node.caveats.map((caveat) => ({ subject: node.title, caveat })),
    ...routesOnPage(graph, node.id).flatMap((route) =>
      route.caveats.map((caveat) => ({ subject: route.programme, caveat })),
    ),
  ].filter(({ caveat }) => !changesADecision(caveat));
  return (
    <>
      <details className="details how-sure">
        <summary>
          How sure are we?{" "}
          {about.length === 0
            ? "Every fact here is sourced"
            : `${plural(about.length, "fact")} here ${about.length === 1 ? "is" : "are"} worked out or not yet confirmed`}
          ; last reviewed {formatIsoDate(node.lastReviewed)}
        </summary>
        {about.length === 0 ? (
          <p>Every fact on this page is taken from the sources below.</p>
        ) : (
          <>
            <p>
              These are probably right, but check them before relying on them. Where a doubt could change a
              decision, it is shown beside the fact instead.
            </p>
            <ul className="how-sure__list">
              {about.map(({ subject, caveat }, i) => (
                <li key={i}>
                  <strong>
                    {subject}, {fieldLabel(caveat.field).toLowerCase()} (
                    {CONFIDENCE_LABELS[caveat.confidence].toLowerCase()}):
                  </strong>{" "}
                  {caveat.note}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>Sources for this page:</p>
        <SourceList sources={sourcesWithIds(dataset.sources, node.sources)} />
      </details>
    </>
  );
}
