import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { useMapData } from "../lib/career-data-context";
import { paths } from "../lib/paths";
import { namesOf, type MapNode } from "../core/graph/career-graph";
import {
  closestMatches,
  MAX_QUERY_LENGTH,
  NO_MATCH_SUGGESTIONS,
  prepareCandidates,
  TYPE_AHEAD,
} from "../core/text/closest-matches";
import { AppLink } from "./AppLink";
import "./node-combobox.scss";

interface NodeComboboxProps {
  label: string;
  hint: string;
  /** Which nodes can be chosen (all of them when left out). */
  include?: (node: MapNode) => boolean;
  /** Ids to leave out of the options, e.g. those already chosen. */
  exclude?: ReadonlyArray<string>;
  /**
   * Text kept elsewhere (the address): the box starts from it and takes it again when it changes while the box
   * is not in use (back, forward, a shared link). Typing is owned by the box, so no keystroke waits on it.
   */
  savedText?: string;
  onTextChange?: (text: string) => void;
  onChoose: (id: string) => void;
  /** Empty the box after a choice, to add another. */
  clearOnChoose?: boolean;
  className?: string;
  /** The text box, for a page that moves focus to it. */
  inputRef?: Ref<HTMLInputElement>;
}

/** One empty list for every box with nothing left out, so the options are not worked out again each render. */
const NO_IDS: ReadonlyArray<string> = [];
/** Typed text is echoed back in the no-match message; an absurdly long paste is not echoed whole. */
const ECHO_LIMIT = 60;

/**
 * Type-ahead over titles and other names: an ARIA 1.2 combobox with a list box. Tolerates typos and initialisms
 * ("pwp", "emhp", "clinicl psychologist") and finds people's own job titles ("healthcare assistant"). When
 * nothing matches it says so on screen, with the closest names to choose instead.
 */
export function NodeCombobox({
  label,
  hint,
  include,
  exclude = NO_IDS,
  savedText = "",
  onTextChange,
  onChoose,
  clearOnChoose = false,
  className = "node-combobox",
  inputRef,
}: NodeComboboxProps) {
  const { graph } = useMapData();
  const baseId = useId();
  const [value, setValue] = useState(savedText);
  const [focused, setFocused] = useState(false);
  const [syncedFrom, setSyncedFrom] = useState(savedText);
  if (savedText !== syncedFrom) {
    setSyncedFrom(savedText);
    if (!focused) setValue(savedText);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const nodes = useMemo(
    () =>
      [...graph.nodes.values()].filter(
        (n) => (include === undefined || include(n)) && !exclude.includes(n.id),
      ),
    [graph, include, exclude],
  );
  // Names are normalised once per list of options, not on every keystroke.
  const candidates = useMemo(
    () => prepareCandidates(nodes.map((n) => ({ id: n.id, labels: namesOf(n) }))),
    [nodes],
  );
  const typed = value.trim();
  const matches = useMemo(
    () => (typed === "" ? [] : closestMatches(typed, candidates, TYPE_AHEAD)),
    [typed, candidates],
  );
  const noMatch = typed !== "" && matches.length === 0;
  const suggestions = useMemo(
    () => (noMatch ? closestMatches(typed, candidates, NO_MATCH_SUGGESTIONS) : []),
    [noMatch, typed, candidates],
  );
  const hasStartingPoints = useMemo(() => nodes.some((n) => n.nodeType === "starting-point"), [nodes]);
  const expanded = open && matches.length > 0;
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-options`;
  const hintId = `${baseId}-hint`;
  const noMatchId = `${baseId}-no-match`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const echoed = typed.length > ECHO_LIMIT ? `${typed.slice(0, ECHO_LIMIT)}…` : typed;
  const noMatchText = `No roles match “${echoed}”.`;

  const setText = (text: string) => {
    setValue(text);
    onTextChange?.(text);
  };

  const chooseId = (id: string) => {
    setOpen(false);
    if (clearOnChoose) setText("");
    onChoose(id);
  };

  const choose = (index: number) => {
    const match = matches[index];
    if (match !== undefined) chooseId(match.id);
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
      else setText("");
    }
  };

  return (
    <div className={className}>
      <label htmlFor={inputId} className="nhsuk-label nhsuk-label--s">
        {label}
      </label>
      <div id={hintId} className="nhsuk-hint">
        {hint}
      </div>
      <div className="node-combobox__field">
        <input
          ref={inputRef}
          id={inputId}
          className="nhsuk-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={noMatch ? `${hintId} ${noMatchId}` : hintId}
          value={value}
          onChange={(event) => {
            setText(event.target.value);
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
          aria-label={label}
          className="node-combobox__options"
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
                className={`node-combobox__option${i === active ? " is-active" : ""}`}
                // Keep focus in the input while a pointer picks an option.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(i)}
              >
                {node.title}
                {match.label === node.title ? null : (
                  <>
                    {" "}
                    <span className="node-combobox__matched">({match.label})</span>
                  </>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {/* One live region, there before anything is typed: screen readers hear the count of matches as they
          type, and everyone sees when nothing matches. */}
      <p role="status" className={noMatch ? "node-combobox__no-match" : "visually-hidden"}>
        {typed === "" ? "" : noMatch ? noMatchText : `${matches.length} matching roles.`}
      </p>
      {noMatch ? (
        <div id={noMatchId} className="node-combobox__help">
          {suggestions.length === 0 ? null : (
            <>
              <p className="node-combobox__help-lead">Did you mean:</p>
              <ul className="node-combobox__suggestions">
                {suggestions.map((suggestion) => (
                  <li key={suggestion.id}>
                    <button
                      type="button"
                      className="link-button node-combobox__suggestion"
                      onClick={() => chooseId(suggestion.id)}
                    >
                      {graph.nodes.get(suggestion.id)?.title ?? suggestion.label}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            Try part of a job title (such as “support worker” or “nurse”)
            {hasStartingPoints ? ", a qualification (such as “GCSEs” or “degree”)" : ""} or an abbreviation
            such as PWP, or <AppLink to={paths.roles()}>see every role in a list</AppLink>.
          </p>
        </div>
      ) : null}
    </div>
  );
}
