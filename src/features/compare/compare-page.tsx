import { Link, useNavigate } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { SEED_ARTICLES } from '@/catalogue/vocabulary';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatSeedDate } from '@/shared/format/format';
import { useRolePairParams } from '@/shared/hooks/use-role-pair-params';
import { PageHeading } from '@/shared/ui/page-heading';
import { SourceNote } from '@/shared/ui/source-note';
import { UnknownRolesNotice } from '@/shared/ui/unknown-roles-notice';
import { paths } from '@/shared/paths';
import { CompareFit } from './compare-fit';
import {
  CompareSection,
  Education,
  GettingStarted,
  Industries,
  Outlook,
  RequiredSkills,
  Responsibilities,
  Salary,
  Tools,
} from './compare-sections';
import { occupationContrast } from './occupation-contrast';
import { RolePickers } from './role-pickers';
import { SkillDifferenceTable } from './skill-difference-table';
import './compare.css';

interface ComparePageProps {
  /** The pair from a path-form address (/compare/:a/:b); without it, the query's ?a=&b=. */
  pair?: { a: string; b: string };
  /** The path-form address of a pair, for links to the curated comparisons (prerendered). */
  pairHref?: (a: string, b: string) => string;
}

/**
 * The pair being compared: from the path when the address has one (choosing another pair then
 * goes to the query form, the page's everyday address), else from the query.
 */
function useComparedPair(pair: ComparePageProps['pair']) {
  const query = useRolePairParams('a', 'b');
  const navigate = useNavigate();
  const { roleById } = useCatalogueModel();
  if (!pair) return query;
  return {
    a: pair.a,
    b: pair.b,
    unknown: [pair.a, pair.b].filter((id) => id && !roleById.has(id)),
    choose: (nextA: string, nextB: string) => void navigate(paths.compare.href(nextA, nextB)),
  };
}

/** /compare?a=&b=: two roles side by side, topic by topic, with the person's fit to each. */
export function ComparePage({ pair, pairHref = paths.compare.href }: ComparePageProps = {}) {
  const { catalogue, roleById, comparisonOf } = useCatalogueModel();
  const { a: aId, b: bId, unknown, choose } = useComparedPair(pair);
  const roleA = roleById.get(aId);
  const roleB = roleById.get(bId);
  const comparison = roleA && roleB ? comparisonOf(aId, bId) : undefined;
  const ready = roleA && roleB && roleA.id !== roleB.id;
  const heading =
    comparison?.title ?? (ready ? `${roleA.title} vs. ${roleB.title}` : 'Compare two roles');

  return (
    <section className="page compare">
      <PageHeading title={heading}>{heading}</PageHeading>
      {comparison && (
        <div className="compare-intro">
          <p>{comparison.intro}</p>
          <SourceNote source={comparison.source} />
          {comparison.source.kind === 'seed' && (
            <p className="source">
              Structure and figures follow the article &ldquo;
              {SEED_ARTICLES[comparison.source.article].title}&rdquo;, published{' '}
              {formatSeedDate(comparison.source.article)}; the text here is our own.
            </p>
          )}
        </div>
      )}
      <RolePickers roles={catalogue.roles} a={aId} b={bId} onChange={choose} />
      <UnknownRolesNotice ids={unknown} />
      {roleA && roleB && roleA.id === roleB.id && (
        <p className="notice">Both sides show the same role: choose a different second role.</p>
      )}
      {ready ? (
        <>
          <CompareFit a={roleA} b={roleB} />
          <CompareSection
            title="What the role is"
            a={roleA}
            b={roleB}
            render={(r) => <p>{r.definition}</p>}
          />
          <CompareSection
            title="Responsibilities"
            a={roleA}
            b={roleB}
            render={(r) => <Responsibilities role={r} />}
          />
          <CompareSection
            title="Required skills"
            a={roleA}
            b={roleB}
            render={(r) => <RequiredSkills role={r} />}
          />
          <SkillDifferenceTable a={roleA} b={roleB} />
          <CompareSection
            title="Education"
            a={roleA}
            b={roleB}
            render={(r) => <Education role={r} />}
          />
          <CompareSection
            title="Tools and software"
            a={roleA}
            b={roleB}
            render={(r) => <Tools role={r} />}
          />
          <CompareSection
            title="Industries"
            a={roleA}
            b={roleB}
            render={(r) => <Industries role={r} />}
          />
          <CompareSection
            title="Outlook"
            a={roleA}
            b={roleB}
            note={occupationContrast(roleA, roleB)}
            render={(r) => <Outlook role={r} />}
          />
          <CompareSection
            title="Pay"
            a={roleA}
            b={roleB}
            note={occupationContrast(roleA, roleB)}
            render={(r) => <Salary role={r} />}
          />
          <CompareSection
            title="Getting started"
            a={roleA}
            b={roleB}
            render={(r) => <GettingStarted role={r} />}
          />
          <p>
            <Link to={paths.paths.href(roleA.id, roleB.id)}>
              How to move from {roleA.title} to {roleB.title}
            </Link>
          </p>
        </>
      ) : (
        <Suggestions chosen={roleA ?? roleB} pairHref={pairHref} />
      )}
    </section>
  );
}

/** Curated pairs, and when one role is already chosen, that role against each related role. */
function Suggestions({
  chosen,
  pairHref,
}: {
  chosen: Role | undefined;
  pairHref: (a: string, b: string) => string;
}) {
  const { catalogue, relatedRoles } = useCatalogueModel();
  const related = chosen ? relatedRoles(chosen) : [];
  return (
    <>
      {chosen && related.length > 0 && (
        <section aria-labelledby="compare-related">
          <h2 id="compare-related">Compare {chosen.title} with a related role</h2>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <Link to={paths.compare.href(chosen.id, other.id)}>
                  {chosen.title} vs. {other.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {catalogue.comparisons.length > 0 && (
        <section aria-labelledby="compare-suggestions">
          <h2 id="compare-suggestions">Comparisons to start with</h2>
          <ul>
            {catalogue.comparisons.map((c) => (
              <li key={c.id}>
                <Link to={pairHref(c.a, c.b)}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
