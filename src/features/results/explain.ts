import type { RoleScore, SkillContribution } from '@/scoring';

/** Below this share of a role's (weighted) skills answered, its score is flagged as tentative. */
export const LOW_CONFIDENCE = 0.5;
/** Below this share of all catalogue skills answered, the whole page says results are rough. */
export const SHORT_QUIZ = 0.5;

export interface FitReason {
  /** The skills adding the most points, best first (at most two). */
  carriers: SkillContribution[];
  /** The rated, unmet skill costing the most points, or null when no rated skill falls short. */
  gap: SkillContribution | null;
}

/**
 * Picks what the one-line "why" names. It only orders the engine's own per-skill contributions
 * (points earned, points still missing); the scoring itself stays in src/scoring.
 */
export function explainFit(role: RoleScore): FitReason {
  const carriers = role.contributions
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points || a.skillId.localeCompare(b.skillId))
    .slice(0, 2);
  let gap: SkillContribution | null = null;
  for (const c of role.contributions) {
    // A skill never rated is not a gap: nobody knows yet whether there is one.
    if (c.status === 'met' || c.have === null) continue;
    const lost = c.maxPoints - c.points;
    if (!gap || lost > gap.maxPoints - gap.points) gap = c;
  }
  return { carriers, gap };
}

/**
 * Skills worth trying in what-if: the unmet skills costing the most points across the given
 * roles (the top few, best first), biggest first, each role's losses weighted by its place (1,
 * 1/2, 1/3, ...) so the leading role's skills lead. Unrated skills count too: trying a level is a
 * way to see what rating them would do. A defining skill that holds a role back costs what its
 * limit takes off the score, so it comes early: raising anything else would not move that role.
 * Callers pass the roles scored on the *saved* answers so the list stays put while levels are
 * being tried (a control must not vanish under the cursor).
 */
export function skillsToTry(top: readonly RoleScore[], limit = 6): string[] {
  const lost = new Map<string, number>();
  const add = (skillId: string, points: number) =>
    lost.set(skillId, (lost.get(skillId) ?? 0) + points);
  top.forEach((role, place) => {
    const weight = 1 / (place + 1);
    // The limit counts only while it binds (the score sits at the cap).
    if (role.limit && role.score >= role.limit.cap - 1e-9)
      add(role.limit.skillId, weight * (100 - role.limit.cap));
    for (const c of role.contributions)
      if (c.status !== 'met') add(c.skillId, weight * (c.maxPoints - c.points));
  });
  return [...lost.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}
