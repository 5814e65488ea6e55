import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { toCsv } from "../../core/export/csv";
import { ROLE_EXPORT_COLUMNS, ROLE_EXPORT_HEADER, toExportRecord } from "../../core/export/roles-export";
import { hasActiveFilters, visibleGraph } from "../../core/filters/map-filters";
import { summariseRole, type RoleSummary } from "../../core/roles/role-summary";
import { sortRoles } from "../../core/roles/sort-roles";
import { parseRolesListView, type RoleSortKey, type SortDirection } from "../../core/url/roles-list";
import {
  describeApprenticeships,
  formatDuration,
  qualificationLevel,
  REGISTRATION_LABELS,
  STATUS_LABELS,
} from "../../core/describe";
import { downloadText } from "../../render/download-text";
import { PageTitle } from "../../components/PageTitle";
import "./roles-list.scss";

const COLUMNS: { key: RoleSortKey; label: string }[] = [
  { key: "title", label: "Role" },
  { key: "band", label: "Band" },
  { key: "training", label: "Training length" },
  { key: "apprenticeship", label: "Apprenticeship" },
  { key: "registration", label: "Registration" },
];

/**
 * Every role in a sortable table grouped by family: the complete text alternative to the map, with the same
 * filters, and the data as CSV or JSON.
 */
export function RolesListPage() {
  const { dataset, graph } = useCareerData();
  const [params] = useSearchParams();
  const {
    view: { filters, sort, order },
    ignored,
  } = useMemo(() => parseRolesListView(params, dataset), [params, dataset]);

  const visible = useMemo(() => visibleGraph(graph, filters), [graph, filters]);
  const rows = useMemo(
    () =>
      sortRoles(
        dataset.roles
          .filter((r) => visible.nodeIds.has(r.id))
          .map((r) => summariseRole(graph, r, dataset.payScales)),
        sort,
        order,
      ),
    [dataset, graph, visible, sort, order],
  );
  const groups = dataset.families
    .map((family) => ({ family, rows: rows.filter((r) => r.familyId === family.id) }))
    .filter((g) => g.rows.length > 0);
  const shownInOrder = groups.flatMap((g) => g.rows);
  const records = () => shownInOrder.map((row) => toExportRecord(row, dataset.families));

  return (
    <>
      <PageTitle>All roles</PageTitle>
      <h1>All roles</h1>
      <p className="lede">
        Every role on the map with its pay band, how long the training into it takes, whether there is an
        apprenticeship, and how it is regulated. Choose a role to see its routes in and onward.
      </p>
      {hasActiveFilters(filters) ? (
        <div className="notice">
          <p>
            Showing the {rows.length} roles that match the map’s filters.{" "}
            <AppLink to={paths.roles({ sort, order })}>Show all {dataset.roles.length} roles</AppLink>
          </p>
        </div>
      ) : null}
      {ignored.length === 0 ? null : (
        <div className="notice" role="note">
          Some filters in this link were not recognised and have been ignored: {ignored.join(", ")}.
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() =>
            downloadText(
              "careers-map-roles.csv",
              "text/csv;charset=utf-8",
              toCsv(
                ROLE_EXPORT_HEADER,
                records().map((r) => ROLE_EXPORT_COLUMNS.map((c) => r[c])),
              ),
            )
          }
        >
          Download as CSV
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() =>
            downloadText(
              "careers-map-roles.json",
              "application/json",
              `${JSON.stringify(records(), null, 2)}\n`,
            )
          }
        >
          Download as JSON
        </button>
        <AppLink to={paths.map({ filters })}>Back to the map</AppLink>
      </div>
      <div className="table-scroll" role="region" aria-label="Roles table" tabIndex={0}>
        <table className="roles-table">
          <caption className="visually-hidden">
            Roles grouped by family, sorted by {COLUMNS.find((c) => c.key === sort)!.label.toLowerCase()},{" "}
            {order}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = column.key === sort;
                const nextOrder: SortDirection = active && order === "ascending" ? "descending" : "ascending";
                return (
                  <th key={column.key} scope="col" aria-sort={active ? order : undefined}>
                    <Link
                      className="sort-link"
                      to={paths.roles({ filters, sort: column.key, order: nextOrder })}
                      replace
                    >
                      {column.label}
                      <span aria-hidden="true" className="sort-link__arrow">
                        {active ? (order === "ascending" ? " ▲" : " ▼") : " ⇅"}
                      </span>
                      <span className="visually-hidden">, sort {nextOrder}</span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          {groups.map(({ family, rows: familyRows }) => (
            <tbody key={family.id}>
              <tr className="roles-table__group">
                <th scope="rowgroup" colSpan={COLUMNS.length}>
                  {family.name}
                </th>
              </tr>
              {familyRows.map((row) => (
                <RoleRow key={row.id} row={row} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function RoleRow({ row }: { row: RoleSummary }) {
  return (
    <tr>
      <th scope="row">
        <AppLink to={paths.role(row.id)}>{row.title}</AppLink>
        {STATUS_LABELS[row.status] === null ? null : (
          <>
            {" "}
            <strong className="nhsuk-tag nhsuk-tag--blue">{STATUS_LABELS[row.status]}</strong>
          </>
        )}
      </th>
      <td>{row.band}</td>
      <td>
        {row.trainingMonths === null ? "Not recorded" : formatDuration(row.trainingMonths)}
        {row.highestQualification === null ? null : (
          <span className="hint"> ({qualificationLevel(row.highestQualification)})</span>
        )}
      </td>
      <td>{describeApprenticeships(row.apprenticeships)}</td>
      <td>
        {REGISTRATION_LABELS[row.registration]}
        {row.registrationBodies.length === 0 ? null : (
          <span className="hint">: {row.registrationBodies.join(", ")}</span>
        )}
      </td>
    </tr>
  );
}
