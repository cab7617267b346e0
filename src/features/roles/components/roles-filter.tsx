import type { RoleFamilyId } from '@/catalogue/schema';
import { ROLE_FAMILIES } from '@/catalogue/vocabulary';
import { useValueFromBeforeHydration } from '@/shared/hooks/use-value-from-before-hydration';
import type { RoleSearch } from '../search-roles';

interface RolesFilterProps {
  search: RoleSearch;
  onChange: (next: Partial<RoleSearch>) => void;
}

export function RolesFilter({ search, onChange }: RolesFilterProps) {
  // /roles is prerendered: a search typed or a family picked before it hydrated still counts.
  const queryRef = useValueFromBeforeHydration<HTMLInputElement>(search.query, (query) =>
    onChange({ query }),
  );
  const familyRef = useValueFromBeforeHydration<HTMLSelectElement>(search.family ?? '', (family) =>
    onChange({ family: (family || null) as RoleFamilyId | null }),
  );
  return (
    <form
      className="roles-filter"
      role="search"
      aria-label="Roles"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="role-query">Search roles</label>
        <input
          ref={queryRef}
          id="role-query"
          type="search"
          value={search.query}
          onChange={(e) => onChange({ query: e.target.value })}
          aria-describedby="role-query-hint"
          autoComplete="off"
        />
        <small id="role-query-hint" className="muted">
          Matches titles, summaries, tools and skills, e.g. “SQL” or “Spark”.
        </small>
      </div>
      <div className="field">
        <label htmlFor="role-family">Role family</label>
        <select
          ref={familyRef}
          id="role-family"
          value={search.family ?? ''}
          onChange={(e) => onChange({ family: (e.target.value || null) as RoleFamilyId | null })}
        >
          <option value="">All families</option>
          {Object.entries(ROLE_FAMILIES).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
