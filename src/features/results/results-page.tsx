import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@/shared/ui/page-heading';
import { CatalogueUpdateNotice } from '@/shared/ui/catalogue-update-notice';
import { StorageBanner } from '@/shared/ui/storage-banner';
import { paths } from '@/shared/paths';
import { useHasAnswers } from '@/store/answers';
import { ExampleResults } from './example-results';
import { ImportAnswers } from './import-answers';
import { MyResults, type MyResultsSlots } from './my-results';
import './results.css';

/** /results: the person's ranking, the example profile (?example=1), or an invitation. */
export function ResultsPage(slots: MyResultsSlots) {
  const [params] = useSearchParams();
  const hasAnswers = useHasAnswers();
  if (params.get('example') === '1') return <ExampleResults />;
  return hasAnswers ? <MyResults {...slots} /> : <ResultsInvitation />;
}

function ResultsInvitation() {
  return (
    <section className="page results-page">
      <PageHeading>Your results</PageHeading>
      <StorageBanner />
      <CatalogueUpdateNotice />
      <p>
        There is nothing to rank yet: answer a few questions about your skills and Pathfinder will
        show which data and AI roles fit you, why, and what to learn next.
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.quiz.href()}>
          Take the skills quiz
        </Link>
        <Link className="button" to={paths.results.href({ example: '1' })}>
          Try an example profile
        </Link>
      </div>
      <p className="muted">
        The example shows the results of a made-up person without touching your own answers.
      </p>
      <ImportAnswers />
    </section>
  );
}
