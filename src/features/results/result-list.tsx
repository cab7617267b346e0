import { useEffect, useRef, useState } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { Profile, RankedRole, RoleScore, WorkPreferences } from '@/scoring';
import type { Whose } from '@/shared/format/voice';
import { ResultItem } from './result-item';
import { useRanking } from './use-ranking';
import './results.css';

export const FIRST_PAGE = 10;

interface Props {
  ranked: readonly RankedRole[];
  /** Per-skill explanation of a ranked role (from useRanking). */
  explain: (roleId: string) => RoleScore;
  movement?: ReadonlyMap<string, number>;
  /** Heading text of the list section. */
  title?: string;
  /** 'other' when the ranking is someone else's (shared link, example profile). */
  whose?: Whose;
}

/** The ranked roles: the top ten first, then all of them on request. */
export function ResultList({
  ranked,
  explain,
  movement,
  title = 'Roles ranked for you',
  whose = 'own',
}: Props) {
  const { roleById } = useCatalogueModel();
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
            explanation={explain(result.roleId)}
            role={roleById.get(result.roleId)}
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

const NO_FILTERS = {};

/** Someone's ranking with no filters: the list a shared link shows. */
export function RankedList({
  answers,
  preferences,
  ...list
}: Omit<Props, 'ranked' | 'explain' | 'movement'> & {
  answers: Profile;
  preferences: WorkPreferences | null;
}) {
  const { ranked, explain } = useRanking(answers, preferences, NO_FILTERS);
  return <ResultList ranked={ranked} explain={explain} {...list} />;
}
