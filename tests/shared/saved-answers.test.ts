import { beforeEach, describe, expect, it } from 'vitest';
import { ANSWERS_STORAGE_KEY, hasSavedAnswers, hasSavedQuiz } from '@/shared/saved-answers';
import { STORAGE_KEY, useAnswersStore } from '@/store/answers';

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
});

describe("the answers store's saved copy, read without the store", () => {
  it('tells whether answers are saved', () => {
    expect(ANSWERS_STORAGE_KEY).toBe(STORAGE_KEY);
    expect(hasSavedAnswers()).toBe(false);
    useAnswersStore.getState().setAnswer('python', 3);
    expect(hasSavedAnswers()).toBe(true);
    useAnswersStore.getState().reset();
    expect(hasSavedAnswers()).toBe(false);
    expect(hasSavedAnswers({ getItem: () => '{"state": {"answers": tru' })).toBe(false);
  });

  it('tells whether a quiz was started', () => {
    expect(hasSavedQuiz()).toBe(false);
    useAnswersStore.getState().startQuiz('quick');
    expect(hasSavedQuiz()).toBe(true);
    useAnswersStore.getState().reset();
    expect(hasSavedQuiz()).toBe(false);
    expect(hasSavedQuiz({ getItem: () => '{"state": {"mode": "sideways"}}' })).toBe(false);
  });

  it('answers no, without throwing, where reading storage throws', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(hasSavedAnswers(blocked)).toBe(false);
    expect(hasSavedQuiz(blocked)).toBe(false);
  });
});
