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

function CheckboxGroup<T extends string>({ legend, options, selected, onChange }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const checked = selected.includes(option.value);
        return (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={checked}
              onChange={() =>
                onChange(checked ? selected.filter((v) => v !== option.value) : [...selected, option.value])
              }
            />
            <span>{option.label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

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
      <fieldset className="checkbox-group">
        <legend>Apprenticeships</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.apprenticeshipOnly}
            onChange={() => onChange({ ...filters, apprenticeshipOnly: !filters.apprenticeshipOnly })}
          />
          <span>Only roles you can reach by an apprenticeship</span>
        </label>
      </fieldset>
      <button type="button" className="button button--secondary" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </form>
  );
}
