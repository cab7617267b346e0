import type { ReactNode } from 'react';
import './table-region.css';

/**
 * A horizontally scrollable wrapper for wide tables on narrow screens. It takes focus so
 * keyboard users can scroll it (axe: scrollable-region-focusable) and is named by the caption.
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focusable scroll region is the accessible pattern here
    <div className="table-region" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
