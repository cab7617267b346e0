/**
 * Gap analysis and the effort heuristic shared with career paths.
 */
import { denseProfile, roleOf, roleScore, type DenseProfile } from './engine';
import type { GapAnalysis, GapItem, PreparedCatalogue, PreparedRole, Profile } from './types';

/**
 * Weeks of part-time study to climb each step of the scale: 0->1, 1->2, 2->3, 3->4. Each step
 * takes about twice as long as the one before (see docs/scoring.md for the reasoning).
 */
export const WEEKS_PER_STEP = [2, 4, 8, 16] as const;
/** A quick win: shortfall at most this many levels ... */
export const QUICK_WIN_MAX_SHORTFALL = 1;
/** ... on a skill at least this important. */
export const QUICK_WIN_MIN_IMPORTANCE = 3.5;
/** The total is a range: related skills overlap (low), context switching and practice add (high). */
export const EFFORT_RANGE = { low: 0.75, high: 1.5 } as const;

/**
 * Weeks to climb from level `from` to level `to` (0 when to <= from): the integral of
 * WEEKS_PER_STEP over [from, to], so fractional levels (required 2.3) count pro rata.
 */
export function effortWeeks(from: number, to: number): number {
  if (!(to > from)) return 0;
  let weeks = 0;
  for (let step = 0; step < WEEKS_PER_STEP.length; step++) {
    const overlap = Math.min(to, step + 1) - Math.max(from, step);
    if (overlap > 0) weeks += overlap * WEEKS_PER_STEP[step]!;
  }
  return weeks;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Each skill where the person is below the role's required level, with its shortfall, importance,
 * effort (weeks from their level to the whole level that meets the requirement) and
 * priority = the score points closing that one gap would add, per week of effort.
 * Sorted by priority (then skill id). Quick wins: shortfall <= 1 level and importance >= 3.5;
 * everything else is a foundation (a larger gap, or a less central skill).
 */
export function gapAnalysis(
  prepared: PreparedCatalogue,
  profile: Profile,
  roleId: string,
): GapAnalysis {
  return gapsOf(prepared, roleOf(prepared, roleId), denseProfile(prepared, profile));
}

function gapsOf(prepared: PreparedCatalogue, role: PreparedRole, dense: DenseProfile): GapAnalysis {
  const { have, answered } = dense;
  const score = roleScore(role, have, answered);
  const defining = new Set(role.defining);
  const items: GapItem[] = [];
  const unrated: GapAnalysis['unrated'] = [];
  let weeks = 0;
  for (let i = 0; i < role.skill.length; i++) {
    const s = role.skill[i]!;
    const h = have[s]!;
    const q = role.required[i]!;
    if (h >= q) continue;
    const importance = role.importance[i]!;
    const skillId = prepared.skillIds[s]!;
    // A skill never rated is not a gap: nobody knows yet whether there is one.
    if (!answered[s]) {
      unrated.push({ skillId, required: q, importance, defining: defining.has(i) });
      continue;
    }
    const effort = effortWeeks(h, q);
    weeks += effort;
    // Score points closing this one gap would add (the defining-skill limit included).
    const closed = have.slice();
    closed[s] = q;
    const gain = roleScore(role, closed, answered) - score;
    const shortfall = Math.round((q - h) * 100) / 100;
    items.push({
      skillId,
      have: h,
      required: q,
      shortfall,
      importance,
      defining: defining.has(i),
      priority: gain / effort,
      kind:
        shortfall <= QUICK_WIN_MAX_SHORTFALL && importance >= QUICK_WIN_MIN_IMPORTANCE
          ? 'quick-win'
          : 'foundation',
      effortWeeks: round1(effort),
    });
  }
  unrated.sort(
    (a, b) =>
      Number(b.defining) - Number(a.defining) ||
      b.importance - a.importance ||
      (a.skillId < b.skillId ? -1 : 1),
  );
  items.sort((a, b) => b.priority - a.priority || (a.skillId < b.skillId ? -1 : 1));
  return {
    roleId: role.id,
    items,
    unrated,
    quickWins: items.filter((g) => g.kind === 'quick-win'),
    foundations: items.filter((g) => g.kind === 'foundation'),
    effortWeeks: {
      low: Math.round(weeks * EFFORT_RANGE.low),
      high: Math.round(weeks * EFFORT_RANGE.high),
    },
  };
}
