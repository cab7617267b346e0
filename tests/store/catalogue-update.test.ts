import { describe, expect, it } from 'vitest';
import {
  catalogueChanges,
  hasChanges,
  reconcileWithCatalogue,
  stampOf,
  type CatalogueNow,
} from '@/store/catalogue-update';
import { defaultPersisted, sanitize, type PersistedAnswers } from '@/store/sanitize';

const OLD: CatalogueNow = {
  version: 'v1',
  skills: [
    { id: 'python', name: 'Python' },
    { id: 'sql', name: 'SQL' },
    { id: 'spreadsheets', name: 'Spreadsheets' },
    { id: 'statistics', name: 'Statistics' },
  ],
  aliases: {},
};
/** v2: sql renamed to sql-querying, spreadsheets removed, llm-applications added. */
const NEW: CatalogueNow = {
  version: 'v2',
  skills: [
    { id: 'python', name: 'Python' },
    { id: 'sql-querying', name: 'SQL querying' },
    { id: 'statistics', name: 'Statistics' },
    { id: 'llm-applications', name: 'LLM applications' },
  ],
  aliases: { sql: 'sql-querying' },
};

const saved = (over: Partial<PersistedAnswers> = {}): PersistedAnswers => ({
  ...defaultPersisted(),
  answers: { python: 3, sql: 2, spreadsheets: 4 },
  catalogue: stampOf(OLD),
  ...over,
});

describe('catalogueChanges', () => {
  it('names the renamed answer, the removed one and the new skill', () => {
    const changes = catalogueChanges(reconcileWithCatalogue(saved(), NEW), NEW);
    expect(changes).toEqual({
      renamed: [{ id: 'sql-querying', name: 'SQL querying', was: 'SQL' }],
      setAside: [{ id: 'spreadsheets', name: 'Spreadsheets', level: 4 }],
      added: [{ id: 'llm-applications', name: 'LLM applications' }],
    });
    expect(hasChanges(changes)).toBe(true);
  });

  it('reads a rename the same before the store has moved the answer', () => {
    expect(catalogueChanges(saved(), NEW).renamed).toEqual([
      { id: 'sql-querying', name: 'SQL querying', was: 'SQL' },
    ]);
  });

  it('does not tell a rename that kept the name', () => {
    const sameName = {
      ...NEW,
      skills: NEW.skills.map((s) => (s.id === 'sql-querying' ? { ...s, name: 'SQL' } : s)),
    };
    expect(catalogueChanges(saved(), sameName).renamed).toEqual([]);
  });

  it('has nothing to tell on the catalogue of the stamp', () => {
    expect(hasChanges(catalogueChanges(saved(), OLD))).toBe(false);
  });

  it('does not tell again what was set aside at an earlier update', () => {
    const state = { ...reconcileWithCatalogue(saved(), NEW), catalogue: stampOf(NEW) };
    const v3 = { ...NEW, version: 'v3' };
    expect(catalogueChanges(state, v3)).toEqual({ setAside: [], renamed: [], added: [] });
  });

  it('without a stamp (answers saved by an older app) tells only what is set aside, by id', () => {
    const changes = catalogueChanges({ answers: { python: 1, retired: 2 }, catalogue: null }, NEW);
    expect(changes).toEqual({
      setAside: [{ id: 'retired', name: 'retired', level: 2 }],
      renamed: [],
      added: [],
    });
  });

  it('keeps listing a new skill once it is rated, so rating it in place keeps its row', () => {
    const state = saved({ answers: { python: 3, 'llm-applications': 1 } });
    expect(catalogueChanges(state, NEW).added).toEqual([
      { id: 'llm-applications', name: 'LLM applications' },
    ]);
  });
});

describe('reconcileWithCatalogue', () => {
  it('moves a renamed answer and keeps the removed one in storage', () => {
    const next = reconcileWithCatalogue(saved({ answeredAt: { sql: 5 } }), NEW);
    expect(next.answers).toEqual({ python: 3, 'sql-querying': 2, spreadsheets: 4 });
    expect(next.answeredAt).toEqual({ 'sql-querying': 5, sql: 6 });
  });

  it('takes removed questions off the quick quiz path and keeps its place on the same question', () => {
    const state = saved({
      mode: 'quick',
      asked: ['python', 'spreadsheets', 'sql', 'statistics'],
      position: 2,
    });
    const next = reconcileWithCatalogue(state, NEW);
    expect(next.asked).toEqual(['python', 'sql-querying', 'statistics']);
    expect(next.asked[next.position]).toBe('sql-querying');
  });

  it('moves the place to the next kept question when the current one was removed', () => {
    const state = saved({
      mode: 'quick',
      asked: ['python', 'spreadsheets', 'statistics'],
      position: 1,
    });
    const next = reconcileWithCatalogue(state, NEW);
    expect(next.asked[next.position]).toBe('statistics');
  });

  it('leaves the place past the path when every question from it on was removed', () => {
    const state = saved({ mode: 'quick', asked: ['spreadsheets'], position: 0 });
    const next = reconcileWithCatalogue(state, NEW);
    expect(next.asked).toEqual([]);
    expect(next.position).toBe(0);
  });

  it('returns the same state when nothing moves, so calling it again is free', () => {
    const state = saved({ answers: { python: 1 }, asked: ['python'] });
    expect(reconcileWithCatalogue(state, NEW)).toBe(state);
    const once = reconcileWithCatalogue(saved({ asked: ['sql', 'spreadsheets'] }), NEW);
    const twice = reconcileWithCatalogue(once, NEW);
    expect(twice).toBe(once);
  });
});

describe('the stamp in storage', () => {
  it('survives sanitize, and an unreadable one becomes null without losing answers', () => {
    const state = saved();
    expect(sanitize(state).state.catalogue).toEqual(stampOf(OLD));
    const broken = sanitize({ ...state, catalogue: { version: 7, skills: [] } });
    expect(broken.state.catalogue).toBeNull();
    expect(broken.state.answers).toEqual(state.answers);
    expect(broken.reset).toEqual([]);
  });
});
