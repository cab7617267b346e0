import type { Role } from '@/catalogue/schema';
import { RoleSection } from './role-section';

export function RoleOnetCodes({ role }: { role: Role }) {
  if (role.onetCodes.length === 0) return null;
  return (
    <RoleSection id="onet" title="O*NET occupations">
      <p className="muted">The O*NET-SOC occupations this role draws on.</p>
      <ul className="bullets">
        {role.onetCodes.map(({ code, title }) => (
          <li key={code}>
            <span className="code">{code}</span> {title}
          </li>
        ))}
      </ul>
    </RoleSection>
  );
}
