import type { Role } from '@/catalogue/schema';
import { RoleCard } from './role-card';

export function RoleList({ roles }: { roles: Role[] }) {
  if (roles.length === 0) return null;
  return (
    <ul className="role-list" aria-label="Roles">
      {roles.map((role) => (
        <li key={role.id}>
          <RoleCard role={role} />
        </li>
      ))}
    </ul>
  );
}
