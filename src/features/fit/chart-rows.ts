import { heldLevel, requiredLevel } from '@/shared/format/level';
import type { SkillContribution } from '@/scoring';
import type { SkillChartDatum } from './skill-chart';

/**
 * The chart's bars in the whole levels the table beside it shows: a requirement as the level to
 * reach (2.2 -> 3), an answer as held (unanswered = 0), so the bars and the table agree.
 */
export function chartRows(
  rows: readonly SkillContribution[],
  name: (skillId: string) => string,
): SkillChartDatum[] {
  return rows.map((c) => ({
    name: name(c.skillId),
    you: heldLevel(c.have ?? 0),
    required: requiredLevel(c.required),
  }));
}
