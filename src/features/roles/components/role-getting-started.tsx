import type { Role } from '@/catalogue/schema';
import { RoleSection } from './role-section';

export function RoleGettingStarted({ role }: { role: Role }) {
  return (
    <RoleSection id="getting-started" title="How to get started">
      <ol className="bullets">
        {role.gettingStarted.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ol>
    </RoleSection>
  );
}
