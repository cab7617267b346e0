import { useId } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { RoleScore, SkillStatus } from '@/scoring';
import { chartRows, type LevelMeterDatum } from './chart-rows';
import { TableRegion } from '@/shared/ui/table-region';
import { formatLevel, NOT_RATED } from '@/shared/format/level';
import { formatPoints } from '@/shared/format/effort';

const STATUS_TEXT: Record<SkillStatus, string> = {
  met: 'Met',
  partial: 'Partly met',
  missing: 'Missing',
};

/**
 * Why: a meter per skill drawn in the whole levels 0 to 4, the person's level as a bar and the
 * role's need as a mark. Classes, not inline widths, so it survives the page's CSP. The label is
 * its text equivalent; the row's cells give the same numbers in words.
 */
function LevelMeter({ datum }: { datum: LevelMeterDatum }) {
  return (
    <span
      className="fit-meter"
      role="img"
      aria-label={`You ${datum.you} of 4, the role needs ${datum.required}`}
    >
      <span className={`fit-meter-you level-${datum.you}`} />
      <span className={`fit-meter-need level-${datum.required}`} />
    </span>
  );
}

/** Skill by skill: your level against the role's need as a meter and in words, plus the points. */
export function SkillBreakdown({ score }: { score: RoleScore }) {
  const { skillName } = useCatalogueModel();
  const captionId = useId();
  const rows = [...score.contributions].sort(
    (a, b) => b.importance - a.importance || b.maxPoints - a.maxPoints,
  );
  const meters = chartRows(rows, skillName);

  return (
    <>
      <p className="muted fit-meter-key">
        Each meter shows your level (blue bar) against the level the role needs (dark mark), on the
        0 to 4 scale.
      </p>
      <TableRegion labelledBy={captionId}>
        <table className="fit-table">
          <caption id={captionId}>
            Skill by skill: your level, the role&apos;s need and the points each adds to your score
          </caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">You</th>
              <th scope="col">Required</th>
              <th scope="col">You against need</th>
              <th scope="col">Importance</th>
              <th scope="col">Points</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => (
              <tr key={c.skillId} className={`status-${c.status}`}>
                <th scope="row">{skillName(c.skillId)}</th>
                <td>{formatLevel(c.have)}</td>
                <td>{formatLevel(c.required, 'required')}</td>
                <td>{meters[i] && <LevelMeter datum={meters[i]} />}</td>
                <td>{c.importance} of 5</td>
                <td>
                  {formatPoints(c.points)} of {formatPoints(c.maxPoints)}
                </td>
                <td>
                  {c.have === null && c.status !== 'met' ? NOT_RATED : STATUS_TEXT[c.status]}
                  {c.defining && <span className="badge">Defining</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td colSpan={4} />
              <td>{formatPoints(score.score)} of 100</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </TableRegion>
    </>
  );
}
