import { afterEach, describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, reloadOnce } from '@/shared/reload-once';

const fakeLocation = (href = 'https://pf.test/roles') => ({ href, reload: vi.fn() });

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('isChunkLoadError', () => {
  it('recognises a failed route import in each browser’s words, and nothing else', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://pf.test/assets/roles-1.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: https://pf.test/assets/roles-1.js',
    ])
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
    expect(isChunkLoadError(new Error('The role catalogue arrived damaged.'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});

describe('reloadOnce', () => {
  it('reloads once per address, then not again within a minute', () => {
    const location = fakeLocation();
    expect(reloadOnce(location, 1_000)).toBe(true);
    expect(reloadOnce(location, 30_000)).toBe(false);
    expect(location.reload).toHaveBeenCalledTimes(1);
    // A minute later (a second deploy), or another address, may reload again.
    expect(reloadOnce(location, 62_000)).toBe(true);
    expect(reloadOnce(fakeLocation('https://pf.test/paths'), 62_500)).toBe(true);
  });

  it('never reloads when sessionStorage cannot hold the guard', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const location = fakeLocation();
    expect(reloadOnce(location)).toBe(false);
    expect(location.reload).not.toHaveBeenCalled();
  });
});
