import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, useAnswersStore } from '@/store/answers';
import {
  classifyStorageError,
  probeStorage,
  setStorageHealth,
  useStorageHealthStore,
} from '@/store/storage-health';

const health = () => useStorageHealthStore.getState().health;
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
  setStorageHealth('ok');
});
afterEach(() => vi.restoreAllMocks());

describe('classifyStorageError', () => {
  it('reads a quota error as full and anything else as unavailable', () => {
    expect(classifyStorageError(quota())).toBe('full');
    expect(classifyStorageError({ code: 22 })).toBe('full');
    expect(classifyStorageError(new DOMException('denied', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(undefined)).toBe('unavailable');
    expect(classifyStorageError('text')).toBe('unavailable');
  });
});

describe('probeStorage', () => {
  it('says ok when a tiny key can be written and leaves nothing behind', () => {
    expect(probeStorage()).toBe('ok');
    expect(localStorage.getItem('pathfinder:probe')).toBeNull();
  });

  it('says unavailable when the localStorage getter throws (site data blocked)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(probeStorage()).toBe('unavailable');
  });

  it('says full when even a tiny write hits the quota', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    expect(probeStorage()).toBe('full');
  });
});

describe('the answers store reports every write', () => {
  it('turns full when a write hits the quota, keeps the answer in memory, and recovers on the next good write', () => {
    useAnswersStore.getState().setAnswer('python', 2);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    useAnswersStore.getState().setAnswer('sql', 3);
    expect(health()).toBe('full');
    expect(useAnswersStore.getState().answers).toEqual({ python: 2, sql: 3 });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.answers).toEqual({ python: 2 });

    setItem.mockRestore();
    useAnswersStore.getState().setAnswer('statistics', 1);
    expect(health()).toBe('ok');
    // The good write carries everything that was held in memory meanwhile.
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.answers).toEqual({
      python: 2,
      sql: 3,
      statistics: 1,
    });
  });

  it('turns unavailable when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    useAnswersStore.getState().setAnswer('python', 2);
    expect(health()).toBe('unavailable');
    expect(useAnswersStore.getState().answers).toEqual({ python: 2 });
  });
});
