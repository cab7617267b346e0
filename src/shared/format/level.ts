/**
 * Skill levels in words, the same way on every page. Role requirements can be decimals (O*NET
 * levels rescaled to 0-4, e.g. 2.2); a person thinks in whole levels, so a requirement shows as
 * the engine reads it (requiredLevel: the nearest whole level, 2.2 -> 2, 2.5 -> 3) and a level
 * someone holds as the nearest whole level. Never a raw decimal. A skill nobody rated reads
 * "Not rated yet" everywhere, never as 0.
 */
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { requiredLevel as engineRequiredLevel, type RoleScore } from '@/scoring';

const TOP = LEVEL_LABELS.length - 1;

const clamp = (level: number) => Math.min(TOP, Math.max(0, level));

/** What a skill nobody has rated reads, on every page. */
export const NOT_RATED = 'Not rated yet';

/** The whole level a requirement asks you to reach: the engine's rule (2.2 -> 2, 2.5 -> 3). */
export function requiredLevel(level: number): number {
  return engineRequiredLevel(level);
}

/** A level someone holds (an answer, or where a previous role leaves you) as a whole level: rounded. */
export function heldLevel(level: number): number {
  return clamp(Math.round(level));
}

/** "3 (Proficient)": a whole level with its label. */
export function levelText(whole: number): string {
  return `${whole} (${LEVEL_LABELS[whole] ?? ''})`;
}

/**
 * A level in words: "3 (Proficient)". `kind` 'required' reads a requirement as the engine does,
 * 'held' (the default) rounds a held level; "Not rated yet" for a missing answer.
 */
export function formatLevel(
  level: number | null | undefined,
  kind: 'required' | 'held' = 'held',
): string {
  if (level === null || level === undefined) return NOT_RATED;
  return levelText(kind === 'required' ? requiredLevel(level) : heldLevel(level));
}

/**
 * A climb from a held level to a required one, as whole levels: "2 (Working) → 3 (Proficient)".
 * The start never shows at or above the target (2.6 -> 2.8 reads 2 -> 3), since a climb remains.
 */
export function formatLevelChange(from: number, to: number): string {
  const target = requiredLevel(to);
  const start = Math.min(heldLevel(from), Math.max(0, target - 1));
  return `${levelText(start)} → ${levelText(target)}`;
}

/** "8 met, 2 partly met, 1 missing, 3 not rated yet": a role's requirements by status. */
export function formatCounts(
  score: Pick<RoleScore, 'met' | 'partial' | 'missing' | 'unrated'>,
): string {
  const parts = [`${score.met} met`, `${score.partial} partly met`, `${score.missing} missing`];
  if (score.unrated > 0) parts.push(`${score.unrated} not rated yet`);
  return parts.join(', ');
}
