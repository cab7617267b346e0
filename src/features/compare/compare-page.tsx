import { Link, useSearchParams } from 'react-router';
import { SEED_ARTICLES, type Catalogue, type Role } from '@/catalogue/schema';
import { useCatalogue } from '@/catalogue/use-catalogue';
import { formatSeedDate } from '@/components/format';
import { PageHeading } from '@/components/page-heading';
import { SourceNote } from '@/components/source-note';
import { paths } from '@/paths';
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
import { RolePickers } from './role-pickers';
import { SkillDifferenceTable } from './skill-difference-table';
import './compare.css';

/** The curated comparison for this pair, in either order. */
function findComparison(catalogue: Catalogue, a: string, b: string) {
  return catalogue.comparisons.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
}

/** /compare?a=&b=: two roles side by side, topic by topic, with the person's fit to each. */
export function ComparePage() {
  const catalogue = useCatalogue();
  const [params, setParams] = useSearchParams();
  const aId = params.get('a') ?? '';
  const bId = params.get('b') ?? '';
  const roleA = catalogue.roles.find((r) => r.id === aId);
  const roleB = catalogue.roles.find((r) => r.id === bId);
  const unknown = [aId, bId].filter((id, i) => id && !(i === 0 ? roleA : roleB));
  const comparison = roleA && roleB ? findComparison(catalogue, aId, bId) : undefined;
  const ready = roleA && roleB && roleA.id !== roleB.id;
  const heading =
    comparison?.title ?? (ready ? `${roleA.title} vs. ${roleB.title}` : 'Compare two roles');

  function choose(a: string, b: string) {
    const next = new URLSearchParams();
    if (a) next.set('a', a);
    if (b) next.set('b', b);
    setParams(next);
  }

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
      {unknown.length > 0 && (
        <p className="notice" role="alert">
          {unknown.length === 1
            ? `There is no role with the id “${unknown[0]}”.`
            : `There are no roles with the ids “${unknown.join('” and “')}”.`}{' '}
          Choose from the lists above.
        </p>
      )}
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
            render={(r) => <Outlook role={r} />}
          />
          <CompareSection title="Pay" a={roleA} b={roleB} render={(r) => <Salary role={r} />} />
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
        <Suggestions catalogue={catalogue} chosen={roleA ?? roleB} />
      )}
    </section>
  );
}

/** Curated pairs, and when one role is already chosen, that role against each related role. */
function Suggestions({ catalogue, chosen }: { catalogue: Catalogue; chosen: Role | undefined }) {
  const related = chosen
    ? chosen.related.flatMap((id) =>
        catalogue.roles.filter((r) => r.id === id && r.id !== chosen.id),
      )
    : [];
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
                <Link to={paths.compare.href(c.a, c.b)}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
