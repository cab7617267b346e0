import { Link } from 'react-router';
import { formatWeeks } from '@/features/fit/format';
import { paths } from '@/paths';
import { SkillsGained } from './skills-gained';
import { useCheapestPath, type PathStart } from './use-paths';

interface Props {
  start: PathStart;
  startLabel: string;
  to: string;
  titles: ReadonlyMap<string, string>;
}

/** The cheapest route to the target, one step per role, with the skills each step asks for. */
export function PathSteps({ start, startLabel, to, titles }: Props) {
  const path = useCheapestPath(start, to);
  const target = titles.get(to) ?? to;
  const title = `Cheapest path to ${target}`;

  return (
    <section className="paths-section" aria-labelledby="path-steps-title">
      <h2 id="path-steps-title">{title}</h2>
      {start.kind === 'role' && start.roleId === to ? (
        <p>You are starting from {target} already: choose a different target.</p>
      ) : !path ? (
        <p>
          No route from {startLabel} to {target} was found in the catalogue.
        </p>
      ) : (
        <>
          <p className="paths-total">
            From {startLabel}: about <strong>{formatWeeks(path.totalWeeks)}</strong> in{' '}
            {path.steps.length} {path.steps.length === 1 ? 'step' : 'steps'}.
            {path.steps.length > 1 && path.directWeeks > 0 && (
              <> Jumping straight there would take about {formatWeeks(path.directWeeks)}.</>
            )}
          </p>
          <ol className="path-steps">
            {path.steps.map((step, i) => (
              <li key={step.roleId} className="card">
                <h3>
                  Step {i + 1}:{' '}
                  <Link to={paths.role.href(step.roleId)}>
                    {titles.get(step.roleId) ?? step.roleId}
                  </Link>
                </h3>
                <p className="muted">About {formatWeeks(step.weeks)}. Skills to learn:</p>
                <SkillsGained skills={step.skillsGained} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
