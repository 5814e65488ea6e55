import { AppLink } from "../../components/AppLink";
import { PageTitle } from "../../components/PageTitle";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import type { CareerNode, Role } from "../../core/dataset/schema";
import {
  AGE_GROUP_WORDS,
  formatDuration,
  FUNDING_LABELS,
  qualificationLevel,
  REGISTRATION_LABELS,
  STATUS_LABELS,
} from "../../core/describe";
import { summariseRole } from "../../core/roles/role-summary";
import { capitalise } from "../../core/text/words";
import { HowSure } from "./HowSure";
import { NextSteps } from "./NextSteps";
import { PayFacts } from "./PaySection";
import { DecisiveCaveats } from "../../components/DecisiveCaveats";
import { WaysIn } from "./WaysIn";

export interface DetailsProps {
  linkTo: (nodeId: string) => string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  headingId: string;
}

/** What the job is: its summary, who and where, registration, and the role's page on Health Careers. */
function AboutTheJob({ role }: { role: Role }) {
  return (
    <>
      <p>{role.summary}</p>
      <dl className="facts facts--inline">
        {role.ageGroups.length === 0 ? null : (
          <div>
            <dt>Works with</dt>
            <dd>{capitalise(role.ageGroups.map((g) => AGE_GROUP_WORDS[g]).join(" and "))}</dd>
          </div>
        )}
        {role.settings.length === 0 ? null : (
          <div>
            <dt>Settings</dt>
            <dd>{role.settings.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>Registration</dt>
          <dd>
            {REGISTRATION_LABELS[role.registration.type]}
            {role.registration.bodies.length === 0 ? "." : `: ${role.registration.bodies.join(", ")}.`}
            {role.registration.note === undefined ? null : ` ${role.registration.note}`}
          </dd>
        </div>
      </dl>
      <DecisiveCaveats caveats={role.caveats.filter((caveat) => caveat.field.startsWith("registration"))} />
      {role.links.map((link) => (
        <p key={link.url}>
          <a href={link.url} rel="noreferrer">
            {link.title}
          </a>
        </p>
      ))}
    </>
  );
}

/** What it takes to get in, and the training in a line (its length, level and funding); the programmes follow. */
function EntryAndTraining({ role }: { role: Role }) {
  const { dataset, graph } = useCareerData();
  const summary = summariseRole(graph, role, dataset.payScales);
  const training =
    summary.trainingMonths === null
      ? "No set training is recorded: people are appointed to the post."
      : `${formatDuration(summary.trainingMonths)}${summary.highestQualification === null ? "" : `, up to ${qualificationLevel(summary.highestQualification)}`}; ${summary.fundingTypes.map((f) => FUNDING_LABELS[f].toLowerCase()).join(" or ")}.`;
  return (
    <>
      {role.entryRequirements.length === 0 ? null : (
        <ul>
          {role.entryRequirements.map((requirement, i) => (
            <li key={i}>{requirement}</li>
          ))}
        </ul>
      )}
      <DecisiveCaveats
        caveats={role.caveats.filter((caveat) => caveat.field.startsWith("entryRequirements"))}
      />
      <dl className="facts facts--inline">
        <div>
          <dt>Training</dt>
          <dd>{training}</dd>
        </div>
      </dl>
    </>
  );
}

/**
 * A role or starting point as a page in short sections, as NHS Health Careers sets one out: what the job is,
 * pay, entry and training, ways in (one card per programme), next steps, and sources with how sure we are.
 */
export function RoleDetails({ node, linkTo, headingRef, headingId }: DetailsProps & { node: CareerNode }) {
  const { dataset } = useCareerData();
  const role = node.nodeType === "role" ? node : null;
  const family = role === null ? undefined : dataset.families.find((f) => f.id === role.family);
  return (
    <>
      <PageTitle>{node.title}</PageTitle>
      <p className="role-panel__kicker">{role === null ? "Where you start" : (family?.name ?? "Role")}</p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {node.title}
      </h2>
      {role !== null && STATUS_LABELS[role.status] !== null ? (
        <strong className="nhsuk-tag nhsuk-tag--blue">{STATUS_LABELS[role.status]}</strong>
      ) : null}
      {node.otherNames.length === 0 ? null : (
        <p className="role-panel__aka">Also called: {node.otherNames.join(", ")}</p>
      )}
      <ul className="role-panel__actions">
        {role === null ? null : (
          <li>
            <AppLink to={paths.plan({ to: node.id })}>Plan a route to here</AppLink>
          </li>
        )}
        <li>
          <AppLink to={paths.plan({ from: [node.id] })}>Plan a route from here</AppLink>
        </li>
        {role === null ? null : (
          <li>
            <AppLink to={paths.compare([node.id])}>Compare with other roles</AppLink>
          </li>
        )}
      </ul>

      {role === null ? (
        <>
          <h3>What this is</h3>
          <p>{node.summary}</p>
        </>
      ) : (
        <>
          <h3>What the job is</h3>
          <AboutTheJob role={role} />
          <h3>Pay</h3>
          <PayFacts role={role} />
          <h3>Entry and training</h3>
          <EntryAndTraining role={role} />
          <h3>Ways in</h3>
          <WaysIn id={role.id} linkTo={linkTo} />
        </>
      )}

      <h3>Next steps</h3>
      <NextSteps id={node.id} linkTo={linkTo} />

      <h3>Sources</h3>
      <HowSure node={node} />
    </>
  );
}
