import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { CatalogueLoadError } from '@/catalogue/api';
import { paths } from '@/shared/paths';
import { useStorageHealth } from '@/store/storage-health';
import { NotFound } from './not-found';
import { PageHeading } from './page-heading';

/** Error boundary for every route: names what failed and offers a way on. Answers are untouched. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const saving = useStorageHealth() === 'ok';

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

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
