/**
 * Gap analysis and the effort heuristic shared with career paths.
 */
import { denseProfile, engineOf, fitOf, roleIndexOf, scoreFromFit, type Engine } from './engine';
import type { GapAnalysis, GapItem, PreparedCatalogue, Profile } from './types';

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
 * The whole level that meets a requirement: a person answers in whole levels, so a requirement of
 * 2.2 (an O*NET level rescaled) is met at 3. A requirement within noise of a whole level
 * (2.0000001) stays itself, so the climb to it is never 0 weeks while a gap remains.
 */
function wholeLevelMeeting(required: number): number {
  return Math.max(required, Math.ceil(required - 1e-6));
}

/**
 * Each skill where the person is below the role's required level, with its shortfall, importance,
 * effort (weeks from their level to the whole level that meets the requirement) and
 * priority = the score points closing that one gap would add, per week of effort.
 * Sorted by priority (then skill id). Quick wins: shortfall <= 1 level and importance >= 3.5;
 * everything else is a foundation (a larger gap, or a less central skill).
 */
export function gapAnalysis(prepared: PreparedCatalogue, profile: Profile, roleId: string): GapAnalysis {
  const engine = engineOf(prepared);
  const r = roleIndexOf(engine, roleId);
  const dense = denseProfile(engine, profile);
  return gapsOf(engine, r, dense.have);
}

export function gapsOf(engine: Engine, r: number, have: Float64Array): GapAnalysis {
  const { rowStart, col, req, imp, weight, perLevel, total, shrink } = engine;
  const W = total[r]!;
  const c = shrink[r]!;
  const F = fitOf(engine, r, have);
  const score = scoreFromFit(F, W, c);
  const items: GapItem[] = [];
  let weeks = 0;
  for (let i = rowStart[r]!, end = rowStart[r + 1]!; i < end; i++) {
    const h = have[col[i]!]!;
    const q = req[i]!;
    if (h >= q) continue;
    const effort = effortWeeks(h, wholeLevelMeeting(q));
    weeks += effort;
    const gain = scoreFromFit(F + weight[i]! - perLevel[i]! * h, W, c) - score;
    const shortfall = Math.round((q - h) * 100) / 100;
    const importance = imp[i]!;
    items.push({
      skillId: engine.skillIds[col[i]!]!,
      have: h,
      required: q,
      shortfall,
      importance,
      priority: gain / effort,
      kind: shortfall <= QUICK_WIN_MAX_SHORTFALL && importance >= QUICK_WIN_MIN_IMPORTANCE ? 'quick-win' : 'foundation',
      effortWeeks: round1(effort),
    });
  }
  items.sort((a, b) => b.priority - a.priority || (a.skillId < b.skillId ? -1 : 1));
  return {
    roleId: engine.roles[r]!.id,
    items,
    quickWins: items.filter((g) => g.kind === 'quick-win'),
    foundations: items.filter((g) => g.kind === 'foundation'),
    effortWeeks: {
      low: Math.round(weeks * EFFORT_RANGE.low),
      high: Math.round(weeks * EFFORT_RANGE.high),
    },
  };
}
