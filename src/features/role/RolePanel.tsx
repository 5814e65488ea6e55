import { useId, useLayoutEffect, useMemo, useRef } from "react";
import { AppLink } from "../../components/AppLink";
import { PageTitle } from "../../components/PageTitle";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { titleOf } from "../../core/graph/career-graph";
import { closestMatches } from "../../core/text/closest-matches";
import { RoleDetails, type DetailsProps } from "./RoleDetails";
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
        <RoleDetails node={node} linkTo={linkTo} headingRef={headingRef} headingId={headingId} />
      )}
    </section>
  );
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
