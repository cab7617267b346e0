import { Link } from 'react-router';
import type { Comparison } from '@/catalogue/schema';
// The seed comparisons' own file (1.6 KB, validated with the catalogue at build time): home shows
// their titles and intros without downloading, parsing and checking the 300 KB catalogue.
import comparisonsFile from '../../../../data/comparisons.json';

/** The two role pairs Pathfinder started from, each a ready-made comparison. */
export const SEED_PAIRS = [
  ['data-manager', 'lead-machine-learning-engineer'],
  ['data-operations-manager', 'machine-learning-software-engineer'],
] as const;

const comparisons = comparisonsFile as Comparison[];

/** The seed pairs with their comparison (either order), in SEED_PAIRS order. */
export function seedComparisons(
  list: readonly Comparison[] = comparisons,
): { a: string; b: string; comparison: Comparison }[] {
  return SEED_PAIRS.flatMap(([a, b]) => {
    const comparison = list.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
    return comparison ? [{ a, b, comparison }] : [];
  });
}

/** `href` builds the link to a pair's comparison page (the route owns the address). */
export function SeedComparisons({ href }: { href: (a: string, b: string) => string }) {
  return (
    <section className="home-section" aria-labelledby="explore-title">
      <h2 id="explore-title">Explore a comparison</h2>
      <p>
        Not sure where to start? Put two roles side by side: what the work involves, the skills each
        one needs and what it pays.
      </p>
      <ul className="seed-pairs">
        {seedComparisons().map(({ a, b, comparison }) => (
          <li key={comparison.id} className="card">
            <h3>
              <Link to={href(a, b)}>{comparison.title}</Link>
            </h3>
            <p>{comparison.intro}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
