import type { Role } from '@/catalogue/schema';
import { SourceNote } from '@/shared/ui/source-note';
import { RoleSection } from './role-section';

export function RoleOutlook({ role }: { role: Role }) {
  return (
    <RoleSection id="outlook" title="Job outlook">
      <p>{role.outlook.text}</p>
      <ul className="figures">
        {role.outlook.figures.map((figure) => (
          <li key={`${figure.label}-${figure.period}`} className="figure">
            <span className="figure-value">{figure.value}</span>
            <span className="figure-label">
              {figure.label}, {figure.period}
            </span>
            <SourceNote source={figure.source} />
          </li>
        ))}
      </ul>
    </RoleSection>
  );
}
