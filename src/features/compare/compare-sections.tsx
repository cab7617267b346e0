import type { ReactNode } from 'react';
import type { Role } from '@/catalogue/schema';
import { EDUCATION_LEVELS, INDUSTRIES } from '@/catalogue/vocabulary';
import { figureBlsOccupation, formatUsd } from '@/shared/format/format';
import { OccupationName, OccupationReason } from '@/shared/ui/bls-occupation';
import { SourceNote } from '@/shared/ui/source-note';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatLevel } from '@/shared/format/level';

interface SectionProps {
  title: string;
  a: Role;
  b: Role;
  render: (role: Role) => ReactNode;
  /** Said once about both sides, above them (e.g. that both show one occupation's figures). */
  note?: string | undefined;
}

/** One topic of the comparison: the two roles side by side (stacked on narrow screens). */
export function CompareSection({ title, a, b, render, note }: SectionProps) {
  return (
    <section className="compare-section" aria-label={title}>
      <h2>{title}</h2>
      {note && <p className="notice compare-note">{note}</p>}
      <div className="compare-pair">
        {[a, b].map((role) => (
          <div key={role.id} className="compare-side card">
            <h3>{role.title}</h3>
            {render(role)}
          </div>
        ))}
      </div>
    </section>
  );
}

export function Responsibilities({ role }: { role: Role }) {
  return (
    <ul>
      {role.responsibilities.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

export function RequiredSkills({ role }: { role: Role }) {
  const { skillName } = useCatalogueModel();
  const skills = [...role.skills].sort((x, y) => y.importance - x.importance || y.level - x.level);
  return (
    <ul className="compare-skills">
      {skills.map((s) => (
        <li key={s.skill}>
          <strong>{skillName(s.skill)}</strong>: {formatLevel(s.level, 'required')}, importance{' '}
          {s.importance} of 5
        </li>
      ))}
    </ul>
  );
}

export function Education({ role }: { role: Role }) {
  const { education } = role;
  return (
    <>
      <p>
        Typically: <strong>{EDUCATION_LEVELS[education.typical]}</strong>. O*NET preparation zone{' '}
        {education.jobZone.zone} of 5.
      </p>
      <p>Degrees: {education.degrees.join('; ')}.</p>
      {education.certifications.length > 0 && (
        <p>Certifications: {education.certifications.join('; ')}.</p>
      )}
      <SourceNote source={education.source} />
    </>
  );
}

export function Tools({ role }: { role: Role }) {
  return (
    <ul className="compare-tags">
      {role.tools.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

export function Industries({ role }: { role: Role }) {
  return (
    <>
      <ul>
        {role.industries.items.map((i) => (
          <li key={i.id}>
            {INDUSTRIES[i.id]}
            {i.note ? `: ${i.note}` : ''}
          </li>
        ))}
      </ul>
      <SourceNote source={role.industries.source} />
    </>
  );
}

export function Outlook({ role }: { role: Role }) {
  const fromBls = role.outlook.figures.some((f) => figureBlsOccupation(role, f));
  return (
    <>
      <p>{role.outlook.text}</p>
      <ul className="compare-figures">
        {role.outlook.figures.map((f) => {
          const occupation = figureBlsOccupation(role, f);
          return (
            <li key={`${f.label}-${f.period}`}>
              {f.label}: <strong>{f.value}</strong> ({f.period}).{' '}
              {occupation && (
                <>
                  For <OccupationName occupation={occupation} />.{' '}
                </>
              )}
              <SourceNote source={f.source} />
              {f.note && <p className="figure-note">{f.note}</p>}
            </li>
          );
        })}
      </ul>
      {fromBls && <OccupationReason role={role} others={false} />}
    </>
  );
}

export function Salary({ role }: { role: Role }) {
  const { salary, blsOccupation: occupation } = role;
  return (
    <>
      <p>
        Median <strong>{formatUsd(salary.median)}</strong> a year; the middle half earn{' '}
        {formatUsd(salary.p25)} to {formatUsd(salary.p75)}.
      </p>
      {occupation ? (
        <>
          <p>
            Figures for <OccupationName occupation={occupation} />
            {occupation.match === 'stand-in' ? ', not for this role alone.' : '.'}
          </p>
          <OccupationReason role={role} others={false} />
        </>
      ) : (
        <p className="muted">Figures for {salary.basis}.</p>
      )}
      <SourceNote source={salary.source} />
    </>
  );
}

export function GettingStarted({ role }: { role: Role }) {
  return (
    <ol>
      {role.gettingStarted.map((tip) => (
        <li key={tip}>{tip}</li>
      ))}
    </ol>
  );
}
