import { useId } from 'react';
import { EDUCATION_LEVELS, INDUSTRIES } from '@/catalogue/schema';
import { hasFilters, SENIORITY_LABELS, useResultFilters, type FilterValues } from './filters';

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
      <div className="result-filter">
        <label htmlFor={`${id}-industry`}>Industry</label>
        <select
          id={`${id}-industry`}
          value={values.industries[0] ?? ANY}
          onChange={(e) =>
            setValues({
              industries:
                e.target.value === ANY
                  ? []
                  : [e.target.value as FilterValues['industries'][number]],
            })
          }
        >
          <option value={ANY}>Any industry</option>
          {Object.entries(INDUSTRIES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="result-filter">
        <label htmlFor={`${id}-seniority`}>Seniority</label>
        <select
          id={`${id}-seniority`}
          value={values.seniority ?? ANY}
          onChange={(e) =>
            setValues({
              seniority:
                e.target.value === ANY ? null : (e.target.value as FilterValues['seniority']),
            })
          }
        >
          <option value={ANY}>Any seniority</option>
          {Object.entries(SENIORITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="result-filter">
        <label htmlFor={`${id}-education`}>Education you would go up to</label>
        <select
          id={`${id}-education`}
          value={values.education ?? ANY}
          onChange={(e) =>
            setValues({
              education:
                e.target.value === ANY ? null : (e.target.value as FilterValues['education']),
            })
          }
        >
          <option value={ANY}>Any education</option>
          {Object.entries(EDUCATION_LEVELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
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
