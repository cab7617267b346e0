import type { Role } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatLevel } from '@/shared/format/level';
import { SourceNote } from '@/shared/ui/source-note';
import { formatImportance } from '../format-role';
import { RoleSection } from './role-section';

/** Every skill the role asks for, most important first, each with where the numbers come from. */
export function RoleSkills({ role }: { role: Role }) {
  const { skillName } = useCatalogueModel();
  const sorted = [...role.skills].sort(
    (a, b) => b.importance - a.importance || b.level - a.level || a.skill.localeCompare(b.skill),
  );
  return (
    <RoleSection id="skills" title="Skills it asks for">
      <p className="muted">
        Importance runs from 1 (barely used) to 5 (essential); the level needed is the one to reach
        on Pathfinder’s 0 to 4 scale (where a source rates a skill between two levels, the higher).
      </p>
      <ul className="skill-reqs">
        {sorted.map((req) => {
          return (
            <li key={req.skill} className="skill-req">
              <h3>{skillName(req.skill)}</h3>
              <dl className="facts facts-inline">
                <div>
                  <dt>Importance</dt>
                  <dd>{formatImportance(req.importance)}</dd>
                </div>
                <div>
                  <dt>Level needed</dt>
                  <dd>{formatLevel(req.level, 'required')}</dd>
                </div>
              </dl>
              <span className="meter" aria-hidden="true">
                <span style={{ width: `${(req.importance / 5) * 100}%` }} />
              </span>
              {req.note && <p className="skill-note">{req.note}</p>}
              <SourceNote source={req.source} />
            </li>
          );
        })}
      </ul>
    </RoleSection>
  );
}
