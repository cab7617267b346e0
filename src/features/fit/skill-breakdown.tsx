import { lazy, Suspense, useId } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { RoleScore, SkillStatus } from '@/scoring';
import { chartRows } from './chart-rows';
import { TableRegion } from '@/shared/ui/table-region';
import { formatLevel } from '@/shared/format/level';
import { formatPoints } from '@/shared/format/effort';

const SkillChart = lazy(() => import('./skill-chart'));

const STATUS_TEXT: Record<SkillStatus, string> = {
  met: 'Met',
  partial: 'Partly met',
  missing: 'Missing',
};

/** The chart of you vs. the role, and a table with the same numbers plus each skill's points. */
export function SkillBreakdown({ score }: { score: RoleScore }) {
  const { skillName } = useCatalogueModel();
  const captionId = useId();
  const rows = [...score.contributions].sort(
    (a, b) => b.importance - a.importance || b.maxPoints - a.maxPoints,
  );
  const chartData = chartRows(rows, skillName);

  return (
    <>
      <figure className="fit-chart">
        <div aria-hidden="true" className="fit-chart-canvas">
          <Suspense fallback={<p className="muted">Loading chart…</p>}>
            <SkillChart data={chartData} />
          </Suspense>
        </div>
        <figcaption className="muted">
          Your level (blue) against the level the role needs (grey), on the 0 to 4 scale. The table
          below lists the same numbers.
        </figcaption>
      </figure>
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
              <th scope="col">Importance</th>
              <th scope="col">Points</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.skillId} className={`status-${c.status}`}>
                <th scope="row">{skillName(c.skillId)}</th>
                <td>{formatLevel(c.have)}</td>
                <td>{formatLevel(c.required, 'required')}</td>
                <td>{c.importance} of 5</td>
                <td>
                  {formatPoints(c.points)} of {formatPoints(c.maxPoints)}
                </td>
                <td>{STATUS_TEXT[c.status]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td colSpan={3} />
              <td>{formatPoints(score.score)} of 100</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </TableRegion>
    </>
  );
}
