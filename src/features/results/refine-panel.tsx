import { useState, type ReactNode } from 'react';
import { hasFilters, useResultFilters } from './filters';

/** Phones start with the panel closed so the ranking leads; wider screens have room for it open. */
const WIDE = '(min-width: 48rem)';

/**
 * "Refine": the filters and the preferences behind the ranking, in one collapsible panel. It
 * opens by itself when a filter is set, so a filtered list never hides why it is short.
 */
export function RefinePanel({ children }: { children: ReactNode }) {
  const { values } = useResultFilters();
  const [open, setOpen] = useState(
    () =>
      hasFilters(values) ||
      typeof window.matchMedia !== 'function' ||
      window.matchMedia(WIDE).matches,
  );
  return (
    <details
      className="refine card no-print"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="refine-summary">
        Refine<span className="muted">: filters and work preferences</span>
      </summary>
      <div className="refine-body">{children}</div>
    </details>
  );
}
