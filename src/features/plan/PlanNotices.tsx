import { AppLink } from "../../components/AppLink";
import { paths } from "../../lib/paths";
import type { Plan } from "./use-plan";

/** What in the plan's address could not be read: names that are not a role here (with suggestions), and the rest. */
export function PlanNotices({ plan }: { plan: Pick<Plan, "params" | "unread" | "ignored"> }) {
  const { params, unread, ignored } = plan;
  return (
    <>
      {unread.map((name) => (
        <div className="notice" role="note" key={`${name.field}:${name.text}`}>
          <p>
            {name.ambiguous
              ? `“${name.text}” could mean more than one role.`
              : `There is no role or starting point “${name.text}” in this map.`}
            {name.suggestions.length === 0 ? null : (
              <>
                {" "}
                {name.ambiguous ? "Choose " : "Did you mean "}
                {name.suggestions.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? " or " : ""}
                    <AppLink
                      to={
                        name.field === "to"
                          ? paths.plan({ ...params, to: s.id })
                          : paths.plan({ ...params, from: [...params.from, s.id] })
                      }
                    >
                      {s.title}
                    </AppLink>
                  </span>
                ))}
                ?
              </>
            )}
          </p>
        </div>
      ))}
      {ignored.length === 0 ? null : (
        <div className="notice" role="note">
          Some parts of this link were not understood and have been ignored: {ignored.join(", ")}.
        </div>
      )}
    </>
  );
}
