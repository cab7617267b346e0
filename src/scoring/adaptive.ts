/**
 * Adaptive questioning (model and simulated quiz lengths: docs/scoring.md, "Adaptive
 * questioning"). Every unanswered skill gets an imputed level from the answers so far, which
 * gives every role an expected score. The next question is the open skill worth the most
 * expected points to the roles contending for the top 5, weighted by the chance it gets an
 * answer. The quiz may stop once the top 5 is settled (every contender's defining skills
 * answered, and it is clear of the runners-up by more than the remaining answers plausibly move
 * it, or no answers whatsoever can change it), once every skill is answered, or at the question
 * budget, which is a checkpoint, not a claim that the top 5 has settled.
 */
import { denseProfile, derived, MAX_LEVEL, roleScore as skillScore } from './engine';
import { checkPreferences, preferenceEffect } from './preferences';
import type {
  NextQuestion,
  PreparedCatalogue,
  Profile,
  QuestionData,
  SettledReason,
  WorkPreferences,
} from './types';

/** The set whose stability lets the quiz stop. */
export const SETTLED_TOP = 5;
/** Never 'stable' before this many answers (only 'certain' or 'complete' can come earlier). */
export const MIN_ANSWERS = 10;
/**
 * After this many questions (skills answered or skipped) the quick quiz stops at its checkpoint
 * whatever else holds: reason 'budget'. The budget does not claim the top 5 has settled: the
 * checkpoint says what is still unrated (`unratedDefining`) and offers to keep refining.
 */
export const QUESTION_BUDGET = 20;
/**
 * Skip-aware question choice: the chance a question in a category gets an answer is estimated
 * as (answers + SKIP_PRIOR) / (answers + skips + SKIP_PRIOR) in that category, and a question's
 * value is weighted by it. With no skip it is 1; two skips and no answer make it 1/2.
 */
export const SKIP_PRIOR = 2;
/**
 * 'stable' needs each expected top-5 role ahead of each other role by more than STABLE_Z
 * plausible standard deviations of the gap between them (see isStable).
 */
export const STABLE_Z = 0.1;
/**
 * The first few questions separate role families: the open skill whose required level differs
 * most between roles (see openingSkill), before the answers say which roles to focus on.
 */
export const OPENING_QUESTIONS = 3;
/** Roles expected within this many points of the 5th count as contenders for the top 5. */
export const CONTENDER_MARGIN = 5;
/** Imputation prior: PRIOR_ANSWERS pseudo-answers at PRIOR_LEVEL with spread PRIOR_SD. */
export const PRIOR_ANSWERS = 2;
export const PRIOR_LEVEL = 2;
export const PRIOR_SD = 1.2;
/** A category's mean is shrunk toward the person's overall mean as if with this many answers. */
export const CATEGORY_SHRINK = 2;
/** Level a role profile stands for on a skill the role does not list (imputation). */
export const UNLISTED_LEVEL = 1;
/** Temperature of the role-profile weights (mean squared level difference). */
export const PROFILE_TEMPERATURE = 0.2;
/** The role-profile estimate counts n / (n + PROFILE_SHRINK) after n answers. */
export const PROFILE_SHRINK = 3;

/** nextQuestion's answer: the next skill, whether the quiz may stop, and what is still unrated. */
export interface QuizQuestion extends NextQuestion {
  /**
   * Defining skills not rated yet (never asked, or skipped) of the roles that could plausibly end
   * in the top 5 (the expected top 5, the top 5 shown now, roles within CONTENDER_MARGIN points
   * of the expected 5th), by skill id. 'stable' and 'certain' need it empty: the top 5 is called
   * settled only once each of those roles' defining skills is answered. At the 'budget' it may be
   * non-empty, and the checkpoint says so.
   */
  unratedDefining: string[];
  /** Questions so far: skills answered or skipped (a question asked again counts once). */
  questions: number;
}

export interface QuestionOptions {
  /**
   * Skill ids the person skipped: never asked again, and counted as they will show on the
   * results page (unanswered, so 0) when judging whether the top 5 is settled.
   */
  exclude?: readonly string[];
}

/** Each skill's category and each role's profile (dense, role-major), kept on the prepared catalogue. */
function questionData(prepared: PreparedCatalogue): QuestionData {
  return derived(prepared, 'questions', () => {
    const S = prepared.skillIds.length;
    const profile = new Float64Array(prepared.roles.length * S).fill(UNLISTED_LEVEL);
    for (const role of prepared.roles)
      for (let i = 0; i < role.skill.length; i++)
        profile[role.index * S + role.skill[i]!] = role.required[i]!;
    return { category: prepared.input.skills.map((s) => s.category), profile };
  });
}

/** Imputed level of every skill (answered: the answer itself) and the spread of the answers. */
interface Imputation {
  level: Float64Array;
  sd: number;
}

/**
 * Imputed level of an open skill after n answers: a blend of two estimates,
 *   level = lambda x profile + (1 - lambda) x category,  lambda = n / (n + PROFILE_SHRINK).
 * - category: the mean of the person's answers in the skill's category, shrunk toward their
 *   overall mean (CATEGORY_SHRINK pseudo-answers), itself shrunk toward PRIOR_LEVEL
 *   (PRIOR_ANSWERS pseudo-answers);
 * - profile: the roles' required levels on the skill (UNLISTED_LEVEL where a role does not
 *   list it), each role weighted by exp(-msd / PROFILE_TEMPERATURE), msd being the mean squared
 *   difference between the answers and the role's levels (with one pseudo-difference of 1):
 *   people whose answers look like a role's profile tend to have that role's other skills.
 * The spread sd is the standard deviation of the answers around the overall mean, with
 * PRIOR_ANSWERS pseudo-answers of spread PRIOR_SD.
 */
function impute(
  prepared: PreparedCatalogue,
  data: QuestionData,
  have: Float64Array,
  answered: Uint8Array,
): Imputation {
  const S = prepared.skillIds.length;
  const R = prepared.roles.length;
  let n = 0;
  let sum = 0;
  const byCategory = new Map<string, { n: number; sum: number }>();
  for (let s = 0; s < S; s++) {
    if (!answered[s]) continue;
    n++;
    sum += have[s]!;
    const c = byCategory.get(data.category[s]!) ?? { n: 0, sum: 0 };
    c.n++;
    c.sum += have[s]!;
    byCategory.set(data.category[s]!, c);
  }
  const overall = (sum + PRIOR_ANSWERS * PRIOR_LEVEL) / (n + PRIOR_ANSWERS);
  let squares = PRIOR_ANSWERS * PRIOR_SD * PRIOR_SD;
  for (let s = 0; s < S; s++) if (answered[s]) squares += (have[s]! - overall) ** 2;

  const logWeight = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let sq = 1;
    for (let s = 0; s < S; s++) if (answered[s]) sq += (have[s]! - data.profile[r * S + s]!) ** 2;
    logWeight[r] = -sq / (n + 1) / PROFILE_TEMPERATURE;
  }
  let maxLog = -Infinity;
  for (const x of logWeight) maxLog = Math.max(maxLog, x);
  const weight = logWeight.map((x) => Math.exp(x - maxLog));
  let weightSum = 0;
  for (const w of weight) weightSum += w;
  const lambda = n / (n + PROFILE_SHRINK);

  const level = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    if (answered[s]) {
      level[s] = have[s]!;
      continue;
    }
    const c = byCategory.get(data.category[s]!);
    const category = ((c?.sum ?? 0) + CATEGORY_SHRINK * overall) / ((c?.n ?? 0) + CATEGORY_SHRINK);
    let profile = 0;
    for (let r = 0; r < R; r++) profile += weight[r]! * data.profile[r * S + s]!;
    level[s] = lambda * (profile / weightSum) + (1 - lambda) * category;
  }
  return { level, sd: Math.sqrt(squares / (n + PRIOR_ANSWERS)) };
}

/** Preference points per role and roles set aside by preferences. */
function preferenceArrays(prepared: PreparedCatalogue, preferences?: WorkPreferences) {
  const adjustment = new Float64Array(prepared.roles.length);
  const excluded = new Uint8Array(prepared.roles.length);
  if (preferences) {
    for (const { role, index } of prepared.roles) {
      const effect = preferenceEffect(role, preferences);
      adjustment[index] = effect.adjustment;
      excluded[index] = effect.excluded ? 1 : 0;
    }
  }
  return { adjustment, excluded };
}

/** Role r's adjusted score at the given (possibly fractional) levels, clamped like rankRoles. */
function roleScore(
  prepared: PreparedCatalogue,
  r: number,
  levels: Float64Array,
  adjustment: Float64Array,
  answered?: Uint8Array,
): number {
  return Math.min(100, skillScore(prepared.roles[r]!, levels, answered) + adjustment[r]!);
}

const tieRank = (prepared: PreparedCatalogue, r: number) => prepared.roles[r]!.tieRank;

/**
 * Which roles could still end in the top 5. Each role's final score lies between a floor (open
 * skills answered 0) and a ceiling (open skills fully met). The contenders are the 5 highest
 * floors and every other role whose ceiling reaches the lowest of them; `certain` when no other
 * role can (or at most 5 roles are eligible): no answers whatsoever can change the top 5.
 */
function contenders(
  prepared: PreparedCatalogue,
  have: Float64Array,
  answered: Uint8Array,
  fixed: Uint8Array,
  eligible: number[],
  adjustment: Float64Array,
): { roles: number[]; certain: boolean } {
  if (eligible.length <= SETTLED_TOP) return { roles: eligible, certain: true };
  const ceilingLevels = have.map((h, s) => (fixed[s] ? h : MAX_LEVEL));
  // Floors as the results page shows them: open skills count 0 but set no defining limit.
  const floors = eligible.map((r) => ({
    r,
    floor: roleScore(prepared, r, have, adjustment, answered),
  }));
  floors.sort((a, b) => b.floor - a.floor || tieRank(prepared, a.r) - tieRank(prepared, b.r));
  const top = floors.slice(0, SETTLED_TOP);
  const lowestTop = Math.min(...top.map((x) => x.floor));
  const rising = floors
    .slice(SETTLED_TOP)
    .filter((x) => roleScore(prepared, x.r, ceilingLevels, adjustment) >= lowestTop - 1e-6);
  return { roles: [...top, ...rising].map((x) => x.r), certain: rising.length === 0 };
}

/** Slope of role r's score per level of each open skill, around its imputed level (dense). */
function slopes(
  prepared: PreparedCatalogue,
  r: number,
  imputed: Imputation,
  fixed: Uint8Array,
  adjustment: Float64Array,
): Float64Array {
  const out = new Float64Array(prepared.skillIds.length);
  const levels = imputed.level.slice();
  const role = prepared.roles[r]!;
  for (const s of role.skill) {
    if (fixed[s]) continue;
    const x = levels[s]!;
    const low = Math.max(0, x - 0.5);
    const high = Math.min(MAX_LEVEL, x + 0.5);
    levels[s] = high;
    const up = roleScore(prepared, r, levels, adjustment);
    levels[s] = low;
    out[s] = (up - roleScore(prepared, r, levels, adjustment)) / (high - low);
    levels[s] = x;
  }
  return out;
}

/**
 * Stable: for every role i of the expected top 5 and every other eligible role j, the expected
 * gap E_i - E_j exceeds STABLE_Z x sd x sqrt(sum over open skills of (g_i - g_j)^2), where g is a
 * role's score slope per level of the skill and sd the spread of the person's answers: the
 * standard deviation of the gap if each remaining answer lands about sd away from its imputed
 * level, independently.
 */
function isStable(
  prepared: PreparedCatalogue,
  imputed: Imputation,
  fixed: Uint8Array,
  expected: Float64Array,
  top: number[],
  rest: number[],
  adjustment: Float64Array,
): boolean {
  const slope = new Map<number, Float64Array>();
  for (const r of [...top, ...rest]) slope.set(r, slopes(prepared, r, imputed, fixed, adjustment));
  for (const i of top) {
    const gi = slope.get(i)!;
    for (const j of rest) {
      const gj = slope.get(j)!;
      let v = 0;
      for (let s = 0; s < gi.length; s++) v += (gi[s]! - gj[s]!) ** 2;
      if (!(expected[i]! - expected[j]! > STABLE_Z * imputed.sd * Math.sqrt(v) + 1e-6))
        return false;
    }
  }
  return true;
}

/**
 * The next skill to ask and whether the top 5 is settled.
 * - Expected score: open skills at their imputed level (see impute), preference points added;
 *   shown score: open skills at 0, what the results page ranks by. `leading` is the expected
 *   top 5 (eligible roles; ties by the tie-break order). Skills in `options.exclude` (skipped)
 *   are never asked and stay at 0 in both, as the results page will show them.
 * - Contenders: the expected top 5, the top 5 shown now and roles expected within
 *   CONTENDER_MARGIN points of the expected 5th. `unratedDefining`: their defining skills not
 *   answered (open or skipped).
 * - Next skill: the first OPENING_QUESTIONS answers go to the skills that split roles most (see
 *   openingSkill); then, among the contenders' open defining skills if any are left, else among
 *   all open skills, the one worth the most expected points summed over the contenders (a role's
 *   expected score minus its score with the skill at 0), times the chance it gets an answer (see
 *   answerChance): the answers that pin down the likely top 5 and make the shown ranking (open
 *   skills at 0) match it. Ties: the smaller skill id. Null only when no skill is left to ask.
 * - `reason`, checked in this order: 'complete' (nothing left to ask); 'certain' (no contender's
 *   defining skill unrated, and no answers at all can change the top 5); 'budget'
 *   (QUESTION_BUDGET questions answered or skipped; `unratedDefining` may be non-empty, so the
 *   checkpoint must not call this settled); 'stable' (no contender's defining skill unrated, at
 *   least MIN_ANSWERS answers, the shown top 5 is the expected top 5, and isStable); else null.
 *   `settled` (the quiz may stop at its checkpoint) is reason !== null.
 * Deterministic (depends only on the set of answers, the skipped set and the preferences); never
 * returns an answered or skipped skill, so a quiz asking until settled ends within the number of
 * skills.
 */
export function nextQuestion(
  prepared: PreparedCatalogue,
  answers: Profile,
  preferences?: WorkPreferences,
  options: QuestionOptions = {},
): QuizQuestion {
  if (preferences) checkPreferences(preferences);
  const { have, answered } = denseProfile(prepared, answers, 'answers');
  const { adjustment, excluded } = preferenceArrays(prepared, preferences);
  const imputed = impute(prepared, questionData(prepared), have, answered);
  // Answered and skipped skills are fixed: skipped ones stay at 0, as results will show them.
  const fixed = answered.slice();
  for (const id of options.exclude ?? []) {
    const s = prepared.skillIndex.get(id);
    if (s === undefined || answered[s]) continue;
    fixed[s] = 1;
    imputed.level[s] = 0;
  }

  const eligible: number[] = [];
  for (let r = 0; r < prepared.roles.length; r++) if (!excluded[r]) eligible.push(r);
  const shown = new Float64Array(prepared.roles.length);
  const expected = new Float64Array(prepared.roles.length);
  for (const r of eligible) {
    shown[r] = roleScore(prepared, r, have, adjustment, answered);
    expected[r] = roleScore(prepared, r, imputed.level, adjustment);
  }
  const byScore = (score: Float64Array) => (a: number, b: number) =>
    score[b]! - score[a]! || tieRank(prepared, a) - tieRank(prepared, b);
  const order = [...eligible].sort(byScore(expected));
  const top = order.slice(0, SETTLED_TOP);
  const shownTop = new Set([...eligible].sort(byScore(shown)).slice(0, SETTLED_TOP));

  const open: number[] = [];
  for (let s = 0; s < fixed.length; s++) if (!fixed[s]) open.push(s);
  let count = 0;
  for (const a of answered) count += a;
  let questions = 0;
  for (const f of fixed) questions += f;

  // Defining skills not answered (open or skipped) of a role that could plausibly end in the top
  // 5 (the expected top 5, the top 5 results would show now, and any role within
  // CONTENDER_MARGIN points of the expected 5th): the ranking cannot be called settled while one
  // of them might set that role aside or lift it. The open ones are asked first.
  const fifth = expected[top[top.length - 1]!] ?? 0;
  const unrated = new Set<number>();
  const contending: number[] = [];
  for (const r of order) {
    if (!top.includes(r) && !shownTop.has(r) && expected[r]! < fifth - CONTENDER_MARGIN) continue;
    contending.push(r);
    const role = prepared.roles[r]!;
    for (const i of role.defining) if (!answered[role.skill[i]!]) unrated.add(role.skill[i]!);
  }
  const pending = [...unrated].filter((s) => !fixed[s]);
  const possible = contenders(prepared, have, answered, fixed, eligible, adjustment);

  let reason: SettledReason | null = null;
  if (open.length === 0) reason = 'complete';
  else if (unrated.size === 0 && possible.certain) reason = 'certain';
  else if (questions >= QUESTION_BUDGET) reason = 'budget';
  else if (
    unrated.size === 0 &&
    count >= MIN_ANSWERS &&
    top.every((r) => shownTop.has(r)) &&
    isStable(prepared, imputed, fixed, expected, top, order.slice(SETTLED_TOP), adjustment)
  )
    reason = 'stable';

  const chance = answerChance(prepared, answered, fixed);
  return {
    skillId:
      count < OPENING_QUESTIONS
        ? openingSkill(prepared, open, chance)
        : pickSkill(
            prepared,
            imputed.level,
            fixed,
            adjustment,
            contending,
            pending.length > 0 ? pending : open,
            chance,
          ),
    settled: reason !== null,
    certain: reason === 'complete' || reason === 'certain',
    reason,
    leading: top.map((r) => prepared.roles[r]!.id),
    unratedDefining: [...unrated].map((s) => prepared.skillIds[s]!).sort(),
    questions,
  };
}

/**
 * The chance that a question on each skill gets an answer, from the person's answers and skips
 * in its category: (answers + SKIP_PRIOR) / (answers + skips + SKIP_PRIOR). A person who skipped
 * several questions on, say, governance is asked about it less, and about what they can rate more.
 */
function answerChance(
  prepared: PreparedCatalogue,
  answered: Uint8Array,
  fixed: Uint8Array,
): Float64Array {
  const { category } = questionData(prepared);
  const answers = new Map<string, number>();
  const skips = new Map<string, number>();
  for (let s = 0; s < fixed.length; s++) {
    if (!fixed[s]) continue;
    const tally = answered[s] ? answers : skips;
    tally.set(category[s]!, (tally.get(category[s]!) ?? 0) + 1);
  }
  return Float64Array.from(category, (c) => {
    const a = answers.get(c) ?? 0;
    return (a + SKIP_PRIOR) / (a + (skips.get(c) ?? 0) + SKIP_PRIOR);
  });
}

function pickSkill(
  prepared: PreparedCatalogue,
  imputedLevels: Float64Array,
  fixed: Uint8Array,
  adjustment: Float64Array,
  focus: number[],
  open: number[],
  chance: Float64Array,
): string | null {
  if (open.length === 0) return null;
  const value = new Float64Array(prepared.skillIds.length);
  const levels = imputedLevels.slice();
  for (const r of focus) {
    const full = roleScore(prepared, r, levels, adjustment);
    for (const s of prepared.roles[r]!.skill) {
      if (fixed[s]) continue;
      const x = levels[s]!;
      levels[s] = 0;
      value[s] = value[s]! + full - roleScore(prepared, r, levels, adjustment);
      levels[s] = x;
    }
  }
  for (const s of open) value[s] = value[s]! * chance[s]!;
  const ids = prepared.skillIds;
  let best = open[0]!;
  for (const s of open) {
    const d = value[s]! - value[best]!;
    if (d > 1e-9 || (Math.abs(d) <= 1e-9 && ids[s]! < ids[best]!)) best = s;
  }
  return ids[best]!;
}

/**
 * The open skill that best tells role families apart: the largest spread (variance over roles) of
 * the level each role requires, 0 where a role does not list it. Generic skills every role needs
 * at about the same level spread little; machine learning or data governance spread a lot.
 */
function openingSkill(
  prepared: PreparedCatalogue,
  open: number[],
  chance: Float64Array,
): string | null {
  const spread = derived(prepared, 'spread', () => {
    const S = prepared.skillIds.length;
    const sum = new Float64Array(S);
    const squares = new Float64Array(S);
    for (const role of prepared.roles)
      role.skill.forEach((s, i) => {
        sum[s]! += role.required[i]!;
        squares[s]! += role.required[i]! ** 2;
      });
    const n = prepared.roles.length;
    return Float64Array.from(sum, (x, s) => squares[s]! / n - (x / n) ** 2);
  });
  const ids = prepared.skillIds;
  let best: number | null = null;
  for (const s of open) {
    if (best === null) best = s;
    const d = spread[s]! * chance[s]! - spread[best]! * chance[best]!;
    if (d > 1e-9 || (Math.abs(d) <= 1e-9 && ids[s]! < ids[best]!)) best = s;
  }
  return best === null ? null : ids[best]!;
}
