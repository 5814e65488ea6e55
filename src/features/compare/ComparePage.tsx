import { useRef, useState } from "react";
import { AppLink } from "../../components/AppLink";
import { PageTitle } from "../../components/PageTitle";
import { useCareerData } from "../../lib/career-data-context";
import { useAppNavigate } from "../../lib/embed-scope";
import { paths } from "../../lib/paths";
import type { Role } from "../../core/dataset/schema";
import { isBandedPay } from "../../core/dataset/constants";
import {
  competitionShortText,
  describeApprenticeships,
  describePay,
  describeQualification,
  formatBandWithPay,
  formatDuration,
  formatPounds,
  formatTiming,
  FUNDING_LABELS,
  REGISTRATION_LABELS,
} from "../../core/describe";
import { titleOf } from "../../core/graph/career-graph";
import { entryFacts, type EntryFacts } from "../../core/roles/entry-facts";
import { groupNextSteps, MOVE_LABELS, type NextDestination } from "../../core/roles/next-step-moves";
import { summariseRole, type RoleSummary } from "../../core/roles/role-summary";
import { MAX_COMPARED_ROLES, parseCompareView } from "../../core/url/compare";
import { capitalise, plural } from "../../core/text/words";
import { useSearchParams } from "react-router";
import { ComparePickers } from "./ComparePickers";
import "./compare.scss";
import { copyPageAddress } from "../../render/copy-page-address";

interface Compared {
  role: Role;
  summary: RoleSummary;
  entry: EntryFacts;
  /** Each next step once, by destination. */
  next: Map<string, NextDestination>;
}

/** The fees a person may pay on the ways into a role, in a few words. */
function costText(entry: EntryFacts): string {
  const { fees } = entry;
  if (fees.selfPaying === 0) return "No fees: every way in is paid or funded";
  const parts: string[] = [];
  if (fees.pounds !== null)
    parts.push(`${capitalise(formatPounds(fees.pounds))} (${fees.years.join(", ")} prices)`);
  if (fees.unknown > 0) parts.push(`fees not known for ${plural(fees.unknown, "way")} in`);
  return `${capitalise(parts.join("; "))}, on the ${plural(fees.selfPaying, "way")} in you may pay for`;
}

function typicalTimeText(entry: EntryFacts, title: (id: string) => string): string {
  const quickest = entry.quickest;
  if (quickest === null) return "No way in recorded";
  const time = formatTiming(quickest.time, quickest.durationMonths === null ? 1 : 0);
  return `${capitalise(time)}, from ${title(quickest.from)}`;
}

/** Up to three roles side by side, with the pickers from the planner, a link to copy and a printable table. */
export function ComparePage() {
  const { dataset, graph, payTable } = useCareerData();
  const [params] = useSearchParams();
  const navigate = useAppNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState("");
  const selection = parseCompareView(params, graph);
  const title = (id: string) => titleOf(graph, id);
  const compared: Compared[] = selection.roleIds.map((id) => {
    const role = graph.nodes.get(id) as Role & { nodeType: "role" };
    const next = new Map(
      groupNextSteps(graph, dataset, id).flatMap((group) =>
        group.destinations.map((d) => [d.to, d] as const),
      ),
    );
    return {
      role,
      summary: summariseRole(graph, role, dataset.payScales),
      entry: entryFacts(graph, id),
      next,
    };
  });

  const change = (ids: string[], focusInput: boolean) => {
    navigate(paths.compare(ids));
    // The Remove button goes with its role: focus moves to the box for adding one.
    if (focusInput) requestAnimationFrame(() => inputRef.current?.focus());
  };
  const copyLink = async () => setCopyStatus(await copyPageAddress("these roles side by side"));

  const payCell = (role: Role) => {
    const { pay } = role;
    if (!isBandedPay(pay)) return describePay(pay);
    const lines: string[] = [];
    for (const [label, range] of [
      ["While training", pay.whileTraining],
      ["Qualified", pay.qualified],
    ] as const) {
      if (range !== undefined) lines.push(`${label}: ${formatBandWithPay(range, pay.scale, payTable)}`);
    }
    return lines.length === 0 ? "Band not published" : lines.join(". ");
  };

  const rows: { label: string; cell: (c: Compared) => React.ReactNode }[] = [
    {
      label: "Family",
      cell: ({ role }) => dataset.families.find((f) => f.id === role.family)?.name ?? role.family,
    },
    { label: `Band and pay (${payTable.payYear})`, cell: ({ role }) => payCell(role) },
    { label: "Quickest way in", cell: ({ entry }) => typicalTimeText(entry, title) },
    {
      label: "Competition",
      cell: ({ entry }) =>
        entry.competition === null
          ? "No figures recorded"
          : capitalise(competitionShortText(entry.competition)),
    },
    { label: "Fees you may pay", cell: ({ entry }) => costText(entry) },
    {
      label: "Training length and level",
      cell: ({ summary: s }) => {
        if (s.trainingMonths === null) return "No set training recorded";
        const highest = s.highestQualification;
        return `${formatDuration(s.trainingMonths)}${highest === null ? "" : `, up to ${describeQualification(highest)}`}`;
      },
    },
    {
      label: "Funding",
      cell: ({ summary }) =>
        summary.fundingTypes.length === 0
          ? "No training to fund"
          : summary.fundingTypes.map((t) => FUNDING_LABELS[t]).join("; "),
    },
    {
      label: "Entry requirements",
      cell: ({ role }) =>
        role.entryRequirements.length === 0 ? (
          "None recorded"
        ) : (
          <ul className="compare-list">
            {role.entryRequirements.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        ),
    },
    {
      label: "Registration",
      cell: ({ role }) =>
        `${REGISTRATION_LABELS[role.registration.type]}${role.registration.bodies.length === 0 ? "" : `: ${role.registration.bodies.join(", ")}`}`,
    },
    { label: "Apprenticeship", cell: ({ summary }) => describeApprenticeships(summary.apprenticeships) },
  ];

  // Every next step of any role compared, once each: those more of them lead to first, then by title.
  const destinations = [...new Set(compared.flatMap((c) => [...c.next.keys()]))].sort(
    (a, b) =>
      compared.filter((c) => c.next.has(b)).length - compared.filter((c) => c.next.has(a)).length ||
      title(a).localeCompare(title(b), "en"),
  );
  const columns = compared.length + 1;

  return (
    <div className="compare-page">
      <PageTitle>Compare roles</PageTitle>
      <h1>Compare roles</h1>
      <p className="lede no-print">Put up to {MAX_COMPARED_ROLES} roles side by side.</p>
      {selection.unknown.map(({ text, suggestions }) => (
        <div className="notice" role="note" key={text}>
          <p>
            There is no role “{text}” in this map.
            {suggestions.length === 0 ? null : (
              <>
                {" "}
                Did you mean{" "}
                {suggestions.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? " or " : ""}
                    <AppLink to={paths.compare([...selection.roleIds, s.id].slice(0, MAX_COMPARED_ROLES))}>
                      {title(s.id)}
                    </AppLink>
                  </span>
                ))}
                ?
              </>
            )}
          </p>
        </div>
      ))}
      {selection.leftOut.length === 0 ? null : (
        <div className="notice" role="note">
          Only {MAX_COMPARED_ROLES} roles can be compared at once, so{" "}
          {selection.leftOut.map(title).join(", ")} {selection.leftOut.length === 1 ? "was" : "were"} left
          out.
        </div>
      )}
      <ComparePickers roleIds={selection.roleIds} onChange={change} inputRef={inputRef} />
      {compared.length === 0 ? (
        <p>Choose a role above to start.</p>
      ) : (
        <>
          <div className="button-row no-print">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => void copyLink()}
            >
              Copy link
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => window.print()}
            >
              Print
            </button>
          </div>
          <p className="no-print" role="status">
            {copyStatus}
          </p>
          <div className="table-scroll" role="region" aria-label="Roles compared" tabIndex={0}>
            <table className="compare-table">
              <caption className="visually-hidden">
                {compared.map((c) => c.role.title).join(" compared with ")}
              </caption>
              <thead>
                <tr>
                  <td />
                  {compared.map(({ role }) => (
                    <th key={role.id} scope="col">
                      <AppLink to={paths.role(role.id)}>{role.title}</AppLink>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {compared.map((c) => (
                      <td key={c.role.id}>{row.cell(c)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tbody>
                <tr>
                  <th scope="rowgroup" colSpan={columns} className="compare-table__group">
                    <span className="compare-table__group-text">Next steps</span>
                    <span className="compare-table__hint compare-table__group-text">
                      {destinations.length === 0
                        ? "none recorded: the top of these paths in the map"
                        : "one row for each role these lead to, with the kind of move and its typical time"}
                    </span>
                  </th>
                </tr>
                {destinations.map((to) => (
                  <tr key={to}>
                    <th scope="row">
                      <AppLink to={paths.role(to)}>{title(to)}</AppLink>
                    </th>
                    {compared.map((c) => {
                      const destination = c.next.get(to);
                      return (
                        <td key={c.role.id}>
                          {destination === undefined ? (
                            <span className="compare-table__none">Not a next step</span>
                          ) : (
                            `${MOVE_LABELS[destination.move]}: ${destination.time.typical.max === 0 ? "straight away" : formatTiming(destination.time, destination.routes[0]!.durationMonths === null ? 1 : 0)}`
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
