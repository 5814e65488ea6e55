import { useCareerData } from "../../app/career-data-context";
import { describePay } from "../../core/pay/describe-pay";
import type { Role } from "../../core/dataset/schema";

const STATUS_LABELS: Record<Role["status"], string | null> = {
  established: null,
  new: "New role",
  pilot: "Pilot role",
};

/** Every role in the dataset, grouped by family, with its pay band. */
export function RolesListPage() {
  const { dataset } = useCareerData();
  const families = dataset.families
    .map((family) => ({ family, roles: dataset.roles.filter((role) => role.family === family.id) }))
    .filter((group) => group.roles.length > 0);

  return (
    <>
      <title>All roles – Psychological professions careers map</title>
      <h1>All roles</h1>
      <p className="lede">
        {dataset.roles.length} roles and {dataset.routes.length} routes between them, from first jobs and
        apprenticeships to consultant and leadership posts in NHS mental health care in England.
      </p>
      {families.map(({ family, roles }) => (
        <section key={family.id} className="family" aria-labelledby={`family-${family.id}`}>
          <h2 id={`family-${family.id}`}>{family.name}</h2>
          {family.description === undefined ? null : (
            <p className="family__description">{family.description}</p>
          )}
          <ul className="role-list">
            {roles.map((role) => (
              <li key={role.id} className="role-list__item">
                <span className="role-list__title">{role.title}</span>
                {STATUS_LABELS[role.status] === null ? null : (
                  <strong className="tag">{STATUS_LABELS[role.status]}</strong>
                )}
                <span className="role-list__pay">{describePay(role.pay)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
