import { Link } from 'react-router';
import { paths } from '@/paths';

export function Component() {
  return (
    <section className="page" aria-labelledby="nf-title">
      <h1 id="nf-title">Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to={paths.home.href()}>Go to the home page</Link> or{' '}
        <Link to={paths.roles.href()}>browse all roles</Link>.
      </p>
    </section>
  );
}
