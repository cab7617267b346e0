import { Link } from 'react-router';
import { formatWeeks } from '@/features/fit/format';
import { paths } from '@/paths';
import { SkillsGained } from './skills-gained';
import { useNearbyRoles, type PathStart } from './use-paths';

interface Props {
  start: PathStart;
  startLabel: string;
  /** The `from` search param to keep in "show the path" links (absent for your answers). */
  fromParam: string | undefined;
  titles: ReadonlyMap<string, string>;
}

/** The roles nearest the start, cheapest first, each with a link to its full path. */
export function NearbyRoles({ start, startLabel, fromParam, titles }: Props) {
  const nearby = useNearbyRoles(start);
  return (
    <section className="paths-section" aria-labelledby="nearby-title">
      <h2 id="nearby-title">Closest roles from {startLabel}</h2>
      {nearby.length === 0 ? (
        <p>No neighbouring roles were found.</p>
      ) : (
        <ol className="nearby-list">
          {nearby.map((edge) => {
            const title = titles.get(edge.roleId) ?? edge.roleId;
            return (
              <li key={edge.roleId} className="card">
                <h3>
                  <Link to={paths.role.href(edge.roleId)}>{title}</Link>
                </h3>
                <p className="muted">About {formatWeeks(edge.weeks)} of learning. First skills:</p>
                <SkillsGained skills={edge.skillsGained} limit={3} />
                <Link to={paths.paths.href(fromParam, edge.roleId)} className="nearby-path-link">
                  Show the path to {title}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
