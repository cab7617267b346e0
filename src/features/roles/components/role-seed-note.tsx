import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { SEED_ARTICLES } from '@/catalogue/vocabulary';
import { formatSeedDate } from '@/shared/format/format';
import { paths } from '@/shared/paths';

/**
 * Roles that come from a seed comparison article say so, with a link to that comparison
 * (`compareHref`, the comparison's prerendered address, when the route gives one).
 */
export function RoleSeedNote({
  role,
  comparedWith,
  compareHref,
}: {
  role: Role;
  comparedWith: Role | undefined;
  compareHref?: string;
}) {
  if (!role.seed) return null;
  const article = SEED_ARTICLES[role.seed];
  return (
    <aside className="seed-note" aria-label="Seed article">
      <p>
        This role is one of the two compared in the article <cite>{article.title}</cite> (published{' '}
        {formatSeedDate(role.seed)}). Facts taken from it are marked “Seed article”; the wording
        here is Pathfinder’s own.
      </p>
      {comparedWith && (
        <p>
          <Link to={compareHref ?? paths.compare.href(role.id, comparedWith.id)}>
            Compare {role.title} with {comparedWith.title}
          </Link>
        </p>
      )}
    </aside>
  );
}
