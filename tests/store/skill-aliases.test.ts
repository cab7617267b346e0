import { describe, expect, it } from 'vitest';
import { currentSkillId, renameAliased, SKILL_ALIASES } from '@/store/skill-aliases';
import { NO_PREFERENCES } from '@/scoring';
import { mergeAnswerFields } from '@/store/merge-tabs';
import releasedIds from '../../data/released-skill-ids.json';

const ALIASES = { sql: 'sql-querying', 'old-stats': 'stats', stats: 'statistics' };
const state = (over: Partial<Parameters<typeof renameAliased>[0]> = {}) => ({
  answers: {},
  answeredAt: {},
  asked: [],
  skipped: [],
  ...over,
});

describe('renameAliased', () => {
  it('moves an answer from a renamed skill to its new id, through chained renames', () => {
    const out = renameAliased(
      state({ answers: { sql: 3, 'old-stats': 2, python: 1 }, answeredAt: { sql: 5 } }),
      ALIASES,
    );
    expect(out.answers).toEqual({ 'sql-querying': 3, statistics: 2, python: 1 });
    // The old ids are marked cleared just after their last change, for the merge with other tabs.
    expect(out.answeredAt).toEqual({ 'sql-querying': 5, sql: 6, 'old-stats': 1 });
  });

  it('does not bring the old id back when merged with a copy saved before the rename', () => {
    const before = state({ answers: { sql: 3 }, answeredAt: { sql: 5 } });
    const after = renameAliased(before, ALIASES);
    const merged = mergeAnswerFields(
      { ...after, preferences: NO_PREFERENCES, preferencesAt: null },
      { ...before, preferences: NO_PREFERENCES, preferencesAt: null },
    );
    expect(merged.answers).toEqual({ 'sql-querying': 3 });
    expect(renameAliased(after, ALIASES)).toBe(after);
  });

  it('keeps an answer already given under the new id unless the old one is newer', () => {
    expect(
      renameAliased(
        state({
          answers: { sql: 1, 'sql-querying': 4 },
          answeredAt: { sql: 1, 'sql-querying': 2 },
        }),
        ALIASES,
      ).answers,
    ).toEqual({ 'sql-querying': 4 });
    expect(
      renameAliased(
        state({
          answers: { sql: 1, 'sql-querying': 4 },
          answeredAt: { sql: 9, 'sql-querying': 2 },
        }),
        ALIASES,
      ).answers,
    ).toEqual({ 'sql-querying': 1 });
  });

  it('renames the quiz’s asked and skipped lists, so a quiz in progress resumes on the new ids', () => {
    const out = renameAliased(state({ asked: ['sql', 'python'], skipped: ['old-stats'] }), ALIASES);
    expect(out.asked).toEqual(['sql-querying', 'python']);
    expect(out.skipped).toEqual(['statistics']);
  });

  it('returns the state untouched when nothing was renamed', () => {
    const s = state({ answers: { python: 2 } });
    expect(renameAliased(s, ALIASES)).toBe(s);
  });

  it('survives an alias cycle', () => {
    expect(currentSkillId('a', { a: 'b', b: 'a' })).toMatch(/^[ab]$/);
  });
});

describe('the shipped alias file', () => {
  it('maps only released ids', () => {
    for (const from of Object.keys(SKILL_ALIASES)) expect(releasedIds).toContain(from);
  });
});
