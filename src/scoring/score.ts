/**
 * Scores and ranking. The model (docs/scoring.md): for each required skill, fit = min(have,
 * required) / required (over-qualification never hurts; unanswered counts as 0); the weighted fit
 * F = sum of importance x fit; the score 100 * F / (F + c (W - F)) with W the total importance and
 * c = 1 + K / W, so unmet weight counts a little more in roles with few requirements.
 */
import {
  denseProfile,
  entryFit,
  fitOf,
  roleOf,
  scoreAll,
  scoreFromFit,
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
  const score = scoreFromFit(F, role.total, role.shrink);
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
    });
  }
  return { roleId: role.id, score, contributions, ...countsOf(role, dense) };
}

/** Met, partial and missing requirements, and the share of the role's weight answered. */
function countsOf(
  role: PreparedRole,
  dense: DenseProfile,
): Pick<RoleScore, 'met' | 'partial' | 'missing' | 'confidence'> {
  let met = 0;
  let missing = 0;
  let answeredWeight = 0;
  for (let i = 0; i < role.skill.length; i++) {
    const s = role.skill[i]!;
    const h = dense.have[s]!;
    if (h >= role.required[i]!) met++;
    else if (h <= 0) missing++;
    if (dense.answered[s]) answeredWeight += role.weight[i]!;
  }
  return {
    met,
    partial: role.skill.length - met - missing,
    missing,
    confidence: answeredWeight / role.total,
  };
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

/** Skill scores with the preference effect applied, per role index. */
export interface Adjusted {
  scores: ArrayLike<number>;
  /** clamp(score + preference points, 0, 100): what the order follows. */
  adjusted: Float64Array;
  effects: (PreferenceEffect | null)[];
}

export function adjustScores(
  prepared: PreparedCatalogue,
  scores: ArrayLike<number>,
  preferences: WorkPreferences | undefined,
): Adjusted {
  const n = prepared.roles.length;
  const effects = new Array<PreferenceEffect | null>(n).fill(null);
  if (!preferences) return { scores, adjusted: Float64Array.from(scores), effects };
  const adjusted = new Float64Array(n);
  for (const { role, index } of prepared.roles) {
    const effect = (effects[index] = preferenceEffect(role, preferences));
    adjusted[index] = Math.min(100, Math.max(0, scores[index]! + effect.adjustment));
  }
  return { scores, adjusted, effects };
}

/**
 * Roles in rank order: not set aside by preferences first, adjusted score descending (to 1e-6),
 * then the tie-break order (more requirement weight, then id). Each role's three keys are packed
 * into one exact integer (well below 2^53) so a native numeric sort orders them: a comparator
 * sort was most of the cost of ranking 1,000 roles.
 */
export function orderRoles(
  prepared: PreparedCatalogue,
  { adjusted, effects }: Adjusted,
  roles: readonly PreparedRole[],
): PreparedRole[] {
  const n = prepared.roles.length;
  const steps = 100 / SCORE_QUANTUM + 1;
  const keys = new Float64Array(roles.length);
  for (let k = 0; k < roles.length; k++) {
    const { index, tieRank } = roles[k]!;
    const below = steps - 1 - Math.round(adjusted[index]! / SCORE_QUANTUM);
    keys[k] = ((effects[index]?.excluded ? steps : 0) + below) * n + tieRank;
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
 * add points (adjustedScore = clamp(score + adjustment, 0, 100)) or set roles aside
 * (excludedByPreferences: listed after every other role).
 */
export function rankRoles(
  prepared: PreparedCatalogue,
  profile: Profile,
  options: RankOptions = {},
): RankedRole[] {
  const { filters, preferences } = options;
  if (preferences) checkPreferences(preferences);
  const adjusted = adjustScores(
    prepared,
    scoreAll(prepared, denseProfile(prepared, profile).have),
    preferences,
  );
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
    };
  });
}
