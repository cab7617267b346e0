/**
 * Two tabs answering at once. Each answer carries when it was last set or cleared, so saved
 * answers merge skill by skill: for every skill the later change wins, whichever tab made it.
 * The merge is symmetric (equal times fall to the same side in both tabs), so tabs that merge
 * each other's writes settle on the same answers instead of writing back and forth.
 */
import type { WorkPreferences } from '@/scoring';
import type { PersistedAnswers } from './sanitize';

export type AnswerFields = Pick<
  PersistedAnswers,
  'answers' | 'answeredAt' | 'preferences' | 'preferencesAt'
>;

/** -1, 0 or 1: which of two entries for one skill wins when their times are equal. */
function compareLevels(a: number | undefined, b: number | undefined): number {
  return (a ?? -1) - (b ?? -1);
}

export function mergeAnswerFields(local: AnswerFields, remote: AnswerFields): AnswerFields {
  const answers: Record<string, number> = {};
  const answeredAt: Record<string, number> = {};
  const ids = new Set([
    ...Object.keys(local.answers),
    ...Object.keys(local.answeredAt),
    ...Object.keys(remote.answers),
    ...Object.keys(remote.answeredAt),
  ]);
  for (const id of ids) {
    const lt = local.answeredAt[id] ?? 0;
    const rt = remote.answeredAt[id] ?? 0;
    const lv = local.answers[id];
    const rv = remote.answers[id];
    // Later wins; at equal times (answers saved before times were kept: 0) an answer beats none
    // and the higher level beats the lower, the same way round in both tabs.
    const level = rt > lt ? rv : lt > rt ? lv : compareLevels(rv, lv) > 0 ? rv : lv;
    if (level !== undefined) answers[id] = level;
    const at = Math.max(lt, rt);
    if (at > 0) answeredAt[id] = at;
  }
  const lp = local.preferencesAt ?? 0;
  const rp = remote.preferencesAt ?? 0;
  const preferences: WorkPreferences =
    rp > lp || (rp === lp && JSON.stringify(remote.preferences) > JSON.stringify(local.preferences))
      ? remote.preferences
      : local.preferences;
  const preferencesAt = Math.max(lp, rp) || null;
  return { answers, answeredAt, preferences, preferencesAt };
}

/** Whether two sets of answer fields hold the same answers and preferences. */
export function sameAnswerFields(a: AnswerFields, b: AnswerFields): boolean {
  const keys = (r: Record<string, number>) => Object.keys(r).sort().join(',');
  return (
    keys(a.answers) === keys(b.answers) &&
    Object.keys(a.answers).every((id) => a.answers[id] === b.answers[id]) &&
    keys(a.answeredAt) === keys(b.answeredAt) &&
    Object.keys(a.answeredAt).every((id) => a.answeredAt[id] === b.answeredAt[id]) &&
    a.preferencesAt === b.preferencesAt &&
    JSON.stringify(a.preferences) === JSON.stringify(b.preferences)
  );
}
