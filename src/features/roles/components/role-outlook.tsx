import type { Role } from '@/catalogue/schema';
import { figureBlsOccupation } from '@/shared/format/format';
import { OccupationName, OccupationReason } from '@/shared/ui/bls-occupation';
import { SourceNote } from '@/shared/ui/source-note';
import { RoleSection } from './role-section';

export function RoleOutlook({ role }: { role: Role }) {
  const fromBls = role.outlook.figures.some((figure) => figureBlsOccupation(role, figure));
  return (
    <RoleSection id="outlook" title="Job outlook">
      <p>{role.outlook.text}</p>
      <ul className="figures">
        {role.outlook.figures.map((figure) => {
          const occupation = figureBlsOccupation(role, figure);
          return (
            <li key={`${figure.label}-${figure.period}`} className="figure">
              <span className="figure-value">{figure.value}</span>
              <span className="figure-label">
                {figure.label}, {figure.period}
              </span>
              {occupation && (
                <span className="figure-occupation">
                  For <OccupationName occupation={occupation} />
                </span>
              )}
              <SourceNote source={figure.source} />
              {figure.note && <p className="figure-note">{figure.note}</p>}
            </li>
          );
        })}
      </ul>
      {fromBls && <OccupationReason role={role} />}
    </RoleSection>
  );
}
