import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { paths } from '@/shared/paths';
import { formatCounts } from '@/shared/format/level';
import { scoreRoles } from '@/scoring';
import { useProfile } from './use-profile';

/** The person's skill fit to each role, or an invitation to take the quiz. */
export function CompareFit({ a, b }: { a: Role; b: Role }) {
  const { hasAnswers, profile } = useProfile();
  const { prepared } = useCatalogueModel();
  const scores = useMemo(
    () => (hasAnswers ? new Map(scoreRoles(prepared, profile).map((s) => [s.roleId, s])) : null),
    [hasAnswers, prepared, profile],
  );

  return (
    <section className="compare-section" aria-labelledby="compare-fit-title">
      <h2 id="compare-fit-title">Your fit</h2>
      {scores ? (
        <div className="compare-pair">
          {[a, b].map((role) => {
            const s = scores.get(role.id);
            return (
              <div key={role.id} className="compare-side card">
                <h3>{role.title}</h3>
                {s && (
                  <p>
                    <span className="compare-score">{Math.round(s.score)}</span> / 100 skill fit:{' '}
                    {formatCounts(s)}.
                  </p>
                )}
                <Link to={paths.role.href(role.id)}>See your gap plan for {role.title}</Link>
              </div>
            );
          })}
        </div>
      ) : (
        <p>
          <Link to={paths.quiz.href()}>Take the skills quiz</Link> to see how well you fit each of
          these roles.
        </p>
      )}
    </section>
  );
}
