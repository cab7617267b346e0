/**
 * The scoring engine's public face. Pure TypeScript: no React, stores, router, query or DOM.
 * The model is written down in docs/scoring.md.
 */
import { MAX_LEVEL } from './engine';
import type { PreparedCatalogue, Profile } from './types';

export type * from './types';
export {
  prepareCatalogue,
  MAX_LEVEL,
  SHRINKAGE_WEIGHT,
  scoreFromFit,
  requiredLevel,
  BELOW_FULL,
} from './engine';
export { scoreRoles, rankRoles, explainRole, type RankOptions } from './score';
export {
  gapAnalysis,
  effortWeeks,
  WEEKS_PER_STEP,
  QUICK_WIN_MAX_SHORTFALL,
  QUICK_WIN_MIN_IMPORTANCE,
  EFFORT_RANGE,
} from './gaps';
export { whatIf } from './what-if';
export {
  adjacentRoles,
  cheapestPath,
  leapCost,
  nearestRoles,
  LEAP_WEEKS,
  NEIGHBOURS,
  type PathStart,
} from './paths';
export {
  nextQuestion,
  SETTLED_TOP,
  MIN_ANSWERS,
  OPENING_QUESTIONS,
  QUESTION_BUDGET,
  STABLE_Z,
  SKIP_PRIOR,
  CONTENDER_MARGIN,
  type QuestionOptions,
  type QuizQuestion,
} from './adaptive';
export {
  preferenceEffect,
  checkPreferences,
  isLeadership,
  isJobZone,
  LEADERSHIP_POINTS,
  INDUSTRY_POINTS,
  LEADERSHIP_RANGE,
  JOB_ZONE_RANGE,
  NO_PREFERENCES,
  type PreferenceEffect,
} from './preferences';

/**
 * A copy of `profile` the engine accepts: drops unknown skill ids and values that are not finite
 * numbers, and clamps levels into 0-4. For data from outside (old stored answers, share links);
 * the scoring functions themselves throw on such input instead of guessing.
 */
export function sanitizeProfile(
  prepared: PreparedCatalogue,
  profile: Readonly<Record<string, unknown>>,
): Profile {
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(profile)) {
    if (!prepared.skillIndex.has(id) || typeof value !== 'number' || !Number.isFinite(value))
      continue;
    out[id] = Math.min(MAX_LEVEL, Math.max(0, value));
  }
  return out;
}
