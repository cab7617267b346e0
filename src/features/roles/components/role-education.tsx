import type { Role } from '@/catalogue/schema';
import { EDUCATION_LEVELS } from '@/catalogue/vocabulary';
import { SourceNote } from '@/shared/ui/source-note';
import { JOB_ZONES } from '../format-role';
import { RoleSection } from './role-section';

export function RoleEducation({ role }: { role: Role }) {
  const { education } = role;
  return (
    <RoleSection id="education" title="Education and preparation">
      <dl className="facts">
        <div>
          <dt>Typical level</dt>
          <dd>{EDUCATION_LEVELS[education.typical]}</dd>
        </div>
        <div>
          <dt>O*NET job zone</dt>
          <dd>
            {education.jobZone.zone} of 5: {JOB_ZONES[education.jobZone.zone]}{' '}
            <SourceNote source={education.jobZone.source} />
          </dd>
        </div>
      </dl>
      <h3>Common degrees</h3>
      <ul className="bullets">
        {education.degrees.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      {education.certifications.length > 0 && (
        <>
          <h3>Certifications that help</h3>
          <ul className="bullets">
            {education.certifications.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {education.notes?.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <p>
        <SourceNote source={education.source} />
      </p>
    </RoleSection>
  );
}
