import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, STORE_VERSION, useAnswersStore } from '@/store/answers';
import { mergeAnswerFields, type AnswerFields } from '@/store/merge-tabs';
import { NO_PREFERENCES } from '@/scoring';

const fields = (
  answers: Record<string, number>,
  answeredAt: Record<string, number>,
): AnswerFields => ({ answers, answeredAt, preferences: NO_PREFERENCES, preferencesAt: null });

describe('mergeAnswerFields', () => {
  it('keeps both tabs’ answers, and for one skill the later change', () => {
    const a = fields({ sql: 1, python: 2 }, { sql: 10, python: 30 });
    const b = fields({ sql: 3, statistics: 4 }, { sql: 20, statistics: 5 });
    expect(mergeAnswerFields(a, b).answers).toEqual({ sql: 3, python: 2, statistics: 4 });
  });

  it('a later clear removes the answer; an earlier clear does not', () => {
    const cleared = fields({}, { sql: 20 });
    expect(mergeAnswerFields(fields({ sql: 2 }, { sql: 10 }), cleared).answers).toEqual({});
    expect(mergeAnswerFields(fields({ sql: 2 }, { sql: 30 }), cleared).answers).toEqual({ sql: 2 });
  });

  it('is symmetric, so two tabs merging each other settle on the same answers', () => {
    const side = fc.record({
      answers: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 4 })),
      answeredAt: fc.dictionary(
        fc.constantFrom('a', 'b', 'c', 'd'),
        fc.integer({ min: 1, max: 5 }),
      ),
    });
    fc.assert(
      fc.property(side, side, (x, y) => {
        const a = fields(x.answers, x.answeredAt);
        const b = fields(y.answers, y.answeredAt);
        expect(mergeAnswerFields(a, b)).toEqual(mergeAnswerFields(b, a));
        const once = mergeAnswerFields(a, b);
        expect(mergeAnswerFields(once, b)).toEqual(once);
      }),
    );
  });
});

describe('two tabs on one store', () => {
  beforeEach(() => {
    localStorage.clear();
    useAnswersStore.getState().reset();
  });

  const otherTabWrites = (state: object) => {
    const text = JSON.stringify({ state, version: STORE_VERSION });
    localStorage.setItem(STORAGE_KEY, text);
    return text;
  };

  it('a write never drops an answer the other tab saved meanwhile (no event seen yet)', () => {
    useAnswersStore.getState().setAnswer('python', 1);
    const t = Date.now() + 1000;
    otherTabWrites({ answers: { python: 1, sql: 4 }, answeredAt: { sql: t } });
    useAnswersStore.getState().setAnswer('statistics', 2);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { state: AnswerFields };
    expect(saved.state.answers).toEqual({ python: 1, sql: 4, statistics: 2 });
  });

  it('the other tab’s answers arrive skill by skill, but its mode and place in the quiz do not', () => {
    const s = useAnswersStore.getState();
    s.startQuiz('quick');
    s.setAnswer('python', 1);
    const text = otherTabWrites({
      answers: { sql: 4 },
      answeredAt: { sql: Date.now() + 1000 },
      mode: 'full',
      position: 3,
    });
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text }));
    const after = useAnswersStore.getState();
    expect(after.answers).toEqual({ python: 1, sql: 4 });
    expect(after.mode).toBe('quick');
    expect(after.position).toBe(0);
  });
});
