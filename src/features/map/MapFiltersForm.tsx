import { useId } from "react";
import { useMapData } from "../../lib/career-data-context";
import { AGE_GROUPS, REGISTRATION_TYPES } from "../../core/dataset/constants";
import { NO_FILTERS, type MapFilters } from "../../core/filters/map-filters";
import { AGE_GROUP_LABELS, REGISTRATION_LABELS } from "../../core/describe";

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  selected: ReadonlyArray<T>;
  /** Receives the toggle to apply to the latest selection (not the one rendered, which may be behind). */
  onChange: (toggle: (latest: ReadonlyArray<T>) => T[]) => void;
}

/** A group of NHS.UK checkboxes (the small size, as they sit beside a map). */
function CheckboxGroup<T extends string>({ legend, options, selected, onChange }: CheckboxGroupProps<T>) {
  const baseId = useId();
  return (
    <fieldset className="nhsuk-fieldset map-filters__group">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        {options.map((option, i) => {
          const checked = selected.includes(option.value);
          const id = `${baseId}-${i}`;
          return (
            <div key={option.value} className="nhsuk-checkboxes__item">
              <input
                id={id}
                className="nhsuk-checkboxes__input"
                type="checkbox"
                checked={checked}
                onChange={() =>
                  onChange((latest) =>
                    latest.includes(option.value)
                      ? latest.filter((v) => v !== option.value)
                      : [...latest, option.value],
                  )
                }
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

const YES = [{ value: "yes" as const, label: "Only roles you can reach by an apprenticeship" }];

/** Filters on the map. Each change updates the address at once, so the view can be shared or gone back to. */
export function MapFiltersForm({
  filters,
  onChange,
}: {
  filters: MapFilters;
  /** Receives an update of the latest filters, so that quick changes in a row all count. */
  onChange: (change: (latest: MapFilters) => MapFilters) => void;
}) {
  const { dataset } = useMapData();
  // A dataset whose roles say nothing of who they work with gets no filter for it.
  const usesAgeGroups = dataset.roles.some((role) => role.ageGroups.length > 0);
  return (
    <form className="map-filters" aria-label="Filter the map" onSubmit={(event) => event.preventDefault()}>
      <CheckboxGroup
        legend="Families of roles"
        options={dataset.families.map((f) => ({ value: f.id, label: f.name }))}
        selected={filters.families}
        onChange={(toggle) => onChange((latest) => ({ ...latest, families: toggle(latest.families) }))}
      />
      <CheckboxGroup
        legend="Kinds of route"
        options={dataset.routeKinds.map((kind) => ({ value: kind.id, label: kind.name }))}
        selected={filters.kinds}
        onChange={(toggle) => onChange((latest) => ({ ...latest, kinds: toggle(latest.kinds) }))}
      />
      <CheckboxGroup
        legend="Registration"
        options={REGISTRATION_TYPES.map((type) => ({ value: type, label: REGISTRATION_LABELS[type] }))}
        selected={filters.registration}
        onChange={(toggle) =>
          onChange((latest) => ({ ...latest, registration: toggle(latest.registration) }))
        }
      />
      {usesAgeGroups ? (
        <CheckboxGroup
          legend="Who you work with"
          options={AGE_GROUPS.map((group) => ({ value: group, label: AGE_GROUP_LABELS[group] }))}
          selected={filters.ageGroups}
          onChange={(toggle) => onChange((latest) => ({ ...latest, ageGroups: toggle(latest.ageGroups) }))}
        />
      ) : null}
      <CheckboxGroup
        legend="Apprenticeships"
        options={YES}
        selected={filters.apprenticeshipOnly ? ["yes"] : []}
        onChange={(toggle) =>
          onChange((latest) => ({
            ...latest,
            apprenticeshipOnly: toggle(latest.apprenticeshipOnly ? ["yes"] : []).length > 0,
          }))
        }
      />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => onChange(() => NO_FILTERS)}
      >
        Clear filters
      </button>
    </form>
  );
}
