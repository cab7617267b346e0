import { Link } from 'react-router';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatWeeks } from '@/shared/format/effort';
import { paths } from '@/shared/paths';
import type { CareerPath } from '@/scoring';
import { RouteSummary } from './route-summary';
import { SkillsGained } from './skills-gained';
import { useCheapestPath, type PathStart } from './use-paths';

interface Props {
  start: PathStart;
  startLabel: string;
  to: string;
}

/** The recommended route to the target: each step a role you could hold, with the skills it asks for. */
export function PathSteps({ start, startLabel, to }: Props) {
  const { roleTitle } = useCatalogueModel();
  const path = useCheapestPath(start, to);
  const target = roleTitle(to);

  return (
    <section className="paths-section" aria-labelledby="path-steps-title">
      <h2 id="path-steps-title">Recommended route to {target}</h2>
      {!path || path.steps.length === 0 ? (
        <p>You are starting from {target} already: choose a different target.</p>
      ) : (
        <>
          <RouteSummary path={path} startLabel={startLabel} target={target} />
          <ol className="path-steps">
            {path.steps.map((step, i) => (
              <li key={step.roleId} className="card">
                <h3>
                  Step {i + 1}:{' '}
                  <Link to={paths.role.href(step.roleId)}>{roleTitle(step.roleId)}</Link>
                </h3>
                <p className="muted">{stepNote(path, i)}</p>
                <SkillsGained skills={step.skillsGained} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function stepNote(path: CareerPath, i: number): string {
  const step = path.steps[i]!;
  const role = i === path.steps.length - 1 ? 'Your target' : 'A role you could hold on the way';
  return `${role}: about ${formatWeeks(step.weeks)} of learning. Skills to learn:`;
}
