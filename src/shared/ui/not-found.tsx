import { Link } from 'react-router';
import { paths } from '@/shared/paths';
import { PageHeading } from './page-heading';

interface NotFoundProps {
  /** What was missing, e.g. "role" for an unknown role id; changes the wording and the way back. */
  thing?: 'page' | 'role';
}

/** The 404 content: says what is missing and offers a way back. */
export function NotFound({ thing = 'page' }: NotFoundProps) {
  return (
    <section className="page error-page" aria-labelledby="not-found-title">
      <PageHeading
        id="not-found-title"
        title={thing === 'role' ? 'Role not found' : 'Page not found'}
      >
        {thing === 'role' ? 'Role not found' : 'Page not found'}
      </PageHeading>
      <p>
        {thing === 'role'
          ? 'There is no role at this address. It may have been renamed, or the link may be mistyped.'
          : 'There is nothing at this address. It may have moved, or the link may be mistyped.'}
      </p>
      <div className="actions">
        {thing === 'role' && (
          <Link className="button primary" to={paths.roles.href()}>
            Browse all roles
          </Link>
        )}
        <Link className={thing === 'role' ? 'button' : 'button primary'} to={paths.home.href()}>
          Go to the home page
        </Link>
        {thing === 'page' && <Link to={paths.roles.href()}>Browse all roles</Link>}
      </div>
    </section>
  );
}
