import { LEVEL_LABELS } from '@/catalogue/schema';

/**
 * A required level on the 0-4 scale in words. Levels may be fractional (O*NET levels rescaled),
 * so a value between two labels names both: 2.5 -> "Working to Proficient (2.5 of 4)".
 */
export function formatLevel(level: number): string {
  const rounded = Math.round(level * 10) / 10;
  const low = LEVEL_LABELS[Math.floor(rounded)] ?? LEVEL_LABELS[0];
  const high = LEVEL_LABELS[Math.ceil(rounded)] ?? LEVEL_LABELS[4];
  const words = low === high ? low : `${low} to ${high}`;
  return `${words} (${rounded} of 4)`;
}

/** Importance on O*NET's 1-5 scale, e.g. "4.5 of 5". */
export function formatImportance(importance: number): string {
  return `${Math.round(importance * 10) / 10} of 5`;
}

/** O*NET job zones: how much preparation an occupation needs (Job Zone Reference, 29.2). */
export const JOB_ZONES: Record<number, string> = {
  1: 'Little or no preparation needed',
  2: 'Some preparation needed',
  3: 'Medium preparation needed',
  4: 'Considerable preparation needed',
  5: 'Extensive preparation needed',
};
