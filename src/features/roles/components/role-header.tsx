import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { ROLE_FAMILIES } from '@/catalogue/vocabulary';
import { PageHeading } from '@/shared/ui/page-heading';
import { paths } from '@/shared/paths';

export function RoleHeader({ role }: { role: Role }) {
  return (
    <header className="role-header">
      <p className="eyebrow">
        <Link to={paths.roles.href()}>Roles</Link> <span aria-hidden="true">›</span>{' '}
        {ROLE_FAMILIES[role.family]}
      </p>
      <PageHeading>{role.title}</PageHeading>
      <p className="lead">{role.summary}</p>
      <div className="actions">
        <Link className="button" to={paths.compare.href(role.id)}>
          Compare with another role
        </Link>
        <Link className="button" to={paths.paths.href(undefined, role.id)}>
          Plan a path to this role
        </Link>
      </div>
    </header>
  );
}
