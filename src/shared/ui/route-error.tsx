import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { CatalogueLoadError } from '@/catalogue/api';
import { paths } from '@/shared/paths';
import { isChunkLoadError, reloadOnce } from '@/shared/reload-once';
import { useStorageHealth } from '@/store/storage-health';
import { NotFound } from './not-found';
import { PageHeading } from './page-heading';

/** Error boundary for every route: names what failed and offers a way on. Answers are untouched. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const saving = useStorageHealth() === 'ok';

  const isChunk = isChunkLoadError(error);
  // A page missing after a deploy: reload into the new version once (guarded against loops),
  // unless the answers live only in this tab, where a reload would lose them.
  useEffect(() => {
    if (isChunk && saving) reloadOnce();
  }, [isChunk, saving]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  if (isChunk) return <ChunkError saving={saving} />;

  const isCatalogue = error instanceof CatalogueLoadError;
  return (
    <section className="page error-page" role="alert" aria-labelledby="error-title">
      {/* PageHeading, so the tab title says what happened instead of naming the page that failed. */}
      <PageHeading id="error-title">
        {isCatalogue ? 'The role catalogue could not be loaded' : 'Something went wrong'}
      </PageHeading>
      <p>
        {error instanceof Error
          ? error.message
          : 'An unexpected error stopped this page from showing.'}
      </p>
      {isCatalogue && error.details.length > 0 && (
        <ul>
          {error.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <p>
        {saving
          ? 'Your quiz answers are safe in this browser.'
          : 'This browser is not saving your quiz answers: reloading this tab loses them.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => revalidator.revalidate()}
          disabled={revalidator.state === 'loading'}
        >
          {revalidator.state === 'loading' ? 'Retrying…' : 'Try again'}
        </button>
        <Link to={paths.home.href()}>Go to the home page</Link>
      </div>
    </section>
  );
}

/** A page that could not be downloaded: usually a new version was deployed. Reloading fixes it. */
function ChunkError({ saving }: { saving: boolean }) {
  return (
    <section className="page error-page" role="alert" aria-labelledby="error-title">
      <PageHeading id="error-title">This page could not be loaded</PageHeading>
      <p>
        Pathfinder may have been updated since this tab opened, or the connection dropped while the
        page was downloading. Reloading fetches the current version.
      </p>
      <p>
        {saving
          ? 'Your quiz answers are safe in this browser.'
          : 'This browser is not saving your quiz answers: reloading this tab loses them.'}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to={paths.home.href()} reloadDocument>
          Go to the home page
        </Link>
      </div>
    </section>
  );
}
