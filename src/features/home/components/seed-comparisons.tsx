import { Link } from 'react-router';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { paths } from '@/shared/paths';

/** The two role pairs Pathfinder started from, each a ready-made comparison. */
export const SEED_PAIRS = [
  ['data-manager', 'lead-machine-learning-engineer'],
  ['data-operations-manager', 'machine-learning-software-engineer'],
] as const;

export function SeedComparisons() {
  const { roleTitle: title, comparisonOf } = useCatalogueModel();
  return (
    <section className="home-section" aria-labelledby="explore-title">
      <h2 id="explore-title">Explore a comparison</h2>
      <p>
        Not sure where to start? Put two roles side by side: what the work involves, the skills each
        one needs and what it pays.
      </p>
      <ul className="seed-pairs">
        {SEED_PAIRS.map(([a, b]) => {
          const intro = comparisonOf(a, b)?.intro;
          return (
            <li key={`${a}-${b}`} className="card">
              <h3>
                <Link to={paths.compare.href(a, b)}>
                  {title(a)} vs. {title(b)}
                </Link>
              </h3>
              {intro && <p>{intro}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
