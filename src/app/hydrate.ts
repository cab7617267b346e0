/**
 * Taking over a prerendered page (scripts/lib/prerender-plugin.ts). The first render must match
 * the HTML the build wrote, so before hydrating: the page's lazy route module is loaded, and the
 * router is told its loaders have run (the catalogue is fetched by the page itself, inside a
 * Suspense boundary that keeps the prerendered HTML on screen until it arrives).
 */
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router';

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

export async function prepareHydration(
  routes: RouteObject[],
  location: Pick<Location, 'pathname'>,
): Promise<HydrationState> {
  const matches = matchRoutes(routes, location.pathname) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
  const loaderData: Record<string, unknown> = {};
  for (const { route } of matches) if (route.loader && route.id) loaderData[route.id] = null;
  return { loaderData };
}
