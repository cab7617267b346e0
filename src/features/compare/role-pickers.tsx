import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { Role } from '@/catalogue/schema';
import { valueFromBeforeHydration } from '@/shared/hooks/use-value-from-before-hydration';

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
  const shownA = known(a) ? a : '';
  const shownB = known(b) ? b : '';
  // The seed comparisons are prerendered: roles picked before the page hydrated still count, both
  // in one change.
  const pickerA = useRef<HTMLSelectElement>(null);
  const pickerB = useRef<HTMLSelectElement>(null);
  const pickedEarly = useEffectEvent(() => {
    const early = (ref: typeof pickerA, shown: string) =>
      ref.current ? valueFromBeforeHydration(ref.current, shown) : undefined;
    const [earlyA, earlyB] = [early(pickerA, shownA), early(pickerB, shownB)];
    if (earlyA !== undefined || earlyB !== undefined) onChange(earlyA ?? a, earlyB ?? b);
  });
  useEffect(() => pickedEarly(), []);
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
          ref={pickerA}
          id={`${id}-a`}
          value={shownA}
          onChange={(e) => onChange(e.target.value, b)}
        >
          <option value="">Choose a role…</option>
          {options}
        </select>
      </div>
      <div className="picker">
        <label htmlFor={`${id}-b`}>Second role</label>
        <select
          ref={pickerB}
          id={`${id}-b`}
          value={shownB}
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
