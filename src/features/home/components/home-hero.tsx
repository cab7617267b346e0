import { Link } from 'react-router';
import { PageHeading } from '@/shared/ui/page-heading';
import { paths } from '@/shared/paths';

export function HomeHero({ hasAnswers, roleCount }: { hasAnswers: boolean; roleCount: number }) {
  return (
    <header className="home-hero">
      <PageHeading title="Find your data and AI career">
        Find the data and AI career that fits your skills
      </PageHeading>
      <p className="lead">
        Rate yourself on the skills data and AI jobs ask for. Pathfinder ranks {roleCount} roles by
        how well they match, shows which skills make the difference, and helps you plan what to
        learn next. It all runs in your browser: your answers never leave this device.
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.quiz.href()}>
          {hasAnswers ? 'Continue the skills quiz' : 'Take the skills quiz'}
        </Link>
        {hasAnswers && (
          <Link className="button" to={paths.results.href()}>
            See your results
          </Link>
        )}
        <Link className="button" to={paths.roles.href()}>
          Browse all roles
        </Link>
      </div>
    </header>
  );
}
