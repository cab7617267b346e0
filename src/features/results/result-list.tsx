import { useEffect, useMemo, useRef, useState } from 'react';
import { useCatalogue } from '@/catalogue/use-catalogue';
import { usePrepared } from '@/features/shared/use-prepared';
import type { RankedRole } from '@/scoring';
import { ResultItem } from './result-item';
import type { Whose } from './voice';
import './results.css';

export const FIRST_PAGE = 10;

interface Props {
  ranked: readonly RankedRole[];
  movement?: ReadonlyMap<string, number>;
  /** Heading text of the list section. */
  title?: string;
  /** 'other' when the ranking is someone else's (shared link, example profile). */
  whose?: Whose;
}

/** The ranked roles: the top ten first, then all of them on request. */
export function ResultList({
  ranked,
  movement,
  title = 'Roles ranked for you',
  whose = 'own',
}: Props) {
  const prepared = usePrepared();
  const roles = useCatalogue().roles;
  const byId = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  const [showAll, setShowAll] = useState(false);
  const firstNew = useRef<HTMLLIElement | null>(null);
  const revealed = useRef(false);
  const visible = showAll ? ranked : ranked.slice(0, FIRST_PAGE);
  const hidden = ranked.length - visible.length;

  useEffect(() => {
    // Keyboard users land on the first newly shown role instead of on a button that vanished.
    if (!showAll || revealed.current) return;
    revealed.current = true;
    firstNew.current?.querySelector('a')?.focus();
  }, [showAll]);

  return (
    <section className="results-list" aria-labelledby="results-list-title">
      <h2 id="results-list-title">{title}</h2>
      <p className="muted" role="status">
        {ranked.length === 0
          ? 'No role matches these filters. Try removing one.'
          : `Showing ${visible.length} of ${ranked.length} ${ranked.length === 1 ? 'role' : 'roles'}.`}
      </p>
      <ol className="result-items">
        {visible.map((result, i) => (
          <ResultItem
            key={result.roleId}
            ref={i === FIRST_PAGE ? firstNew : undefined}
            result={result}
            role={byId.get(result.roleId)}
            prepared={prepared}
            moved={movement?.get(result.roleId)}
            whose={whose}
          />
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" className="button no-print" onClick={() => setShowAll(true)}>
          Show {hidden} more {hidden === 1 ? 'role' : 'roles'}
        </button>
      )}
    </section>
  );
}
