import { NodeCombobox } from "../../components/NodeCombobox";
import { useCareerData } from "../../lib/career-data-context";
import { isRoleNode, titleOf } from "../../core/graph/career-graph";
import { MAX_COMPARED_ROLES } from "../../core/url/compare";

/** The roles compared, each with a Remove button, and a type-ahead box (the planner's) to add another. */
export function ComparePickers({
  roleIds,
  onChange,
  inputRef,
}: {
  roleIds: ReadonlyArray<string>;
  onChange: (ids: string[], focusInput: boolean) => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}) {
  const { graph } = useCareerData();
  return (
    <form
      className="compare-pickers no-print"
      aria-label="Choose roles to compare"
      onSubmit={(e) => e.preventDefault()}
    >
      {roleIds.length === 0 ? null : (
        <ul className="chosen-list" aria-label="Roles compared">
          {roleIds.map((id) => (
            <li key={id}>
              <span>
                {titleOf(graph, id)}{" "}
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    onChange(
                      roleIds.filter((other) => other !== id),
                      true,
                    )
                  }
                >
                  Remove <span className="visually-hidden">{titleOf(graph, id)}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {roleIds.length >= MAX_COMPARED_ROLES ? (
        <p>Remove a role to compare another: up to {MAX_COMPARED_ROLES} at once.</p>
      ) : (
        <NodeCombobox
          label={roleIds.length === 0 ? "Choose a role to compare" : "Add another role"}
          hint="Type a job title or an abbreviation such as PWP, CBT or EMHP."
          include={isRoleNode}
          exclude={roleIds}
          inputRef={inputRef}
          clearOnChoose
          onChoose={(id) => onChange([...roleIds, id], false)}
        />
      )}
    </form>
  );
}
