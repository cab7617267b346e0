/**
 * Adaptive questioning. While some skills are unanswered, each role's final score lies between
 * a floor (unanswered skills at level 0: today's score) and a ceiling (unanswered skills fully
 * met), because the score only rises with any level. The next question is the unanswered skill
 * that best separates the leading roles; the top 5 is settled once no role outside it can
 * overtake a role inside it, whatever the remaining answers.
 */
import { denseProfile, engineOf, MAX_LEVEL, scoreFromFit, type Engine } from './engine';
import { orderRoles, scoreVector } from './score';
import { checkPreferences, preferenceEffect } from './preferences';
import type { NextQuestion, PreparedCatalogue, Profile, WorkPreferences } from './types';

/** The set whose stability lets the quiz stop. */
export const SETTLED_TOP = 5;
/** How many leading roles the next question tries to separate. */
export const LEADING_POOL = 8;
/** The top 5 counts as stable when the last this-many answers left it unchanged ... */
export const STABLE_ANSWERS = 5;
/** ... and no single further answer could change it. */

export interface QuestionOptions {
  /** Skill ids in the order they were answered, oldest first (default: the answers' key order). */
  history?: readonly string[];
}

interface Bounds {
  floor: Float64Array;
  ceiling: Float64Array;
  /** Visible preference points per role, and roles set aside by preferences. */
  adjustment: Float64Array;
  excluded: Uint8Array;
  /** Roles not set aside by preferences, in tie-break order. */
  eligible: number[];
}

function bounds(engine: Engine, have: Float64Array, answered: Uint8Array, preferences?: WorkPreferences): Bounds {
  const { rowStart, col, req, weight, perLevel, total, shrink } = engine;
  const n = engine.nRoles;
  const floor = new Float64Array(n);
  const ceiling = new Float64Array(n);
  const eligible: number[] = [];
  const adjustments = new Float64Array(n);
  const excludedRoles = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    let low = 0;
    let high = 0;
    for (let i = rowStart[r]!, end = rowStart[r + 1]!; i < end; i++) {
      const s = col[i]!;
      const h = have[s]!;
      const q = req[i]!;
      const fitted = h >= q ? weight[i]! : perLevel[i]! * h;
      low += fitted;
      high += answered[s] ? fitted : weight[i]!;
    }
    let adjustment = 0;
    let excluded = false;
    if (preferences) {
      const effect = preferenceEffect(engine.roles[r]!, preferences);
      adjustment = effect.adjustment;
      excluded = effect.excluded;
    }
    floor[r] = Math.min(100, scoreFromFit(low, total[r]!, shrink[r]!) + adjustment);
    ceiling[r] = Math.min(100, scoreFromFit(high, total[r]!, shrink[r]!) + adjustment);
    adjustments[r] = adjustment;
    excludedRoles[r] = excluded ? 1 : 0;
    if (!excluded) eligible.push(r);
  }
  eligible.sort((a, b) => engine.tieRank[a]! - engine.tieRank[b]!);
  return { floor, ceiling, eligible, adjustment: adjustments, excluded: excludedRoles };
}

/**
 * The next skill to ask and whether the top 5 is settled.
 * - Leading roles: eligible roles by the midpoint of floor and ceiling (ties: tie-break order).
 * - Next skill: among unanswered skills, the one whose share of the score (100 x importance / W,
 *   0 where a role does not need it) varies most across the LEADING_POOL leading roles, since its
 *   answer moves them most unevenly; ties go to the larger total share, then the smaller skill id.
 *   Null only when every skill is answered.
 * - Certain: every skill answered, at most 5 eligible roles, or the lowest floor among the 5
 *   highest floors is above every other role's ceiling: no remaining answers can change the set.
 * - Settled: certain, or stable: the top-5 set of today's ranking was the same before each of the
 *   last STABLE_ANSWERS answers, and no single further answer (any open skill, any level) changes it.
 * Never returns an answered skill, so a quiz asking until null ends within the number of skills.
 */
export function nextQuestion(
  prepared: PreparedCatalogue,
  answers: Profile,
  preferences?: WorkPreferences,
  options: QuestionOptions = {},
): NextQuestion {
  const engine = engineOf(prepared);
  if (preferences) checkPreferences(preferences);
  const { have, answered } = denseProfile(engine, answers, 'answers');
  const { floor, ceiling, eligible, adjustment, excluded } = bounds(engine, have, answered, preferences);

  const byFloor = [...eligible].sort((a, b) => floor[b]! - floor[a]! || engine.tieRank[a]! - engine.tieRank[b]!);
  const top = byFloor.slice(0, SETTLED_TOP);
  const rest = byFloor.slice(SETTLED_TOP);
  const lowestTop = Math.min(...top.map((r) => floor[r]!));
  const highestRest = rest.length > 0 ? Math.max(...rest.map((r) => ceiling[r]!)) : -Infinity;
  const unanswered: number[] = [];
  for (let s = 0; s < engine.nSkills; s++) if (!answered[s]) unanswered.push(s);
  const certain = unanswered.length === 0 || rest.length === 0 || lowestTop > highestRest + 1e-6;
  const settled =
    certain || isStable(engine, answers, have, unanswered, adjustment, excluded, options.history ?? Object.keys(answers));

  const mid = (r: number) => floor[r]! + ceiling[r]!;
  const leading = [...eligible].sort((a, b) => mid(b) - mid(a) || engine.tieRank[a]! - engine.tieRank[b]!);
  const pool = leading.slice(0, LEADING_POOL);

  return {
    skillId: pickSkill(engine, pool, unanswered, answered),
    settled,
    certain,
    leading: leading.slice(0, SETTLED_TOP).map((r) => engine.roles[r]!.id),
  };
}

/** The top-5 set of the ranking rankRoles would show for these levels, as a sorted key. */
function topKey(engine: Engine, have: Float64Array, adjustment: Float64Array, excluded: Uint8Array): string {
  const scores = scoreVector(engine, have);
  for (let r = 0; r < engine.nRoles; r++) scores[r] = Math.min(100, scores[r]! + adjustment[r]!);
  const { order } = orderRoles(engine, scores, excluded, null);
  return Array.from(order.subarray(0, SETTLED_TOP)).sort((a, b) => a - b).join(',');
}

function isStable(
  engine: Engine,
  answers: Profile,
  have: Float64Array,
  unanswered: number[],
  adjustment: Float64Array,
  excluded: Uint8Array,
  history: readonly string[],
): boolean {
  const order = history.filter((id) => answers[id] !== undefined && engine.skillIndex.has(id));
  if (order.length < STABLE_ANSWERS) return false;
  const now = topKey(engine, have, adjustment, excluded);
  const trial = have.slice();
  // Before each of the last answers (undoing them one by one, newest first).
  for (let j = 1; j <= STABLE_ANSWERS; j++) {
    trial[engine.skillIndex.get(order[order.length - j]!)!] = 0;
    if (topKey(engine, trial, adjustment, excluded) !== now) return false;
  }
  // After any one more answer, at any level (a middle level can help one role more than another).
  trial.set(have);
  for (const s of unanswered) {
    for (let level = 1; level <= MAX_LEVEL; level++) {
      trial[s] = level;
      if (topKey(engine, trial, adjustment, excluded) !== now) return false;
    }
    trial[s] = 0;
  }
  return true;
}

function pickSkill(engine: Engine, pool: number[], unanswered: number[], answered: Uint8Array): string | null {
  if (unanswered.length === 0) return null;
  const S = engine.nSkills;
  const share = new Float64Array(pool.length * S);
  pool.forEach((r, p) => {
    for (let i = engine.rowStart[r]!; i < engine.rowStart[r + 1]!; i++)
      share[p * S + engine.col[i]!] = (100 * engine.weight[i]!) / engine.total[r]!;
  });
  let best = -1;
  let bestSpread = -1;
  let bestSum = -1;
  const EPS = 1e-9;
  for (const s of unanswered) {
    if (answered[s]) continue;
    let sum = 0;
    let sumSq = 0;
    for (let p = 0; p < pool.length; p++) {
      const x = share[p * S + s]!;
      sum += x;
      sumSq += x * x;
    }
    const m = pool.length > 0 ? sum / pool.length : 0;
    const spread = pool.length > 0 ? Math.max(0, sumSq / pool.length - m * m) : 0;
    const better =
      best === -1 ||
      spread > bestSpread + EPS ||
      (Math.abs(spread - bestSpread) <= EPS &&
        (sum > bestSum + EPS || (Math.abs(sum - bestSum) <= EPS && engine.skillIds[s]! < engine.skillIds[best]!)));
    if (better) {
      best = s;
      bestSpread = spread;
      bestSum = sum;
    }
  }
  return engine.skillIds[best]!;
}
