import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { ROLE_FAMILIES } from '@/catalogue/vocabulary';
import { blsOccupationRelation, formatUsd } from '@/shared/format/format';
import { paths } from '@/shared/paths';

export function RoleCard({ role }: { role: Role }) {
  const occupation = role.blsOccupation;
  return (
    <article className="card role-card">
      <h2>
        <Link to={paths.role.href(role.id)}>{role.title}</Link>
      </h2>
      <p className="role-card-meta">
        <span className="badge">{ROLE_FAMILIES[role.family]}</span>
        {role.seniority === 'lead' && <span className="badge badge-neutral">Lead</span>}
      </p>
      <p>{role.summary}</p>
      <p className="muted role-card-salary">
        {/* The median is an occupation's, often shared by several roles: say whose it is. */}
        Median US pay {formatUsd(role.salary.median)} a year
        {occupation && ` for ${occupation.title}, ${blsOccupationRelation(occupation.match)}`}
      </p>
    </article>
  );
}
