import type { ReactNode } from 'react';
import type { Role } from '@/catalogue/schema';
import { FitSummary } from './fit-summary';
import { GapPlan } from './gap-plan';
import { SkillBreakdown } from './skill-breakdown';
import { useRoleFit } from './use-role-fit';
import './fit.css';

/**
 * The role page's "fitted to you" section: score, skill chart and table, gap plan, and the
 * what-if control the page passes in (it belongs to the what-if feature).
 */
export function RoleFit({ role, whatIf }: { role: Role; whatIf: ReactNode }) {
  const fit = useRoleFit(role.id);
  if (!fit) return null;

  return (
    <section className="role-fit" aria-labelledby="role-fit-title">
      <h2 id="role-fit-title">How you fit this role</h2>
      <FitSummary fit={fit} />
      <div className="role-fit-grid">
        <section aria-labelledby="fit-skills-title" className="role-fit-main">
          <h3 id="fit-skills-title">Skill by skill</h3>
          <SkillBreakdown score={fit.score} />
        </section>
        <section aria-labelledby="fit-what-if-title" className="role-fit-side">
          <h3 id="fit-what-if-title">Try a what-if</h3>
          {whatIf}
        </section>
      </div>
      <section aria-labelledby="fit-gaps-title">
        <h3 id="fit-gaps-title">Your gap plan</h3>
        <GapPlan gaps={fit.gaps} />
      </section>
    </section>
  );
}
