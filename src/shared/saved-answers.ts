/**
 * What the answers store saved, read straight from localStorage for pages that must not wait for
 * the store's module (its stored-data checks, merging and storage probe): home's
 * "continue" and the quiz route's loader. Only a hint: the store itself stays the truth once loaded.
 */

/** The answers store's localStorage key (STORAGE_KEY in src/store/answers.ts; a test holds them equal). */
export const ANSWERS_STORAGE_KEY = 'pathfinder:answers';

type Readable = Pick<Storage, 'getItem'>;

/** The saved state, or {} when there is none, it is unreadable or storage is blocked. */
function readSaved(storage?: Readable): { answers?: unknown; mode?: unknown } {
  try {
    // Inside the try: where site data is blocked, merely reading `localStorage` throws.
    const from = storage ?? localStorage;
    const saved = JSON.parse(from.getItem(ANSWERS_STORAGE_KEY) ?? 'null') as {
      state?: { answers?: unknown; mode?: unknown };
    } | null;
    return saved?.state ?? {};
  } catch {
    return {};
  }
}

/** Whether this browser holds answers ({ state: { answers } } as the store saves them). */
export function hasSavedAnswers(storage?: Readable): boolean {
  const { answers } = readSaved(storage);
  return typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0;
}

/** Whether a quiz was started here (the store's saved `mode` is set). */
export function hasSavedQuiz(storage?: Readable): boolean {
  const { mode } = readSaved(storage);
  return mode === 'quick' || mode === 'full';
}
