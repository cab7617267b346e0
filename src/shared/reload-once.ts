/**
 * A tab still running the previous build asks for route chunks the new deploy has removed; the
 * browser then remembers the failed import, so only a full reload recovers. `reloadOnce` does
 * that reload at most once per address within a minute (a sessionStorage guard), so a chunk that
 * stays missing shows the error page instead of reloading forever.
 */

const GUARD_KEY = 'pathfinder:chunk-reload';
const GUARD_MS = 60_000;

/** A failed `import()` of a route module, as Chromium, Firefox and Safari word it. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|ChunkLoadError/i.test(
    `${error.name} ${error.message}`,
  );
}

/**
 * Reloads the page unless this address was already reloaded for a missing chunk in the last
 * minute, or sessionStorage is unavailable (no guard, no automatic reload). True when reloading.
 */
export function reloadOnce(
  location: Pick<Location, 'href' | 'reload'> = window.location,
  now = Date.now(),
): boolean {
  try {
    const last = JSON.parse(sessionStorage.getItem(GUARD_KEY) ?? 'null') as {
      href?: unknown;
      at?: unknown;
    } | null;
    if (
      last &&
      last.href === location.href &&
      typeof last.at === 'number' &&
      now - last.at < GUARD_MS
    )
      return false;
    sessionStorage.setItem(GUARD_KEY, JSON.stringify({ href: location.href, at: now }));
  } catch {
    return false;
  }
  location.reload();
  return true;
}
