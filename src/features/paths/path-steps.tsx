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
          <RouteBars path={path} />
          {/* Drawn as a route: the start, then one stop per role, each leg with its weeks. */}
          <div className="route-map">
            <p className="route-start">
              <span className="route-dot" aria-hidden="true" />
              Start: <strong>{startLabel === 'your answers' ? 'Your answers' : startLabel}</strong>
            </p>
            <ol className="path-steps">
              {path.steps.map((step, i) => (
                <li key={step.roleId} className="card route-stop">
                  <span className="route-dot" aria-hidden="true" />
                  <p className="route-leg">
                    Leg {i + 1} · about {formatWeeks(step.weeks)}
                  </p>
                  <h3>
                    Step {i + 1}:{' '}
                    <Link to={paths.role.href(step.roleId)}>{roleTitle(step.roleId)}</Link>
                  </h3>
                  <p className="muted">{stepNote(path, i)}</p>
                  <SkillsGained skills={step.skillsGained} />
                </li>
              ))}
            </ol>
          </div>
        </>
      )}
    </section>
  );
}

/** The route's weeks beside going straight, as two bars on one scale (text says the same). */
function RouteBars({ path }: { path: CareerPath }) {
  if (path.steps.length < 2) return null;
  const route = Math.round(path.totalWeeks);
  const direct = Math.round(path.directWeeks);
  const scale = Math.max(route, direct, 1);
  const rows = [
    { label: 'This route', weeks: route, stops: path.steps.length },
    { label: 'Going straight', weeks: direct, stops: 1 },
  ];
  return (
    <dl className="route-bars">
      {rows.map((row) => (
        <div key={row.label} className="route-bar">
          <dt>{row.label}</dt>
          <dd>
            <span className="route-bar-track" aria-hidden="true">
              <span
                className="route-bar-fill"
                style={{ width: `${Math.max(2, (row.weeks / scale) * 100)}%` }}
              />
            </span>
            about {formatWeeks(row.weeks)}, {row.stops === 1 ? 'one leap' : `${row.stops} legs`}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function stepNote(path: CareerPath, i: number): string {
  const step = path.steps[i]!;
  const role = i === path.steps.length - 1 ? 'Your target' : 'A role you could hold on the way';
  return `${role}: about ${formatWeeks(step.weeks)} of learning. Skills to learn:`;
}
