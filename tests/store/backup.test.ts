import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, MAX_BACKUP_BYTES, readBackup } from '@/store/backup';
import { NO_PREFERENCES } from '@/scoring';

const PREFS = { leadership: 0.5, industries: ['finance' as const], maxJobZone: 4 };
const file = (value: unknown) => JSON.stringify(value);

describe('buildBackup and readBackup', () => {
  it('round-trips answers and preferences', () => {
    const backup = buildBackup({ sql: 3, python: 0 }, PREFS, '2026.1', (id) => id.toUpperCase());
    expect(backup.answers).toEqual({
      python: { level: 0, skill: 'PYTHON' },
      sql: { level: 3, skill: 'SQL' },
    });
    expect(readBackup(file(backup))).toEqual({
      ok: true,
      data: { answers: { sql: 3, python: 0 }, preferences: PREFS, catalogueVersion: '2026.1' },
    });
  });

  it('reads the results export (format pathfinder-results) too', () => {
    const exported = {
      format: 'pathfinder-results',
      version: 1,
      catalogueVersion: 'x',
      answers: { sql: { level: 2, skill: 'SQL' } },
      preferences: NO_PREFERENCES,
      results: [{ rank: 1 }],
    };
    const result = readBackup(file(exported));
    expect(result.ok && result.data.answers).toEqual({ sql: 2 });
  });
});

describe('readBackup refuses what is not a whole, readable download', () => {
  const cases: [string, unknown, RegExp][] = [
    ['empty text', '   ', /empty/],
    ['not JSON', '{"format": "pathfinder-answ', /not JSON/],
    ['another format', file({ format: 'other', version: 1, answers: {} }), /not a Pathfinder/],
    ['an array', file([1, 2]), /not a Pathfinder/],
    [
      'another version',
      file({ format: 'pathfinder-answers', version: 9, answers: { sql: { level: 1 } } }),
      /different version/,
    ],
    ['no answers object', file({ format: 'pathfinder-answers', version: 1 }), /no list/],
    [
      'a level out of range',
      file({ format: 'pathfinder-answers', version: 1, answers: { sql: { level: 5 } } }),
      /"sql" is not a level/,
    ],
    [
      'a malformed skill id',
      file({ format: 'pathfinder-answers', version: 1, answers: { '<img>': { level: 1 } } }),
      /not a level/,
    ],
    [
      'no answers at all',
      file({ format: 'pathfinder-answers', version: 1, answers: {} }),
      /no answers/,
    ],
    [
      'unreadable preferences',
      file({
        format: 'pathfinder-answers',
        version: 1,
        answers: { sql: { level: 1 } },
        preferences: { leadership: 9 },
      }),
      /preferences/,
    ],
    ['a huge file', 'x'.repeat(MAX_BACKUP_BYTES + 1), /too large/],
    ['not text', 42, /could not be read/],
  ];
  for (const [name, input, message] of cases) {
    it(`refuses ${name} with a clear message`, () => {
      const result = readBackup(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    });
  }

  it('never throws and only returns valid levels, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .dictionary(fc.string(), fc.record({ level: fc.anything() }))
            .map((answers) => file({ format: 'pathfinder-answers', version: 1, answers })),
        ),
        (text) => {
          const result = readBackup(text);
          if (result.ok)
            for (const level of Object.values(result.data.answers))
              expect([0, 1, 2, 3, 4]).toContain(level);
        },
      ),
      { numRuns: 300 },
    );
  });
});
