import { useSearchParams } from 'react-router';
import { isRoleFamily, type RoleSearch } from './search-roles';

/**
 * The role list's search and family filter, kept in the URL (?q=&family=) so a link reproduces
 * the view. Typing replaces the history entry instead of adding one per keystroke.
 */
export function useRoleSearch() {
  const [params, setParams] = useSearchParams();
  const family = params.get('family');
  const search: RoleSearch = {
    query: params.get('q') ?? '',
    family: isRoleFamily(family) ? family : null,
  };

  function update(next: Partial<RoleSearch>) {
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
