import { heldLevel, requiredLevel } from '@/shared/format/level';
import type { SkillContribution } from '@/scoring';

/** One skill's meter: the person's level against the role's need, both whole levels 0 to 4. */
export interface LevelMeterDatum {
  name: string;
  you: number;
  required: number;
}

/**
 * The meters' levels in the whole levels the table shows: a requirement as the level to reach
 * (2.2 -> 3), an answer as held (unanswered = 0), so the meter and the numbers beside it agree.
 */
export function chartRows(
  rows: readonly SkillContribution[],
  name: (skillId: string) => string,
): LevelMeterDatum[] {
  return rows.map((c) => ({
    name: name(c.skillId),
    you: heldLevel(c.have ?? 0),
    required: requiredLevel(c.required),
  }));
}
