/** The typed route table: build links with these helpers, never with hand-written URL strings. */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  quiz: { pattern: '/quiz', href: () => '/quiz' },
  results: {
    pattern: '/results',
    /** `{ example: '1' }` shows the example profile; filters: industry, seniority, education. */
    href: (query: Record<string, string | undefined> = {}) => withQuery('/results', query),
  },
  roles: { pattern: '/roles', href: () => '/roles' },
  role: {
    pattern: '/roles/:roleId',
    href: (roleId: string) => `/roles/${encodeURIComponent(roleId)}`,
  },
  compare: {
    pattern: '/compare',
    href: (a?: string, b?: string) => withQuery('/compare', { a, b }),
  },
  /**
   * Compare's path form, the same page as `compare`: the address of the seed comparisons, which
   * are prerendered (a static host serves one file per path, not per query).
   */
  comparePair: {
    pattern: '/compare/:a/:b',
    href: (a: string, b: string) => `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
  },
  paths: {
    pattern: '/paths',
    href: (from?: string, to?: string) => withQuery('/paths', { from, to }),
  },
  shared: { pattern: '/shared', href: (code: string) => `/shared#${code}` },
  about: { pattern: '/about', href: () => '/about' },
} as const;

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
