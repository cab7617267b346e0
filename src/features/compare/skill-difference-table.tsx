import { useId } from 'react';
import type { Role } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { TableRegion } from '@/shared/ui/table-region';
import { formatLevel } from '@/shared/format/level';
import { skillDifferences } from './skill-differences';
import { useProfile } from './use-profile';

/** The skills where the two roles ask for different levels, with the person's own level. */
export function SkillDifferenceTable({ a, b }: { a: Role; b: Role }) {
  const { skillName } = useCatalogueModel();
  const { hasAnswers, profile } = useProfile();
  const captionId = useId();
  const rows = skillDifferences(a, b);

  return (
    <section className="compare-section" aria-labelledby={`${captionId}-h`}>
      <h2 id={`${captionId}-h`}>Skills that differ</h2>
      {rows.length === 0 ? (
        <p>Both roles ask for the same skills at about the same level.</p>
      ) : (
        <>
          <TableRegion labelledBy={captionId}>
            <table className="compare-table">
              <caption id={captionId}>
                Required level in each role (0 to 4), biggest difference first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">{a.title}</th>
                  <th scope="col">{b.title}</th>
                  {hasAnswers && <th scope="col">You</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.skillId}>
                    <th scope="row">{skillName(row.skillId)}</th>
                    <td>{row.a === null ? 'Not listed' : formatLevel(row.a, 'required')}</td>
                    <td>{row.b === null ? 'Not listed' : formatLevel(row.b, 'required')}</td>
                    {hasAnswers && <td>{formatLevel(profile[row.skillId])}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}
