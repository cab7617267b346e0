import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '@/shared/ui/page-heading';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { paths } from '@/shared/paths';
import { useAnswersStore, useHasAnswers } from '@/store/answers';
import { EXAMPLE_PROFILE, exampleAnswers } from './example-profile';
import { useResultFilters } from './filters';
import { ResultFilters } from './result-filters';
import { ResultList } from './result-list';
import { useRanking } from './use-ranking';

/** Results for a labelled sample person; written to the answers only on request. */
export function ExampleResults() {
  const { skillIds } = useCatalogueModel();
  const hasAnswers = useHasAnswers();
  const navigate = useNavigate();
  const answers = useMemo(() => exampleAnswers(skillIds), [skillIds]);
  const { filters } = useResultFilters();
  const { ranked, explain } = useRanking(answers, EXAMPLE_PROFILE.preferences, filters);

  function adopt() {
    const store = useAnswersStore.getState();
    store.mergeAnswers(answers);
    store.setPreferences(EXAMPLE_PROFILE.preferences);
    void navigate(paths.results.href());
  }

  return (
    <section className="page results-page">
      <PageHeading>Example results</PageHeading>
      <div className="example-banner card" role="note" aria-label="About this example">
        <p>
          <span className="badge">Example</span> <strong>{EXAMPLE_PROFILE.label}.</strong>{' '}
          {EXAMPLE_PROFILE.description}
        </p>
        <p>
          These are not your answers. Nothing is saved unless you choose to start from this profile.
        </p>
        <div className="actions no-print">
          {hasAnswers ? (
            <Link className="button primary" to={paths.results.href()}>
              Back to your own results
            </Link>
          ) : (
            <>
              <Link className="button primary" to={paths.quiz.href()}>
                Take the quiz with your own answers
              </Link>
              <button type="button" className="button" onClick={adopt}>
                Start from this example
              </button>
            </>
          )}
        </div>
      </div>
      <ResultFilters />
      <ResultList
        ranked={ranked}
        explain={explain}
        title="Roles ranked for the example person"
        whose="other"
      />
    </section>
  );
}
