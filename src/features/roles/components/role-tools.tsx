import type { Role } from '@/catalogue/schema';
import { RoleSection } from './role-section';

export function RoleTools({ role }: { role: Role }) {
  return (
    <RoleSection id="tools" title="Tools and software">
      <ul className="chips">
        {role.tools.map((tool) => (
          <li key={tool}>{tool}</li>
        ))}
      </ul>
    </RoleSection>
  );
}
