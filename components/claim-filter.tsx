import { CLAIM_FILTERS, type ClaimFilter } from './report-helpers';
import { StanceIcon } from './stance-badge';

export interface ClaimFilterBarProps {
  value: ClaimFilter;
  counts: Record<ClaimFilter, number>;
  onChange: (filter: ClaimFilter) => void;
}

const LABELS: Readonly<Record<ClaimFilter, string>> = {
  all: 'All',
  conflict: 'Conflicts',
  agree: 'Agreements',
};

/**
 * Which claims the list shows. Native radio buttons in a fieldset: arrow keys move between them, and a
 * screen reader announces the group and the choice; each label has its word and count, and an icon.
 */
export function ClaimFilterBar({ value, counts, onChange }: ClaimFilterBarProps) {
  return (
    <fieldset class="cc-filter" data-testid="filter" data-filter={value}>
      <legend class="cc-visually-hidden">Show claims</legend>
      {CLAIM_FILTERS.map((filter) => (
        <label key={filter} class={`cc-filter-option${filter === value ? ' cc-filter-checked' : ''}`}>
          <input
            type="radio"
            name="cc-filter"
            class="cc-filter-input"
            value={filter}
            checked={filter === value}
            data-testid={`filter-${filter}`}
            onChange={() => onChange(filter)}
          />
          {filter === 'all' ? null : <StanceIcon stance={filter} size={12} />}
          <span>
            {LABELS[filter]} <span class="cc-filter-count">({counts[filter]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
