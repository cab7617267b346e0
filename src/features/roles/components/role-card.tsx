import { Link } from 'react-router';
import { ROLE_FAMILIES, type Role } from '@/catalogue/schema';
import { formatUsd } from '@/shared/format/format';
import { paths } from '@/shared/paths';

export function RoleCard({ role }: { role: Role }) {
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
        Median pay {formatUsd(role.salary.median)} a year (US)
      </p>
    </article>
  );
}
