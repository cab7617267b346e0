import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '@/shared/ui/page-heading';
import { CatalogueUpdateNotice } from '@/shared/ui/catalogue-update-notice';
import { StorageBanner } from '@/shared/ui/storage-banner';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { Profile, WorkPreferences } from '@/scoring';
import { paths } from '@/shared/paths';
import { useAnswers, usePreferences } from '@/store/answers';
import { useEffectiveProfile, useWhatIfStore } from '@/store/what-if';
import { ExportButton } from './export-button';
import { ImportAnswers } from './import-answers';
import { PreferenceSummary } from './preference-summary';
import { SHORT_QUIZ, skillsToTry } from './explain';
import { useResultFilters } from './filters';
import { ResultFilters } from './result-filters';
import { RefinePanel } from './refine-panel';
import { ResultList } from './result-list';
import { TopMatches } from './top-matches';
import { useRanking } from './use-ranking';

export interface MyResultsSlots {
  /** The what-if control for these skills (from the what-if feature). */
  whatIf: (skillIds: string[]) => ReactNode;
  /** The share link for the saved answers (from the share feature). */
  share: (answers: Profile, preferences: WorkPreferences) => ReactNode;
}

/** The person's own ranking with live what-if, share, export and print. */
export function MyResults({ whatIf, share }: MyResultsSlots) {
  const answers = useAnswers();
  const preferences = usePreferences();
  const effective = useEffectiveProfile();
  const overrides = useWhatIfStore((s) => s.overrides);
  const trying = Object.keys(overrides).length > 0;
  const skillCount = useCatalogueModel().skillIds.length;
  const { filters } = useResultFilters();
  const { ranked, baseline, movement, explain, explainBaseline } = useRanking(
    trying ? effective : answers,
    preferences,
    filters,
    trying ? answers : undefined,
  );
  const answered = Object.keys(answers).length;
  const top = baseline.slice(0, 3).map((r) => explainBaseline(r.roleId));
  const tryIds = [...new Set([...skillsToTry(top), ...Object.keys(overrides)])];

  return (
    <section className="page results-page">
      <PageHeading>Your results</PageHeading>
      <StorageBanner />
      <CatalogueUpdateNotice />
      <TopMatches ranked={ranked} />
      <p className="results-intro">
        Roles ranked by how well your {answered} answered{' '}
        {answered === 1 ? 'skill fits' : 'skills fit'} what each role needs, adjusted for your work
        preferences.{' '}
        <Link className="no-print" to={paths.quiz.href()}>
          Review your answers
        </Link>
      </p>
      {answered / skillCount < SHORT_QUIZ && (
        <p className="results-note" role="note">
          These results are rough: you answered {answered} of {skillCount} skills. Scores settle as
          you answer more in the <Link to={paths.quiz.href()}>quiz</Link>.
        </p>
      )}
      <RefinePanel>
        <PreferenceSummary preferences={preferences} />
        <ResultFilters />
      </RefinePanel>
      <div className="results-layout">
        <ResultList ranked={ranked} explain={explain} movement={movement} />
        {tryIds.length > 0 && (
          <aside className="results-aside no-print" aria-label="Try a change">
            {whatIf(tryIds)}
          </aside>
        )}
      </div>
      <section className="results-keep card no-print" aria-labelledby="results-keep-title">
        <h2 id="results-keep-title">Share, download or print</h2>
        {share(answers, preferences)}
        <ExportButton answers={answers} preferences={preferences} />
        <ImportAnswers />
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </section>
    </section>
  );
}
