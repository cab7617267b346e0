/**
 * Taking over a prerendered page (scripts/lib/prerender-plugin.ts). The first render must match
 * the HTML the build wrote, so before hydrating: the page's lazy route module is loaded, and the
 * router is told its loaders have run (the catalogue is fetched by the page itself, inside a
 * Suspense boundary that keeps the prerendered HTML on screen until it arrives).
 *
 * The page is already on screen, so none of this is urgent: the page's code is evaluated a chunk
 * per task (preloadedChunks), so no single task holds the main thread for the whole route graph
 * (the answers store reads and checks storage, the formatters load ICU data); main.tsx then hydrates in a
 * transition, which React renders in slices.
 */
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router';
import { yieldToMain } from '@/catalogue/api';

/**
 * The chunks the build preloads for this page (its route module first, then what it imports;
 * scripts/lib/prerender-plugin.ts headLinks), in reverse: dependencies before their importers,
 * so importing them one by one evaluates about one chunk per task.
 */
export function preloadedChunks(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')]
    .map((link) => link.href)
    .reverse();
}

/** The address a prerendered root was rendered for, written by the build as data-path. */
export function prerenderedPath(root: HTMLElement): string | undefined {
  return root.dataset.path;
}

/** True when the root holds prerendered HTML of this very address (not a fallback page's). */
export function canHydrate(root: HTMLElement, location: Pick<Location, 'pathname'>): boolean {
  const path = prerenderedPath(root);
  return path !== undefined && root.firstElementChild !== null && path === location.pathname;
}

/**
 * The build parks style attributes in data-prerender-style (the CSP refuses style attributes in
 * markup); set them through the CSSOM, which the CSP allows, so the hydrated page matches.
 */
export function applyParkedStyles(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-prerender-style]')) {
    el.style.cssText = el.dataset.prerenderStyle ?? '';
    el.removeAttribute('data-prerender-style');
  }
}

/** True when a route of this address has a loader (the catalogue loader, src/app/routes.tsx). */
export function needsLoaderData(
  routes: RouteObject[],
  location: Pick<Location, 'pathname'>,
): boolean {
  return (matchRoutes(routes, location.pathname) ?? []).some(({ route }) => route.loader);
}

export async function prepareHydration(
  routes: RouteObject[],
  location: Pick<Location, 'pathname'>,
  chunks: readonly string[] = [],
): Promise<HydrationState> {
  const matches = matchRoutes(routes, location.pathname) ?? [];
  for (const chunk of chunks) {
    await import(/* @vite-ignore */ chunk);
    await yieldToMain();
  }
  for (const { route } of matches) {
    if (typeof route.lazy !== 'function') continue;
    const loaded = await route.lazy();
    Object.assign(route, { ...loaded, lazy: undefined });
    await yieldToMain();
  }
  const loaderData: Record<string, unknown> = {};
  for (const { route } of matches) if (route.loader && route.id) loaderData[route.id] = null;
  return { loaderData };
}
