import { useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useSearchParamsMerge } from '@/shared/hooks/use-search-params-merge';
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
  const [params, merge] = useSearchParamsMerge();
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
    merge((merged) => {
      if (next.query !== undefined) {
        if (next.query) merged.set('q', next.query);
        else merged.delete('q');
      }
      if (next.family !== undefined) {
        if (next.family) merged.set('family', next.family);
        else merged.delete('family');
      }
      return merged;
    });
  }

  return { search, update };
}
