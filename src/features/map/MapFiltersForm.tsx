import { useId } from "react";
import { useCareerData } from "../../app/career-data-context";
import { AGE_GROUPS, REGISTRATION_TYPES, ROUTE_KINDS } from "../../core/dataset/schema";
import { NO_FILTERS, type MapFilters } from "../../core/map/map-filters";
import { AGE_GROUP_LABELS, REGISTRATION_LABELS, ROUTE_KIND_LABELS } from "../../core/text/labels";

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  selected: ReadonlyArray<T>;
  onChange: (values: T[]) => void;
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
                  onChange(checked ? selected.filter((v) => v !== option.value) : [...selected, option.value])
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
  onChange: (filters: MapFilters) => void;
}) {
  const { dataset } = useCareerData();
  return (
    <form className="map-filters" aria-label="Filter the map" onSubmit={(event) => event.preventDefault()}>
      <CheckboxGroup
        legend="Families of roles"
        options={dataset.families.map((f) => ({ value: f.id, label: f.name }))}
        selected={filters.families}
        onChange={(families) => onChange({ ...filters, families })}
      />
      <CheckboxGroup
        legend="Kinds of route"
        options={ROUTE_KINDS.map((kind) => ({ value: kind, label: ROUTE_KIND_LABELS[kind] }))}
        selected={filters.kinds}
        onChange={(kinds) => onChange({ ...filters, kinds })}
      />
      <CheckboxGroup
        legend="Registration"
        options={REGISTRATION_TYPES.map((type) => ({ value: type, label: REGISTRATION_LABELS[type] }))}
        selected={filters.registration}
        onChange={(registration) => onChange({ ...filters, registration })}
      />
      <CheckboxGroup
        legend="Who you work with"
        options={AGE_GROUPS.map((group) => ({ value: group, label: AGE_GROUP_LABELS[group] }))}
        selected={filters.ageGroups}
        onChange={(ageGroups) => onChange({ ...filters, ageGroups })}
      />
      <CheckboxGroup
        legend="Apprenticeships"
        options={YES}
        selected={filters.apprenticeshipOnly ? ["yes"] : []}
        onChange={(values) => onChange({ ...filters, apprenticeshipOnly: values.length > 0 })}
      />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => onChange(NO_FILTERS)}
      >
        Clear filters
      </button>
    </form>
  );
}
