/**
 * Compare's path-form address, /compare/:a/:b. The query form (/compare?a=&b=) stays the page's
 * everyday address; the path form is the seed comparisons' prerendered one (a static host serves
 * one file per path; src/app/prerender.tsx), linked from the role pages' seed notes, compare's
 * curated list and the sitemap. Both show the same page. (Kept beside the routes until src/shared/paths.ts, owned elsewhere, takes it in.)
 */
export const comparePair = {
  pattern: '/compare/:a/:b',
  href: (a: string, b: string) => `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
} as const;
