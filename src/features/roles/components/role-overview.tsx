import type { Role } from '@/catalogue/schema';
import { ROLE_FAMILIES } from '@/catalogue/vocabulary';
import { RoleSection } from './role-section';

export function RoleOverview({ role }: { role: Role }) {
  return (
    <RoleSection id="overview" title="What the role is">
      <p>{role.definition}</p>
      <dl className="facts">
        <div>
          <dt>Family</dt>
          <dd>{ROLE_FAMILIES[role.family]}</dd>
        </div>
        <div>
          <dt>Seniority</dt>
          <dd>
            {role.seniority === 'lead'
              ? 'Lead: guides a team or a function'
              : 'Individual contributor'}
          </dd>
        </div>
      </dl>
    </RoleSection>
  );
}
