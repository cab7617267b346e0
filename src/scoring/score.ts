/**
 * Scores and ranking. The model (docs/scoring.md): for each required skill, fit = min(have,
 * required) / required (over-qualification never hurts; unanswered counts as 0); the weighted fit
 * F = sum of importance x fit; the score 100 * F / (F + c (W - F)) with W the total importance and
 * c = 1 + K / W, so unmet weight counts a little more in roles with few requirements.
 */
import {
  BELOW_FULL,
  definingCap,
  definingLimit,
  denseProfile,
  entryFit,
  fitOf,
  roleOf,
  scoreAll,
  scoreOf,
  type DenseProfile,
} from './engine';
import { checkPreferences, preferenceEffect, type PreferenceEffect } from './preferences';
import type {
  PreparedCatalogue,
  PreparedRole,
  Profile,
  RankFilters,
  RankedRole,
  RoleScore,
  SkillContribution,
  SkillStatus,
  WorkPreferences,
} from './types';

export function statusOf(have: number, required: number): SkillStatus {
  if (have >= required) return 'met';
  return have <= 0 ? 'missing' : 'partial';
}

/**
 * Role score with per-skill contributions: points = score x (weight x fit) / F, so they sum to
 * the score; maxPoints = 100 x weight / W, the skill's share when every requirement is met.
 */
function explain(prepared: PreparedCatalogue, role: PreparedRole, dense: DenseProfile): RoleScore {
  const F = fitOf(role, dense.have);
  const limit = definingLimit(role, dense.have, dense.answered);
  const cap = definingCap(role, dense.have, dense.answered);
  const score = scoreOf(role, F, cap);
  const defining = new Set(role.defining);
  const contributions: SkillContribution[] = [];
  for (let i = 0; i < role.skill.length; i++) {
    const s = role.skill[i]!;
    const h = dense.have[s]!;
    contributions.push({
      skillId: prepared.skillIds[s]!,
      importance: role.importance[i]!,
      required: role.required[i]!,
      have: dense.answered[s] ? h : null,
      points: F > 0 ? (score * entryFit(role, i, h)) / F : 0,
      maxPoints: (100 * role.weight[i]!) / role.total,
      status: statusOf(h, role.required[i]!),
      defining: defining.has(i),
    });
  }
  const unratedDefining = [...role.defining]
    .map((i) => role.skill[i]!)
    .filter((s) => !dense.answered[s])
    .map((s) => prepared.skillIds[s]!);
  return {
    roleId: role.id,
    score,
    contributions,
    ...countsOf(role, dense),
    limit:
      limit < 0
        ? null
        : {
            skillId: prepared.skillIds[role.skill[limit]!]!,
            have: dense.have[role.skill[limit]!]!,
            required: role.required[limit]!,
            cap,
          },
    setAside: limit >= 0 && cap === 0,
    unratedDefining,
  };
}

/**
 * Requirements met, partly met, missing (rated below 1 level of progress) and not rated yet, and
 * the share of the role's weight answered. An unrated requirement is never counted as missing.
 */
function countsOf(
  role: PreparedRole,
  dense: DenseProfile,
): Pick<RoleScore, 'met' | 'partial' | 'missing' | 'unrated' | 'confidence'> {
  let met = 0;
  let partial = 0;
  let missing = 0;
  let unrated = 0;
  let answeredWeight = 0;
  for (let i = 0; i < role.skill.length; i++) {
    const s = role.skill[i]!;
    const h = dense.have[s]!;
    const q = role.required[i]!;
    if (dense.answered[s]) answeredWeight += role.weight[i]!;
    if (h >= q) met++;
    else if (!dense.answered[s]) unrated++;
    else if (h <= 0) missing++;
    else partial++;
  }
  return { met, partial, missing, unrated, confidence: answeredWeight / role.total };
}

/** Score every role for a profile, in catalogue order. Throws on a bad profile (see denseProfile). */
export function scoreRoles(prepared: PreparedCatalogue, profile: Profile): RoleScore[] {
  const dense = denseProfile(prepared, profile);
  return prepared.roles.map((role) => explain(prepared, role, dense));
}

/** One role's score with its per-skill contributions (what the results page shows per role). */
export function explainRole(
  prepared: PreparedCatalogue,
  profile: Profile,
  roleId: string,
): RoleScore {
  return explain(prepared, roleOf(prepared, roleId), denseProfile(prepared, profile));
}

function keepByFilters(role: PreparedRole, filters: RankFilters): boolean {
  const { seniority, education, industries } = filters;
  if (seniority && role.role.seniority !== seniority) return false;
  if (education && education.length > 0 && !education.includes(role.role.education.typical))
    return false;
  if (
    industries &&
    industries.length > 0 &&
    !role.role.industries.items.some((i) => industries.includes(i.id))
  )
    return false;
  return true;
}

/** Scores equal to within this many points rank as ties (sums of the same figures in another order). */
const SCORE_QUANTUM = 1e-6;

/** Scores with the preference effect applied, per role index, and which roles go last. */
export interface Adjusted {
  scores: ArrayLike<number>;
  /** clamp(score + preference points, 0, 100): what the order follows. */
  adjusted: Float64Array;
  effects: (PreferenceEffect | null)[];
  /** 1 when a defining skill is answered 0 (see definingCap). */
  setAside: Uint8Array;
}

export function adjustScores(
  prepared: PreparedCatalogue,
  dense: DenseProfile,
  scores: ArrayLike<number>,
  preferences: WorkPreferences | undefined,
): Adjusted {
  const n = prepared.roles.length;
  const setAside = new Uint8Array(n);
  for (const role of prepared.roles)
    if (role.defining.length > 0 && definingCap(role, dense.have, dense.answered) === 0)
      setAside[role.index] = 1;
  const effects = new Array<PreferenceEffect | null>(n).fill(null);
  if (!preferences) return { scores, adjusted: Float64Array.from(scores), effects, setAside };
  const adjusted = new Float64Array(n);
  for (const { role, index } of prepared.roles) {
    const effect = (effects[index] = preferenceEffect(role, preferences));
    // Preference points never lift a role with anything unmet to 100.
    const ceiling = scores[index]! < 100 ? BELOW_FULL : 100;
    adjusted[index] = Math.min(ceiling, Math.max(0, scores[index]! + effect.adjustment));
  }
  return { scores, adjusted, effects, setAside };
}

/**
 * Roles in rank order: roles not set aside (by preferences, or by a defining skill answered 0)
 * first, adjusted score descending (to 1e-6),
 * then the tie-break order (more requirement weight, then id). Each role's three keys are packed
 * into one exact integer (well below 2^53) so a native numeric sort orders them: a comparator
 * sort was most of the cost of ranking 1,000 roles.
 */
export function orderRoles(
  prepared: PreparedCatalogue,
  { adjusted, effects, setAside }: Adjusted,
  roles: readonly PreparedRole[],
): PreparedRole[] {
  const n = prepared.roles.length;
  const steps = 100 / SCORE_QUANTUM + 1;
  const keys = new Float64Array(roles.length);
  for (let k = 0; k < roles.length; k++) {
    const { index, tieRank } = roles[k]!;
    const below = steps - 1 - Math.round(adjusted[index]! / SCORE_QUANTUM);
    const last = effects[index]?.excluded || setAside[index];
    keys[k] = ((last ? steps : 0) + below) * n + tieRank;
  }
  keys.sort();
  const out = new Array<PreparedRole>(keys.length);
  for (let k = 0; k < keys.length; k++) out[k] = prepared.byTieRank[keys[k]! % n]!;
  return out;
}

export interface RankOptions {
  filters?: RankFilters;
  preferences?: WorkPreferences;
}

/**
 * Ranked, filtered roles with the visible preference adjustment. Filters drop roles; preferences
 * add points (adjustedScore = clamp(score + adjustment, 0, 100), and at most 99 while the skill
 * score is below 100) or set roles aside
 * (excludedByPreferences: listed after every other role).
 */
export function rankRoles(
  prepared: PreparedCatalogue,
  profile: Profile,
  options: RankOptions = {},
): RankedRole[] {
  const { filters, preferences } = options;
  if (preferences) checkPreferences(preferences);
  const dense = denseProfile(prepared, profile);
  const adjusted = adjustScores(prepared, dense, scoreAll(prepared, dense), preferences);
  const roles = filters
    ? prepared.roles.filter((role) => keepByFilters(role, filters))
    : prepared.roles;
  return orderRoles(prepared, adjusted, roles).map((role, k) => {
    const effect = adjusted.effects[role.index];
    return {
      roleId: role.id,
      rank: k + 1,
      score: adjusted.scores[role.index]!,
      preferenceAdjustment: effect?.adjustment ?? 0,
      preferenceReasons: effect?.reasons ?? [],
      adjustedScore: adjusted.adjusted[role.index]!,
      excludedByPreferences: effect?.excluded ?? false,
      setAside: adjusted.setAside[role.index] === 1,
    };
  });
}
