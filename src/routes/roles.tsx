import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { PageHeading } from '@/shared/ui/page-heading';
import { RoleList } from '@/features/roles/components/role-list';
import { RolesCount } from '@/features/roles/components/roles-count';
import { RolesFilter } from '@/features/roles/components/roles-filter';
import { searchRoles } from '@/features/roles/search-roles';
import { useRoleSearch } from '@/features/roles/use-role-search';
import '@/features/roles/roles.css';

export function Component() {
  const model = useCatalogueModel();
  const { catalogue } = model;
  const { search, update } = useRoleSearch();
  // A few dozen roles: filtering on every render is cheaper than memoising it.
  const roles = searchRoles(model, search);
  return (
    <section className="page roles-page">
      <PageHeading>Roles</PageHeading>
      <p className="lead">
        Every data and AI role in Pathfinder, with what the work involves, the skills it asks for
        and what it pays. Search by title, tool or skill, or narrow the list to one family of roles.
      </p>
      <RolesFilter search={search} onChange={update} />
      <RolesCount shown={roles.length} total={catalogue.roles.length} />
      <RoleList roles={roles} />
      {roles.length === 0 && (
        <p>
          Try fewer or different words, or{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              update({ query: '', family: null });
              // The button disappears with the empty state: keep focus in the search box.
              document.getElementById('role-query')?.focus();
            }}
          >
            show every role
          </button>
          .
        </p>
      )}
    </section>
  );
}
