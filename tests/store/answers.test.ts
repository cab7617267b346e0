import { beforeEach, describe, expect, it } from 'vitest';
import { filterAnswers, STORAGE_KEY, STORE_VERSION, useAnswersStore } from '@/store/answers';
import { applyOverrides, keepWhatIf, useWhatIfStore } from '@/store/what-if';

const stored = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    state: Record<string, unknown>;
    version: number;
  };

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
  useWhatIfStore.getState().reset();
});

describe('useAnswersStore', () => {
  it('persists an answer under the pathfinder key with the current version', () => {
    useAnswersStore.getState().setAnswer('python', 3);
    expect(stored().version).toBe(STORE_VERSION);
    expect(stored().state.answers).toEqual({ python: 3 });
  });

  it('ignores levels outside 0-4 and malformed skill ids', () => {
    const { setAnswer } = useAnswersStore.getState();
    setAnswer('python', 5);
    setAnswer('python', 1.5);
    setAnswer('Not An Id', 2);
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('answering a skipped skill removes it from the skipped list', () => {
    const s = useAnswersStore.getState();
    s.skip('sql');
    expect(useAnswersStore.getState().skipped).toEqual(['sql']);
    s.setAnswer('sql', 2);
    expect(useAnswersStore.getState().skipped).toEqual([]);
  });

  it('clears a single answer and keeps the rest', () => {
    const s = useAnswersStore.getState();
    s.setAnswer('python', 3);
    s.setAnswer('sql', 1);
    s.clearAnswer('python');
    expect(useAnswersStore.getState().answers).toEqual({ sql: 1 });
  });

  it('merges only the valid entries of a profile', () => {
    useAnswersStore.getState().setAnswer('python', 1);
    useAnswersStore.getState().mergeAnswers({ python: 4, sql: 2, nlp: 12 });
    expect(useAnswersStore.getState().answers).toEqual({ python: 4, sql: 2 });
  });

  it('clamps preferences to valid values', () => {
    useAnswersStore
      .getState()
      .setPreferences({ leadership: 1, maxJobZone: 4, industries: ['finance'] });
    expect(useAnswersStore.getState().preferences).toEqual({
      leadership: 1,
      industries: ['finance'],
      maxJobZone: 4,
    });
    useAnswersStore.getState().setPreferences({ leadership: 7 });
    expect(useAnswersStore.getState().preferences.leadership).toBe(0);
    expect(useAnswersStore.getState().preferences.maxJobZone).toBe(4);
  });

  it('reset forgets answers, preferences and progress', () => {
    const s = useAnswersStore.getState();
    s.setAnswer('python', 3);
    s.startQuiz('quick');
    s.setPreferences({ maxJobZone: 3 });
    s.reset();
    const after = useAnswersStore.getState();
    expect(after.answers).toEqual({});
    expect(after.mode).toBeNull();
    expect(after.preferences.maxJobZone).toBeNull();
    expect(stored().state.answers).toEqual({});
  });
});

describe('rehydrating useAnswersStore', () => {
  const rehydrate = async (raw: string) => {
    localStorage.setItem(STORAGE_KEY, raw);
    await useAnswersStore.persist.rehydrate();
    return useAnswersStore.getState();
  };

  it('restores a valid saved quiz exactly', async () => {
    const state = await rehydrate(
      JSON.stringify({
        state: { answers: { python: 2 }, mode: 'full', stage: 'questions', position: 2 },
        version: STORE_VERSION,
      }),
    );
    expect(state.answers).toEqual({ python: 2 });
    expect(state.mode).toBe('full');
    expect(state.position).toBe(2);
    expect(state.resetFields).toEqual([]);
  });

  it('keeps valid answers and reports the one bad field', async () => {
    const state = await rehydrate(
      JSON.stringify({
        state: { answers: { python: 2, sql: 3 }, preferences: { maxJobZone: 'phd' } },
        version: STORE_VERSION,
      }),
    );
    expect(state.answers).toEqual({ python: 2, sql: 3 });
    expect(state.resetFields).toEqual(['preferences.maxJobZone']);
  });

  it('migrates a state saved by another version without losing answers', async () => {
    const state = await rehydrate(JSON.stringify({ state: { answers: { sql: 4 } }, version: 0 }));
    expect(state.answers).toEqual({ sql: 4 });
    // A migrated state is written back in the current version.
    expect(stored().version).toBe(STORE_VERSION);
  });

  it('starts fresh and says so when the saved text is not JSON', async () => {
    const state = await rehydrate('\u0000\u00ff garbage');
    expect(state.answers).toEqual({});
    expect(state.resetFields).toEqual(['storage']);
    state.dismissResetNotice();
    expect(useAnswersStore.getState().resetFields).toEqual([]);
  });
});

describe('another tab', () => {
  it('picks up answers another tab saved instead of overwriting them', async () => {
    useAnswersStore.getState().setAnswer('python', 1);
    const other = JSON.stringify({
      state: { answers: { python: 1, sql: 4 } },
      version: STORE_VERSION,
    });
    localStorage.setItem(STORAGE_KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other }));
    await Promise.resolve();
    expect(useAnswersStore.getState().answers).toEqual({ python: 1, sql: 4 });
    useAnswersStore.getState().setAnswer('statistics', 2);
    expect(stored().state.answers).toEqual({ python: 1, sql: 4, statistics: 2 });
  });

  it('keeps the catalogue stamp another tab saved when this tab has none yet', async () => {
    const stamp = { version: 'v2', skills: { python: 'Python' } };
    const other = JSON.stringify({
      state: { answers: { python: 1 }, catalogue: stamp },
      version: STORE_VERSION,
    });
    localStorage.setItem(STORAGE_KEY, other);
    // This tab writes before it has heard of the other's save: the stamp is not overwritten.
    useAnswersStore.getState().setAnswer('sql', 2);
    expect(stored().state.catalogue).toEqual(stamp);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other }));
    await Promise.resolve();
    expect(useAnswersStore.getState().catalogue).toEqual(stamp);
  });
});

describe('filterAnswers', () => {
  it('reads an answer saved under a renamed id as the new id’s, unless the new id has one', () => {
    expect(
      filterAnswers({ sql: 3, python: 1 }, ['sql-querying', 'python'], { sql: 'sql-querying' }),
    ).toEqual({
      'sql-querying': 3,
      python: 1,
    });
    expect(
      filterAnswers({ sql: 3, 'sql-querying': 1 }, ['sql-querying'], { sql: 'sql-querying' }),
    ).toEqual({ 'sql-querying': 1 });
  });

  it('keeps answers for skills still in the catalogue and drops removed ones', () => {
    expect(
      filterAnswers({ python: 2, retired: 3, sql: 0 }, ['python', 'sql', 'new-skill']),
    ).toEqual({
      python: 2,
      sql: 0,
    });
  });
});

describe('what-if', () => {
  it('applies overrides on top of answers within the catalogue', () => {
    expect(
      applyOverrides({ python: 1, sql: 2 }, { python: 4, gone: 3 }, ['python', 'sql']),
    ).toEqual({
      python: 4,
      sql: 2,
    });
  });

  it('keepWhatIf merges overrides into the saved answers and clears them', () => {
    useAnswersStore.getState().setAnswer('python', 1);
    useWhatIfStore.getState().setOverride('python', 3);
    useWhatIfStore.getState().setOverride('mlops', 2);
    keepWhatIf();
    expect(useAnswersStore.getState().answers).toEqual({ python: 3, mlops: 2 });
    expect(useWhatIfStore.getState().overrides).toEqual({});
  });

  it('ignores override levels outside 0-4', () => {
    useWhatIfStore.getState().setOverride('python', -1);
    expect(useWhatIfStore.getState().overrides).toEqual({});
  });
});

describe('replaceAnswers', () => {
  it('replaces every answer and the preferences, and persists them', () => {
    const s = useAnswersStore.getState();
    s.setAnswer('python', 1);
    s.skip('sql');
    s.replaceAnswers({ sql: 3, statistics: 2 }, { leadership: 1, industries: [], maxJobZone: 3 });
    const after = useAnswersStore.getState();
    expect(after.answers).toEqual({ sql: 3, statistics: 2 });
    expect(after.skipped).toEqual([]);
    expect(after.preferences.maxJobZone).toBe(3);
    expect(stored().state.answers).toEqual({ sql: 3, statistics: 2 });
  });

  it('keeps the preferences when the file has none', () => {
    const s = useAnswersStore.getState();
    s.setPreferences({ maxJobZone: 2 });
    s.replaceAnswers({ sql: 1 }, null);
    expect(useAnswersStore.getState().preferences.maxJobZone).toBe(2);
  });
});

describe('a quiz step', () => {
  it('clears, skips, records the question asked and moves in one write', () => {
    const store = useAnswersStore;
    store.getState().reset();
    store.getState().startQuiz('quick');
    store.getState().setAnswer('sql', 2);
    let writes = 0;
    const stop = store.subscribe(() => writes++);
    store
      .getState()
      .step({ clear: 'sql', skip: ['sql'], ask: 'python', stage: 'questions', position: 3 });
    stop();
    expect(writes).toBe(1);
    const s = store.getState();
    expect(s.answers.sql).toBeUndefined();
    expect(s.skipped).toContain('sql');
    expect(s.asked.at(-1)).toBe('python');
    expect(s).toMatchObject({ stage: 'questions', position: 3 });
  });
});
