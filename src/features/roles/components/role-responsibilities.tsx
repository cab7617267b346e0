import type { Role } from '@/catalogue/schema';
import { RoleSection } from './role-section';

export function RoleResponsibilities({ role }: { role: Role }) {
  return (
    <RoleSection id="responsibilities" title="What you would do">
      <ul className="bullets">
        {role.responsibilities.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </RoleSection>
  );
}
