import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { paths } from '@/shared/paths';

const NAV = [
  { to: paths.quiz.href(), label: 'Quiz' },
  { to: paths.results.href(), label: 'Results' },
  { to: paths.roles.href(), label: 'Roles' },
  { to: paths.compare.href(), label: 'Compare' },
  { to: paths.paths.href(), label: 'Paths' },
  { to: paths.about.href(), label: 'About' },
];

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to={paths.home.href()} className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-name">Pathfinder</span>
        </NavLink>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Your answers stay in this browser. Occupational data from O*NET (CC BY 4.0) and the U.S.
          Bureau of Labor Statistics; see <NavLink to={paths.about.href()}>About</NavLink>.
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
