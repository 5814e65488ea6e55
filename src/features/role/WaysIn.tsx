import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { describeBandChange } from "../../core/describe";
import { programmeCards } from "../../core/roles/programme-cards";
import { waysInto } from "../../core/route";
import { DecisiveCaveats } from "../../components/DecisiveCaveats";
import { StepDetails, StepFacts } from "./StepFacts";

/** Origins named in full up to this many; beyond it the card says how many and lists them on demand. */
const NAMED_ORIGINS = 3;

/** Every way into a role, one card per programme, however many roles it is open from. */
export function WaysIn({ id, linkTo }: { id: string; linkTo: (nodeId: string) => string }) {
  const { graph } = useCareerData();
  const cards = programmeCards(waysInto(graph, id));
  if (cards.length === 0) return <p>No routes into this role are recorded.</p>;
  return (
    <ul className="step-cards">
      {cards.map((card) => {
        const route = graph.edgesByKey.get(card.step.edgeKey)?.route;
        const roles = card.from.filter((origin) => graph.nodes.get(origin.id)?.nodeType === "role").length;
        const what =
          roles === card.from.length
            ? "roles"
            : roles === 0
              ? "starting points"
              : "roles and starting points";
        const pay = describeBandChange(null, card.step.bands.whileTraining, card.step.bands.after);
        const links = card.from.map((origin, i) => (
          <span key={origin.id}>
            {i === 0 ? "" : i === card.from.length - 1 ? " or " : ", "}
            <AppLink to={linkTo(origin.id)}>{origin.title}</AppLink>
          </span>
        ));
        return (
          <li key={card.routeId} className="step-card">
            <h4 className="step-card__title">{card.step.programme}</h4>
            {card.from.length <= NAMED_ORIGINS ? (
              <p className="step-card__from">From {links}</p>
            ) : (
              <details className="details step-card__from">
                <summary>
                  From any of {card.from.length} {what}
                </summary>
                <p>{links}</p>
              </details>
            )}
            <dl className="facts facts--inline">
              <StepFacts step={card.step} />
              {pay === null ? null : (
                <div>
                  <dt>Pay</dt>
                  <dd>{pay}</dd>
                </div>
              )}
            </dl>
            <DecisiveCaveats caveats={route?.caveats ?? []} />
            <StepDetails step={card.step} route={route} />
          </li>
        );
      })}
    </ul>
  );
}
