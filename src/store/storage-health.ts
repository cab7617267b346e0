/**
 * Whether this browser is actually keeping the answers. localStorage can be missing, blocked
 * (site data off, a throwing getter) or full; zustand's persist swallows all of that, so the
 * answers store reports every write here and the UI warns while answers live only in memory.
 */
import { create } from 'zustand';

/** ok: the last write (or the start-up probe) worked; unavailable: storage is blocked or missing; full: quota hit. */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

export const useStorageHealthStore = create<{ health: StorageHealth }>()(() => ({
  health: 'ok',
}));

const PROBE_KEY = 'pathfinder:probe';

/** Reads an error thrown by localStorage: a full quota, or anything else (blocked, missing). */
export function classifyStorageError(error: unknown): StorageHealth {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : 0;
  // 22 is QUOTA_EXCEEDED_ERR; Firefox once named it NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
    ? 'full'
    : 'unavailable';
}

/** localStorage, or null when the browser has none or refuses access to it (the getter throws). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Writes and removes a tiny key: can this browser store anything at all? */
export function probeStorage(): StorageHealth {
  const storage = browserStorage();
  if (!storage) return 'unavailable';
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return 'ok';
  } catch (error) {
    return classifyStorageError(error);
  }
}

export function setStorageHealth(health: StorageHealth): void {
  if (useStorageHealthStore.getState().health !== health)
    useStorageHealthStore.setState({ health });
}

/** 'ok' while answers reach storage; otherwise why they do not. */
export function useStorageHealth(): StorageHealth {
  return useStorageHealthStore((s) => s.health);
}
