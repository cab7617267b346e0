import { useId } from 'react';
import type { Role } from '@/catalogue/schema';

interface Props {
  roles: readonly Role[];
  a: string;
  b: string;
  onChange: (a: string, b: string) => void;
}

/** Two labelled role selects and a swap button; the page keeps the choice in the URL. */
export function RolePickers({ roles, a, b, onChange }: Props) {
  const id = useId();
  const sorted = [...roles].sort((x, y) => x.title.localeCompare(y.title));
  const known = (value: string) => roles.some((r) => r.id === value);
  const options = sorted.map((r) => (
    <option key={r.id} value={r.id}>
      {r.title}
    </option>
  ));
  return (
    <div className="compare-pickers card">
      <div className="picker">
        <label htmlFor={`${id}-a`}>First role</label>
        <select
          id={`${id}-a`}
          value={known(a) ? a : ''}
          onChange={(e) => onChange(e.target.value, b)}
        >
          <option value="">Choose a role…</option>
          {options}
        </select>
      </div>
      <div className="picker">
        <label htmlFor={`${id}-b`}>Second role</label>
        <select
          id={`${id}-b`}
          value={known(b) ? b : ''}
          onChange={(e) => onChange(a, e.target.value)}
        >
          <option value="">Choose a role…</option>
          {options}
        </select>
      </div>
      <button type="button" className="button" onClick={() => onChange(b, a)} disabled={!a && !b}>
        Swap sides
      </button>
    </div>
  );
}
