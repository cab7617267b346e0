import { useMemo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '@/shared/ui/page-heading';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { paths } from '@/shared/paths';
import { decodeShare, type SharedProfile } from './codec';
import { SaveShared } from './save-shared';
import { SHARE_SKILL_LISTS } from './skill-lists';

interface Props {
  /** The ranked roles for the shared answers (the page passes the results feature's list). */
  ranking: (shared: SharedProfile) => ReactNode;
}

/** /shared#<code>: someone's results, read-only; the visitor's answers change only if they save. */
export function SharedPage({ ranking }: Props) {
  const { hash } = useLocation();
  const { skillIds, aliases } = useCatalogueModel();
  // Renames come with the catalogue, so an older link follows the skills it is read against.
  const decoded = useMemo(
    () => decodeShare(hash, skillIds, { lists: SHARE_SKILL_LISTS, aliases }),
    [hash, skillIds, aliases],
  );

  if (!decoded.ok || Object.keys(decoded.data.answers).length === 0) {
    return (
      <section className="page results-page" aria-describedby="shared-problem">
        <PageHeading>Shared results</PageHeading>
        <p id="shared-problem" className="results-note" role="alert">
          {decoded.ok ? 'This link does not hold any answers.' : decoded.message}
        </p>
        <p>Ask for a fresh link, or find your own fit instead.</p>
        <div className="actions">
          <Link className="button primary" to={paths.quiz.href()}>
            Take the skills quiz
          </Link>
          <Link className="button" to={paths.results.href({ example: '1' })}>
            See an example profile
          </Link>
        </div>
      </section>
    );
  }
  // A new link in the same tab is a new page: its save step and "show more" start afresh.
  return <SharedResults key={hash} shared={decoded.data} ranking={ranking} />;
}

function SharedResults({ shared, ranking }: Props & { shared: SharedProfile }) {
  const count = Object.keys(shared.answers).length;
  return (
    <section className="page results-page">
      <PageHeading>Shared results</PageHeading>
      <div className="example-banner card" role="note" aria-label="About these results">
        <p>
          <span className="badge">Read-only</span> Someone shared the results of their {count}{' '}
          answered {count === 1 ? 'skill' : 'skills'} with you. Viewing them changes nothing in this
          browser.
        </p>
      </div>
      {ranking(shared)}
      <SaveShared shared={shared} />
    </section>
  );
}
