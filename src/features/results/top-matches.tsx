import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { RankedRole } from '@/scoring';
import { ScoreMeter } from '@/shared/ui/score-meter';

export const TOP_SHOWN = 3;

/**
 * The answer first: the three best matches, each with its score and a fit meter, small enough
 * that all three sit on a phone's first screen. The full cards, with the why and the links,
 * follow in the ranked list.
 */
export function TopMatches({ ranked }: { ranked: readonly RankedRole[] }) {
  const { roleTitle } = useCatalogueModel();
  const top = ranked.filter((r) => !r.excludedByPreferences && !r.setAside).slice(0, TOP_SHOWN);
  if (top.length === 0) return null;
  return (
    <section className="top-matches" aria-labelledby="top-matches-title">
      <h2 id="top-matches-title" className="top-matches-title">
        Your top {top.length === 1 ? 'match' : `${top.length} matches`}
      </h2>
      <ol className="top-matches-list">
        {top.map((r) => {
          const title = roleTitle(r.roleId);
          const score = Math.round(r.adjustedScore);
          return (
            <li key={r.roleId} className="top-match">
              <span className="result-rank" aria-hidden="true">
                {r.rank}
              </span>
              <strong className="top-match-title">{title}</strong>
              <p className="top-match-score">
                <strong>{score}%</strong> match
              </p>
              <ScoreMeter value={score} label={`${title}: ${score}% match`} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
