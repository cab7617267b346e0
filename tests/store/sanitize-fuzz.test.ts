/**
 * Fuzzes the real rehydrate path (localStorage text -> parse -> migrate -> sanitize -> store):
 * whatever is stored, the app loads, keeps every valid answer, and reports what it reset.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { INDUSTRIES } from '@/catalogue/schema';
import { STORAGE_KEY, useAnswersStore } from '@/store/answers';
import { isLevel, isSkillId } from '@/store/sanitize';

const RUNS = { numRuns: 1200 };
const SKILL_IDS = ['python', 'sql', 'statistics', 'machine-learning', 'data-governance'];

async function rehydrateFrom(text: string) {
  localStorage.setItem(STORAGE_KEY, text);
  await useAnswersStore.persist.rehydrate();
  return useAnswersStore.getState();
}

function expectUsableState(state: ReturnType<typeof useAnswersStore.getState>) {
  for (const [id, level] of Object.entries(state.answers)) {
    expect(isSkillId(id)).toBe(true);
    expect(isLevel(level)).toBe(true);
  }
  const { leadership, industries, maxJobZone } = state.preferences;
  expect(leadership).toBeGreaterThanOrEqual(-1);
  expect(leadership).toBeLessThanOrEqual(1);
  for (const id of industries) expect(Object.keys(INDUSTRIES)).toContain(id);
  expect(
    maxJobZone === null || (Number.isInteger(maxJobZone) && maxJobZone >= 1 && maxJobZone <= 5),
  ).toBe(true);
  expect(Number.isInteger(state.position) && state.position >= 0).toBe(true);
  expect(Array.isArray(state.resetFields)).toBe(true);
}

const junk = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 2000 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER, 2.5, -1, 5),
  fc.constant('x'.repeat(100_000)),
);
const validAnswers = fc.dictionary(fc.constantFrom(...SKILL_IDS), fc.integer({ min: 0, max: 4 }), {
  maxKeys: SKILL_IDS.length,
});
const junkAnswers = fc.dictionary(fc.string({ maxLength: 30 }), junk, { maxKeys: 8 });

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
});

describe('rehydrating stored answers', { timeout: 120_000 }, () => {
  it('survives random bytes and says the store was unreadable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const text = String.fromCharCode(...bytes);
        const state = await rehydrateFrom(text);
        expectUsableState(state);
      }),
      RUNS,
    );
  });

  it('survives any JSON value in any field, at any version', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ state: junk, version: junk }, { requiredKeys: [] }),
        async (stored) => {
          const state = await rehydrateFrom(JSON.stringify(stored));
          expectUsableState(state);
        },
      ),
      RUNS,
    );
  });

  it('keeps every valid answer next to corrupted ones, and reports the reset', async () => {
    await fc.assert(
      fc.asyncProperty(
        validAnswers,
        junkAnswers,
        fc.record(
          { preferences: junk, mode: junk, position: junk, skipped: junk },
          { requiredKeys: [] },
        ),
        fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(0)),
        async (valid, corrupt, otherFields, version) => {
          const answers: Record<string, unknown> = { ...corrupt, ...valid };
          const state = await rehydrateFrom(
            JSON.stringify({ state: { ...otherFields, answers }, version }),
          );
          expectUsableState(state);
          for (const [id, level] of Object.entries(valid)) expect(state.answers[id]).toBe(level);
          // What actually reached storage (JSON drops undefined values).
          const stored = JSON.parse(JSON.stringify(answers)) as Record<string, unknown>;
          const hadInvalid = Object.entries(stored).some(([k, v]) => !isSkillId(k) || !isLevel(v));
          if (hadInvalid) expect(state.resetFields).toContain('answers');
        },
      ),
      RUNS,
    );
  });

  it('caps huge stored values without losing the valid answers', async () => {
    const huge: Record<string, unknown> = { python: 3 };
    for (let i = 0; i < 20_000; i++) huge[`skill-${i}`] = 'not a level';
    const state = await rehydrateFrom(JSON.stringify({ state: { answers: huge }, version: 1 }));
    expectUsableState(state);
    expect(state.answers.python).toBe(3);
    expect(state.resetFields).toContain('answers');
  });
});
