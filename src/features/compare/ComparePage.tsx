import { useNavigate, useSearchParams } from "react-router";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { isBandedPay, type Role } from "../../core/dataset/schema";
import { titleOf } from "../../core/graph/career-graph";
import { MAX_COMPARED_ROLES, parseCompareView } from "../../core/url/compare";
import { summariseRole } from "../../core/roles/role-summary";
import {
  describeApprenticeships,
  describePay,
  describeQualification,
  formatBandWithPay,
  formatDuration,
  FUNDING_LABELS,
  REGISTRATION_LABELS,
  routeKindName,
} from "../../core/describe";
import { PageTitle } from "../../components/PageTitle";
import "./compare.scss";

const PICKER_LABELS = ["First role", "Second role", "Third role"];

/** Up to three roles side by side: pay, training, funding, entry, registration, apprenticeship, next steps. */
export function ComparePage() {
  const { dataset, graph, payTable } = useCareerData();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const selection = parseCompareView(params, graph);
  const roles = selection.roleIds.map((id) => graph.nodes.get(id) as Role & { nodeType: "role" });
  // Worked out once per role: three rows read it.
  const summaries = new Map(roles.map((role) => [role.id, summariseRole(graph, role, dataset.payScales)]));
  const summaryOf = (role: Role) => summaries.get(role.id)!;

  const choose = (slot: number, id: string) => {
    const ids = [...selection.roleIds];
    if (id === "") ids.splice(slot, 1);
    else ids[slot] = id;
    navigate(paths.compare(ids.filter((x) => x !== undefined)));
  };

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

  const rows: { label: string; cell: (role: Role) => React.ReactNode }[] = [
    {
      label: "Family",
      cell: (role) => dataset.families.find((f) => f.id === role.family)?.name ?? role.family,
    },
    { label: `Band and pay (${payTable.payYear})`, cell: payCell },
    {
      label: "Training length and level",
      cell: (role) => {
        const s = summaryOf(role);
        if (s.trainingMonths === null) return "No set training recorded";
        const highest = s.highestQualification;
        return `${formatDuration(s.trainingMonths)}${highest === null ? "" : `, up to ${describeQualification(highest)}`}`;
      },
    },
    {
      label: "Funding",
      cell: (role) => {
        const types = summaryOf(role).fundingTypes;
        return types.length === 0 ? "No training to fund" : types.map((t) => FUNDING_LABELS[t]).join("; ");
      },
    },
    {
      label: "Entry requirements",
      cell: (role) =>
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
      cell: (role) =>
        `${REGISTRATION_LABELS[role.registration.type]}${role.registration.bodies.length === 0 ? "" : `: ${role.registration.bodies.join(", ")}`}`,
    },
    { label: "Apprenticeship", cell: (role) => describeApprenticeships(summaryOf(role).apprenticeships) },
    {
      label: "Next steps",
      cell: (role) => {
        const out = graph.outEdges.get(role.id) ?? [];
        return out.length === 0 ? (
          "None recorded: the top of this path in the map"
        ) : (
          <ul className="compare-list">
            {out.map((edge) => (
              <li key={edge.key}>
                <AppLink to={paths.role(edge.to)}>{titleOf(graph, edge.to)}</AppLink> (
                {routeKindName(dataset.routeKinds, edge.route.kind).toLowerCase()})
              </li>
            ))}
          </ul>
        );
      },
    },
  ];

  return (
    <>
      <PageTitle>Compare roles</PageTitle>
      <h1>Compare roles</h1>
      <p className="lede">Put up to {MAX_COMPARED_ROLES} roles side by side.</p>
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
                      {titleOf(graph, s.id)}
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
          {selection.leftOut.map((id) => titleOf(graph, id)).join(", ")}{" "}
          {selection.leftOut.length === 1 ? "was" : "were"} left out.
        </div>
      )}
      <form
        className="compare-pickers"
        aria-label="Choose roles to compare"
        onSubmit={(e) => e.preventDefault()}
      >
        {PICKER_LABELS.map((label, slot) => (
          <div key={label} className="compare-pickers__field">
            <label className="nhsuk-label" htmlFor={`compare-${slot}`}>
              {label}
            </label>
            <select
              id={`compare-${slot}`}
              className="nhsuk-select"
              value={selection.roleIds[slot] ?? ""}
              disabled={slot > selection.roleIds.length}
              onChange={(event) => choose(slot, event.target.value)}
            >
              <option value="">
                {slot < selection.roleIds.length ? "Remove this role" : "Choose a role"}
              </option>
              {dataset.families.map((family) => (
                <optgroup key={family.id} label={family.name}>
                  {dataset.roles
                    .filter((r) => r.family === family.id)
                    .map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.title}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
        ))}
      </form>
      {roles.length === 0 ? (
        <p>Choose a role above to start.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Roles compared" tabIndex={0}>
          <table className="compare-table">
            <caption className="visually-hidden">{roles.map((r) => r.title).join(" compared with ")}</caption>
            <thead>
              <tr>
                <td />
                {roles.map((role) => (
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
                  {roles.map((role) => (
                    <td key={role.id}>{row.cell(role)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
