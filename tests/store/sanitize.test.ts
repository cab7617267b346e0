import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPersisted,
  migrate,
  parseStored,
  sanitize,
  STORE_VERSION,
  UNREADABLE,
} from '@/store/sanitize';

describe('sanitize', () => {
  it('returns the defaults and reports nothing when nothing is stored', () => {
    expect(sanitize(undefined)).toEqual({ state: defaultPersisted(), reset: [] });
  });

  it('keeps a fully valid stored state unchanged', () => {
    const stored = {
      ...defaultPersisted(),
      answers: { python: 3, sql: 0 },
      preferences: { leadership: -0.5, industries: ['finance', 'healthcare'], maxJobZone: 4 },
      mode: 'full',
      stage: 'preferences',
      position: 3,
      asked: ['python', 'sql'],
      skipped: ['nlp'],
      refineUntil: 17,
      completedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_500,
    };
    expect(sanitize(stored)).toEqual({ state: stored, reset: [] });
  });

  it('salvages every valid answer and reports the answers when some entries are unreadable', () => {
    const { state, reset } = sanitize({
      answers: { python: 3, sql: 9, nlp: 'high', 'Bad Id': 2, statistics: 2.5, writing: 0 },
    });
    expect(state.answers).toEqual({ python: 3, writing: 0 });
    expect(reset).toEqual(['answers']);
  });

  it('resets only the unreadable preference and keeps the others', () => {
    const { state, reset } = sanitize({
      answers: { python: 4 },
      preferences: {
        leadership: 'lots',
        industries: ['finance', 'not-an-industry'],
        maxJobZone: 3,
      },
    });
    expect(state.answers).toEqual({ python: 4 });
    expect(state.preferences).toEqual({ leadership: 0, industries: ['finance'], maxJobZone: 3 });
    expect(reset.sort()).toEqual(['preferences.industries', 'preferences.leadership']);
  });

  it('treats missing fields as new defaults without reporting them', () => {
    const { state, reset } = sanitize({ answers: { sql: 2 } });
    expect(state.answers).toEqual({ sql: 2 });
    expect(state.mode).toBeNull();
    expect(reset).toEqual([]);
  });

  it('resets progress fields of the wrong type and keeps the answers', () => {
    const { state, reset } = sanitize({ answers: { sql: 1 }, mode: 'turbo', position: -4 });
    expect(state.answers).toEqual({ sql: 1 });
    expect(state.mode).toBeNull();
    expect(state.position).toBe(0);
    expect(reset).toEqual(['progress']);
  });

  it('reports the whole store when it is not an object', () => {
    expect(sanitize(UNREADABLE).reset).toEqual(['storage']);
    expect(sanitize(42).reset).toEqual(['storage']);
    expect(sanitize([1, 2]).reset).toEqual(['storage']);
  });

  it('caps huge answer objects instead of reading them all', () => {
    const answers: Record<string, number> = {};
    for (let i = 0; i < 5000; i++) answers[`skill-${i}`] = i % 5;
    const { state, reset } = sanitize({ answers });
    expect(Object.keys(state.answers).length).toBe(500);
    expect(reset).toContain('answers');
  });

  it('never throws and always returns valid fields for arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { state } = sanitize(raw);
        for (const level of Object.values(state.answers)) {
          expect(Number.isInteger(level) && level >= 0 && level <= 4).toBe(true);
        }
        expect(state.preferences.leadership).toBeGreaterThanOrEqual(-1);
        expect(state.preferences.leadership).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps valid answers mixed into arbitrary junk', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.anything()),
        fc.integer({ min: 0, max: 4 }),
        (junk, level) => {
          const { state } = sanitize({ answers: { ...junk, python: level } });
          expect(state.answers.python).toBe(level);
        },
      ),
    );
  });
});

describe('migrate', () => {
  it('passes an object from any version through for sanitize to validate', () => {
    const stored = { answers: { python: 2 } };
    expect(sanitize(migrate(stored, 0)).state.answers).toEqual({ python: 2 });
    expect(sanitize(migrate(stored, STORE_VERSION + 5)).state.answers).toEqual({ python: 2 });
  });

  it('turns a non-object into the unreadable marker and nothing into undefined', () => {
    expect(migrate('garbage', 0)).toBe(UNREADABLE);
    expect(migrate(null, 0)).toBeUndefined();
  });

  it('never throws for arbitrary input and versions', () => {
    fc.assert(
      fc.property(fc.anything(), fc.double(), (raw, version) => {
        expect(() => sanitize(migrate(raw, version))).not.toThrow();
      }),
    );
  });
});

describe('parseStored', () => {
  it('marks text that is not JSON as unreadable', () => {
    expect(parseStored('{not json')).toEqual({ state: UNREADABLE, version: STORE_VERSION });
  });

  it('reads the stored version, defaulting to 0', () => {
    expect(parseStored('{"state":{"answers":{}},"version":1}')).toEqual({
      state: { answers: {} },
      version: 1,
    });
    expect(parseStored('{"state":{}}')?.version).toBe(0);
  });

  it('never throws for random text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseStored(text)));
  });
});
