import { useId } from 'react';
import { EDUCATION_LEVELS, INDUSTRIES } from '@/catalogue/vocabulary';
import { hasFilters, SENIORITY_LABELS, useResultFilters } from './filters';

const ANY = '';

/** Industry, seniority and education filters; they apply at once and live in the URL. */
export function ResultFilters() {
  const { values, setValues } = useResultFilters();
  const id = useId();

  return (
    <form
      className="result-filters card no-print"
      aria-label="Filter roles"
      onSubmit={(e) => e.preventDefault()}
    >
      <FilterSelect
        id={`${id}-industry`}
        label="Industry"
        anyLabel="Any industry"
        options={INDUSTRIES}
        value={values.industries[0] ?? null}
        onChange={(industry) => setValues({ industries: industry ? [industry] : [] })}
      />
      <FilterSelect
        id={`${id}-seniority`}
        label="Seniority"
        anyLabel="Any seniority"
        options={SENIORITY_LABELS}
        value={values.seniority}
        onChange={(seniority) => setValues({ seniority })}
      />
      <FilterSelect
        id={`${id}-education`}
        label="Education you would go up to"
        anyLabel="Any education"
        options={EDUCATION_LEVELS}
        value={values.education}
        onChange={(education) => setValues({ education })}
      />
      {/* Always present (not removed once used) so keyboard focus never drops to the page. */}
      <button
        type="button"
        className="button"
        onClick={() => setValues({ industries: [], seniority: null, education: null })}
        aria-describedby={hasFilters(values) ? undefined : `${id}-none`}
      >
        Clear filters
      </button>
      {!hasFilters(values) && (
        <span id={`${id}-none`} className="visually-hidden">
          No filters are set
        </span>
      )}
    </form>
  );
}

interface FilterSelectProps<T extends string> {
  id: string;
  label: string;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  /** value -> label, in display order. */
  options: Readonly<Record<T, string>>;
  value: T | null;
  onChange: (value: T | null) => void;
}

/** One labelled filter: "any" or one of `options`. */
function FilterSelect<T extends string>({
  id,
  label,
  anyLabel,
  options,
  value,
  onChange,
}: FilterSelectProps<T>) {
  return (
    <div className="result-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ANY}
        // Only option values reach here: ANY or a key of `options`.
        onChange={(e) => onChange(e.target.value === ANY ? null : (e.target.value as T))}
      >
        <option value={ANY}>{anyLabel}</option>
        {(Object.entries(options) as [T, string][]).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
