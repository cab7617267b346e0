import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useCatalogue } from '@/catalogue/use-catalogue';
import { ShareLink } from '@/features/share/share-link';
import { WhatIfControl } from '@/features/what-if/what-if-control';
import { paths } from '@/paths';
import { useAnswers, usePreferences } from '@/store/answers';
import { useEffectiveProfile, useWhatIfStore } from '@/store/what-if';
import { ExportButton } from './export-button';
import { PreferenceSummary } from './preference-summary';
import { SHORT_QUIZ, skillsToTry } from './explain';
import { useResultFilters } from './filters';
import { ResultFilters } from './result-filters';
import { ResultList } from './result-list';
import { useRanking } from './use-ranking';

/** The person's own ranking with live what-if, share, export and print. */
export function MyResults() {
  const answers = useAnswers();
  const preferences = usePreferences();
  const effective = useEffectiveProfile();
  const overrides = useWhatIfStore((s) => s.overrides);
  const trying = Object.keys(overrides).length > 0;
  const skillCount = useCatalogue().skills.length;
  const { filters } = useResultFilters();
  const { ranked, baseline, movement } = useRanking(
    trying ? effective : answers,
    preferences,
    filters,
    trying ? answers : undefined,
  );
  const answered = Object.keys(answers).length;
  const tryIds = [...new Set([...skillsToTry(baseline), ...Object.keys(overrides)])];

  return (
    <section className="page results-page">
      <PageHeading>Your results</PageHeading>
      <p className="results-intro">
        Roles ranked by how well your {answered} answered{' '}
        {answered === 1 ? 'skill fits' : 'skills fit'} what each role needs, adjusted for your work
        preferences.{' '}
        <Link className="no-print" to={paths.quiz.href()}>
          Review your answers
        </Link>
      </p>
      <PreferenceSummary preferences={preferences} />
      {answered / skillCount < SHORT_QUIZ && (
        <p className="results-note" role="note">
          These results are rough: you answered {answered} of {skillCount} skills. Scores settle as
          you answer more in the <Link to={paths.quiz.href()}>quiz</Link>.
        </p>
      )}
      <ResultFilters />
      <div className="results-layout">
        <ResultList ranked={ranked} movement={movement} />
        {tryIds.length > 0 && (
          <aside className="results-aside no-print" aria-label="Try a change">
            <WhatIfControl skillIds={tryIds} legend="What if you improved a skill?" />
          </aside>
        )}
      </div>
      <section className="results-keep card no-print" aria-labelledby="results-keep-title">
        <h2 id="results-keep-title">Share, download or print</h2>
        <ShareLink answers={answers} preferences={preferences} />
        <ExportButton answers={answers} preferences={preferences} />
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </section>
    </section>
  );
}
