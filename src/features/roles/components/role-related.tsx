import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { paths } from '@/shared/paths';
import { RoleSection } from './role-section';

export function RoleRelated({ role }: { role: Role }) {
  const related = useCatalogueModel().relatedRoles(role);
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
