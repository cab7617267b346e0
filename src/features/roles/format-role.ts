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
