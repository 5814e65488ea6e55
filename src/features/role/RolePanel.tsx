import { useId, useLayoutEffect, useMemo, useRef } from "react";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { isBandedPay, type BandRange, type CareerNode, type Role } from "../../core/dataset/schema";
import {
  AGE_GROUP_WORDS,
  formatBandWithPay,
  payScaleName,
  REGISTRATION_LABELS,
  STATUS_LABELS,
} from "../../core/describe";
import { titleOf } from "../../core/graph/career-graph";
import { nextSteps, waysInto } from "../../core/route";
import { closestMatches } from "../../core/text/closest-matches";
import { formatIsoDate } from "../../core/text/format-date";
import { capitalise } from "../../core/text/words";
import { CaveatNotes } from "./CaveatNotes";
import { RouteList } from "./RouteList";
import { SourceList, sourcesWithIds } from "../../components/SourceList";
import { PageTitle } from "../../components/PageTitle";
import "./role-panel.scss";

interface RolePanelProps {
  id: string;
  /** Where links to other nodes go: usually the same map view with that node open. */
  linkTo: (nodeId: string) => string;
  onClose: () => void;
}

/** Details of one role or starting point, beside the map (or as a page of its own on a phone). */
export function RolePanel({ id, linkTo, onClose }: RolePanelProps) {
  const { graph } = useCareerData();
  const node = graph.nodes.get(id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // Opening a role moves focus to its heading, so keyboard and screen-reader users land on what they chose.
  // A layout effect, so focus has moved by the time the panel is on screen, not a moment after.
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, [id]);

  return (
    <section className="role-panel" aria-labelledby={headingId}>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small role-panel__close"
        onClick={onClose}
      >
        Close <span className="visually-hidden">details</span>
      </button>
      {node === undefined ? (
        <RoleNotFound id={id} linkTo={linkTo} headingRef={headingRef} headingId={headingId} />
      ) : (
        <NodeDetails node={node} linkTo={linkTo} headingRef={headingRef} headingId={headingId} />
      )}
    </section>
  );
}

interface DetailsProps {
  linkTo: (nodeId: string) => string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  headingId: string;
}

function RoleNotFound({ id, linkTo, headingRef, headingId }: DetailsProps & { id: string }) {
  const { graph } = useCareerData();
  const suggestions = useMemo(
    () =>
      closestMatches(
        id.replace(/-/g, " "),
        [...graph.nodes.values()].map((n) => ({ id: n.id, labels: [n.title, ...n.otherNames, n.id] })),
        { limit: 5, minScore: 0.4 },
      ),
    [graph, id],
  );
  // An absurdly long id from the address is not echoed whole.
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return (
    <>
      <PageTitle>Role not found</PageTitle>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Role not found
      </h2>
      <p>
        There is no role with the id <code>{shown}</code> in this careers map. The link may be old or
        mistyped.
      </p>
      {suggestions.length === 0 ? null : (
        <>
          <p>Did you mean:</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s.id}>
                <AppLink to={linkTo(s.id)}>{titleOf(graph, s.id)}</AppLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <AppLink to={paths.roles()}>See every role in a list</AppLink>
      </p>
    </>
  );
}

function BandWithPay({ label, range, scale }: { label: string; range: BandRange; scale: string }) {
  const { payTable } = useCareerData();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{capitalise(formatBandWithPay(range, scale, payTable, { perYear: true }))}</dd>
    </div>
  );
}

/** How a role is paid: its bands with the pounds they pay (from the pay table), another scale, or unpaid. */
function PayFacts({ role }: { role: Role }) {
  const { dataset, payTable } = useCareerData();
  const { pay } = role;
  const note = pay.note === undefined ? null : <p>{pay.note}</p>;
  if (!isBandedPay(pay)) {
    return (
      <>
        <p>{pay.scale === "voluntary" ? "This is a voluntary (unpaid) role." : `Paid on the ${pay.name}.`}</p>
        {note}
      </>
    );
  }
  const scaleName = payScaleName(dataset.payScales, pay.scale);
  return (
    <>
      {pay.whileTraining === undefined && pay.qualified === undefined ? (
        <p>No {scaleName} band has been published for this role.</p>
      ) : (
        <dl className="facts">
          {pay.whileTraining === undefined ? null : (
            <BandWithPay label="While training" range={pay.whileTraining} scale={pay.scale} />
          )}
          {pay.qualified === undefined ? null : (
            <BandWithPay
              label={pay.whileTraining === undefined ? "Band" : "When qualified"}
              range={pay.qualified}
              scale={pay.scale}
            />
          )}
        </dl>
      )}
      {note}
      {pay.scale === payTable.scale ? (
        <details className="details">
          <summary>
            About these figures ({scaleName} {payTable.payYear}, {payTable.region})
          </summary>
          <CaveatNotes caveats={payTable.caveats} heading="What to check" />
          <SourceList sources={payTable.sources} />
        </details>
      ) : null}
    </>
  );
}

function NodeDetails({ node, linkTo, headingRef, headingId }: DetailsProps & { node: CareerNode }) {
  const { dataset, graph } = useCareerData();
  const routesIn = waysInto(graph, node.id);
  const routesOut = nextSteps(graph, node.id);
  const family = node.nodeType === "role" ? dataset.families.find((f) => f.id === node.family) : undefined;

  return (
    <>
      <PageTitle>{node.title}</PageTitle>
      <p className="role-panel__kicker">
        {node.nodeType === "role" ? (family?.name ?? "Role") : "Where you start"}
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {node.title}
      </h2>
      {node.nodeType === "role" && STATUS_LABELS[node.status] !== null ? (
        <strong className="nhsuk-tag nhsuk-tag--blue">{STATUS_LABELS[node.status]}</strong>
      ) : null}
      {node.otherNames.length === 0 ? null : (
        <p className="role-panel__aka">Also called: {node.otherNames.join(", ")}</p>
      )}
      <p>{node.summary}</p>

      {node.nodeType === "role" ? (
        <>
          <h3>Pay</h3>
          <PayFacts role={node} />

          <h3>Registration</h3>
          <p>
            {REGISTRATION_LABELS[node.registration.type]}
            {node.registration.bodies.length === 0 ? "." : `: ${node.registration.bodies.join(", ")}.`}
            {node.registration.note === undefined ? null : ` ${node.registration.note}`}
          </p>

          {node.entryRequirements.length === 0 ? null : (
            <>
              <h3>Entry requirements</h3>
              <ul>
                {node.entryRequirements.map((requirement, i) => (
                  <li key={i}>{requirement}</li>
                ))}
              </ul>
            </>
          )}

          <h3>Where and with whom</h3>
          <dl className="facts">
            {node.ageGroups.length === 0 ? null : (
              <div>
                <dt>Works with</dt>
                <dd>{capitalise(node.ageGroups.map((g) => AGE_GROUP_WORDS[g]).join(" and "))}</dd>
              </div>
            )}
            {node.settings.length === 0 ? null : (
              <div>
                <dt>Settings</dt>
                <dd>{node.settings.join(", ")}</dd>
              </div>
            )}
          </dl>
          <CaveatNotes caveats={node.caveats} />
        </>
      ) : (
        <CaveatNotes caveats={node.caveats} />
      )}

      <h3>What can I do next from here?</h3>
      <p className="hint">Quickest first, counting any time in post a step asks for.</p>
      <RouteList
        steps={routesOut}
        direction="out"
        linkTo={linkTo}
        emptyText="This is the top of this career path in the map."
      />
      <p>
        <AppLink to={paths.plan({ from: [node.id] })}>Plan a route from {node.title}</AppLink>
      </p>
      {node.nodeType === "role" ? (
        <>
          <h3>How do people get here?</h3>
          <RouteList
            steps={routesIn}
            direction="in"
            linkTo={linkTo}
            emptyText="No routes into this role are recorded."
          />
          <p>
            <AppLink to={paths.plan({ to: node.id })}>Plan a route to {node.title}</AppLink>
          </p>
        </>
      ) : null}

      {node.nodeType === "role"
        ? node.links.map((link) => (
            <p key={link.url}>
              <a href={link.url} rel="noreferrer">
                {link.title}
              </a>
            </p>
          ))
        : null}

      {node.nodeType === "role" ? (
        <p>
          <AppLink to={paths.compare([node.id])}>Compare {node.title} with other roles</AppLink>
        </p>
      ) : null}

      <h3>Sources</h3>
      <SourceList sources={sourcesWithIds(dataset.sources, node.sources)} />
      <p className="hint">Last reviewed {formatIsoDate(node.lastReviewed)}.</p>
    </>
  );
}
