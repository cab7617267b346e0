/**
 * Skill levels in words, the same way on every page. Role requirements are decimals (O*NET
 * levels rescaled to 0-4, e.g. 2.3); a person thinks in whole levels, so a requirement shows as
 * the whole level to reach (rounded up: 2.3 needs Proficient) and a level someone holds as the
 * nearest whole level. Never a raw decimal.
 */
import { LEVEL_LABELS } from '@/catalogue/schema';

const TOP = LEVEL_LABELS.length - 1;
/** Tolerance so 2.0000001 (arithmetic noise) still reads as 2. */
const NOISE = 1e-6;

const clamp = (level: number) => Math.min(TOP, Math.max(0, level));

/** The whole level a requirement asks you to reach: rounded up (2.3 -> 3). */
export function requiredLevel(level: number): number {
  return clamp(Math.ceil(level - NOISE));
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
 * A level in words: "3 (Proficient)". `kind` 'required' rounds a requirement up, 'held' (the
 * default) rounds a held level; "Not answered" for a missing answer.
 */
export function formatLevel(
  level: number | null | undefined,
  kind: 'required' | 'held' = 'held',
): string {
  if (level === null || level === undefined) return 'Not answered';
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
