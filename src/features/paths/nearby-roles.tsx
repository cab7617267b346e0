import { Link } from 'react-router';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatWeeks } from '@/shared/format/effort';
import { paths } from '@/shared/paths';
import { SkillsGained } from './skills-gained';
import { useNearbyRoles, type PathStart } from './use-paths';

interface Props {
  start: PathStart;
  startLabel: string;
  /** The `from` search param to keep in "show the path" links (absent for your answers). */
  fromParam: string | undefined;
}

/** The roles nearest the start, cheapest first, each with a link to its full path. */
export function NearbyRoles({ start, startLabel, fromParam }: Props) {
  const { roleTitle } = useCatalogueModel();
  const nearby = useNearbyRoles(start);
  return (
    <section className="paths-section" aria-labelledby="nearby-title">
      <h2 id="nearby-title">Closest roles from {startLabel}</h2>
      {nearby.length === 0 ? (
        <p>No neighbouring roles were found.</p>
      ) : (
        <ol className="nearby-list">
          {nearby.map((edge) => {
            const title = roleTitle(edge.roleId);
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
