import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useCareerData } from "../../app/career-data-context";
import { closestMatches } from "../../core/text/closest-matches";

interface RoleSearchProps {
  /** The search text kept in the address; the box starts from it and follows it on back and forward. */
  value: string;
  onChange: (text: string) => void;
  onChoose: (id: string) => void;
}

const MAX_OPTIONS = 8;

/**
 * Type-ahead search over titles and other names (ARIA 1.2 combobox with a list box). Tolerates typos and
 * initialisms: "pwp", "emhp", "clinicl psychologist".
 */
export function RoleSearch({ value: savedValue, onChange, onChoose }: RoleSearchProps) {
  const { graph } = useCareerData();
  const baseId = useId();
  // The box owns what is being typed, so no keystroke waits on a navigation; the address follows it. When the
  // address changes while the box is not in use (back, forward, a shared link), the box takes its text.
  const [value, setValue] = useState(savedValue);
  const [focused, setFocused] = useState(false);
  const [syncedFrom, setSyncedFrom] = useState(savedValue);
  if (savedValue !== syncedFrom) {
    setSyncedFrom(savedValue);
    if (!focused) setValue(savedValue);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const candidates = useMemo(
    () => [...graph.nodes.values()].map((n) => ({ id: n.id, labels: [n.title, ...n.otherNames] })),
    [graph],
  );
  const matches = useMemo(
    () =>
      value.trim() === "" ? [] : closestMatches(value, candidates, { limit: MAX_OPTIONS, minScore: 0.5 }),
    [value, candidates],
  );
  const expanded = open && matches.length > 0;
  const listId = `${baseId}-options`;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  const choose = (index: number) => {
    const match = matches[index];
    if (match === undefined) return;
    setOpen(false);
    onChoose(match.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (matches.length === 0 ? 0 : (a + 1) % matches.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => (matches.length === 0 ? 0 : (a - 1 + matches.length) % matches.length));
    } else if (event.key === "Enter") {
      if (matches.length > 0) {
        event.preventDefault();
        choose(expanded ? active : 0);
      }
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else {
        setValue("");
        onChange("");
      }
    }
  };

  return (
    <div className="role-search">
      <label htmlFor={`${baseId}-input`} className="nhsuk-label nhsuk-label--s">
        Search for a role
      </label>
      <div className="role-search__field">
        <input
          id={`${baseId}-input`}
          className="nhsuk-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${baseId}-hint`}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            onChange(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            setFocused(true);
            setOpen(true);
          }}
          onBlur={() => {
            setFocused(false);
            setOpen(false);
          }}
        />
        <div
          id={listId}
          role="listbox"
          aria-label="Matching roles"
          className="role-search__options"
          hidden={!expanded}
        >
          {matches.map((match, i) => {
            const node = graph.nodes.get(match.id)!;
            return (
              // The input owns the keyboard (aria-activedescendant), so options only need pointer handlers.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <div
                key={match.id}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={expanded && i === active}
                className={`role-search__option${i === active ? " is-active" : ""}`}
                // Keep focus in the input while a pointer picks an option.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(i)}
              >
                {node.title}
                {match.label === node.title ? null : (
                  <>
                    {" "}
                    <span className="role-search__matched">({match.label})</span>
                  </>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div id={`${baseId}-hint`} className="nhsuk-hint">
        Try a job title or an abbreviation such as PWP, CAP or RMN.
      </div>
      <div role="status" className="visually-hidden">
        {value.trim() === ""
          ? ""
          : matches.length === 0
            ? "No matching roles."
            : `${matches.length} matching roles.`}
      </div>
    </div>
  );
}
