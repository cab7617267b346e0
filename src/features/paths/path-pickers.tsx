import { useId } from 'react';
import type { Role } from '@/catalogue/schema';

interface Props {
  roles: readonly Role[];
  /** Role id, or '' for the person's answers (or nothing chosen yet). */
  from: string;
  to: string;
  hasAnswers: boolean;
  onChange: (from: string, to: string) => void;
}

/** Start and target selects; the page keeps both in the URL. */
export function PathPickers({ roles, from, to, hasAnswers, onChange }: Props) {
  const id = useId();
  const sorted = [...roles].sort((x, y) => x.title.localeCompare(y.title));
  const options = sorted.map((r) => (
    <option key={r.id} value={r.id}>
      {r.title}
    </option>
  ));
  return (
    <div className="paths-pickers card">
      <div className="picker">
        <label htmlFor={`${id}-from`}>Start from</label>
        <select id={`${id}-from`} value={from} onChange={(e) => onChange(e.target.value, to)}>
          <option value="">{hasAnswers ? 'My quiz answers' : 'Choose a start role…'}</option>
          {options}
        </select>
      </div>
      <div className="picker">
        <label htmlFor={`${id}-to`}>Target role</label>
        <select id={`${id}-to`} value={to} onChange={(e) => onChange(from, e.target.value)}>
          <option value="">Choose a target…</option>
          {options}
        </select>
      </div>
    </div>
  );
}
