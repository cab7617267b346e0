import type { Role } from '@/catalogue/schema';
import { INDUSTRIES } from '@/catalogue/vocabulary';
import { SourceNote } from '@/shared/ui/source-note';
import { RoleSection } from './role-section';

export function RoleIndustries({ role }: { role: Role }) {
  return (
    <RoleSection id="industries" title="Where people work">
      <ul className="bullets">
        {role.industries.items.map((item) => (
          <li key={item.id}>
            {INDUSTRIES[item.id]}
            {item.note && <span className="muted">: {item.note}</span>}
          </li>
        ))}
      </ul>
      <p>
        <SourceNote source={role.industries.source} />
      </p>
    </RoleSection>
  );
}
