import { useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { isRoleFamily, type RoleSearch } from './search-roles';

/**
 * The role list's search and family filter, kept in the URL (?q=&family=) so a link reproduces
 * the view. Typing replaces the history entry instead of adding one per keystroke.
 *
 * The search box reads a local copy of the query: URL updates are navigations that land a moment
 * later, and a box bound straight to the URL drops keys typed in between. The copy adopts the
 * URL again whenever a navigation other than our own replace changes it (a link, back/forward).
 */
export function useRoleSearch() {
  const [params, setParams] = useSearchParams();
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const urlQuery = params.get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(key);
  if (key !== seenKey) {
    setSeenKey(key);
    if (navigationType !== 'REPLACE' && urlQuery !== query) setQuery(urlQuery);
  }

  const family = params.get('family');
  const search: RoleSearch = { query, family: isRoleFamily(family) ? family : null };

  function update(next: Partial<RoleSearch>) {
    if (next.query !== undefined) setQuery(next.query);
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        if (next.query !== undefined) {
          if (next.query) merged.set('q', next.query);
          else merged.delete('q');
        }
        if (next.family !== undefined) {
          if (next.family) merged.set('family', next.family);
          else merged.delete('family');
        }
        return merged;
      },
      { replace: true, preventScrollReset: true },
    );
  }

  return { search, update };
}
