import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { paths } from '@/paths';
import { RoleSection } from './role-section';

interface RoleRelatedProps {
  role: Role;
  roles: readonly Role[];
}

export function RoleRelated({ role, roles }: RoleRelatedProps) {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const related = role.related.flatMap((id) => byId.get(id) ?? []);
  if (related.length === 0) return null;
  return (
    <RoleSection id="related" title="Related roles">
      <ul className="related-list">
        {related.map((other) => (
          <li key={other.id}>
            <Link to={paths.role.href(other.id)}>{other.title}</Link>
            <span className="related-actions">
              <Link to={paths.compare.href(role.id, other.id)}>
                Compare
                <span className="visually-hidden">
                  {' '}
                  {role.title} with {other.title}
                </span>
              </Link>
              <Link to={paths.paths.href(role.id, other.id)}>
                Path
                <span className="visually-hidden">
                  {' '}
                  from {role.title} to {other.title}
                </span>
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </RoleSection>
  );
}
