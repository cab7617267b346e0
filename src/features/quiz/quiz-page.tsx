import { useState } from 'react';
import { PageHeading } from '@/shared/ui/page-heading';
import { CatalogueUpdateNotice } from '@/shared/ui/catalogue-update-notice';
import { StorageBanner } from '@/shared/ui/storage-banner';
import type { QuizMode } from '@/store/answers';
import { CheckpointStep } from './checkpoint-step';
import { FullStep } from './full-step';
import { LeadingPanel } from './leading-panel';
import { PreferencesStep } from './preferences-step';
import { QuickStep } from './quick-step';
import { QuizIntro } from './quiz-intro';
import { QuizWelcome } from './quiz-welcome';
import { ResetNotice } from './reset-notice';
import { useQuizFlow, type QuizFlow } from './use-quiz-flow';
import { useQuizHistory } from './use-quiz-history';
import './quiz.css';

/** /quiz: intro or "welcome back", then the steps of the chosen mode, then preferences. */
export function QuizPage() {
  const flow = useQuizFlow();
  // A saved quiz waits on the welcome screen until the person chooses to resume.
  const [active, setActive] = useState(false);
  const [wasReset, setWasReset] = useState(false);
  const [leftSteps, setLeftSteps] = useState(false);
  const history = useQuizHistory(flow, active, setActive);
  const startOver = () => {
    setWasReset(true);
    setActive(false);
  };
  const start = (mode: QuizMode) => {
    flow.start(mode);
    setActive(true);
  };

  let content;
  if (flow.mode === null || !flow.screen) {
    content = <QuizIntro focus={wasReset} onStart={start} />;
  } else if (!active) {
    content = (
      <QuizWelcome
        focus={leftSteps}
        onResume={() => setActive(true)}
        onStartOver={startOver}
        onSwitch={start}
      />
    );
  } else {
    content = <QuizStepView flow={flow} />;
  }

  const inQuiz = active && flow.mode !== null;
  return (
    <section className="page quiz-page">
      <PageHeading>Skills quiz</PageHeading>
      <StorageBanner />
      <ResetNotice />
      <CatalogueUpdateNotice />
      <div className={inQuiz ? 'quiz-layout' : undefined}>
        <div className="quiz-main">{content}</div>
        {inQuiz && (
          <div className="quiz-side">
            <LeadingPanel />
            <div className="actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setLeftSteps(true);
                  history.leave();
                }}
              >
                Start over or switch mode
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

function QuizStepView({ flow }: { flow: QuizFlow }) {
  const screen = flow.screen;
  switch (screen?.kind) {
    case 'quick-question':
      return (
        <QuickStep key={screen.skillId} flow={flow} skillId={screen.skillId} index={screen.index} />
      );
    case 'full-category':
      return <FullStep flow={flow} index={screen.index} />;
    case 'checkpoint':
      return <CheckpointStep flow={flow} exhausted={screen.exhausted} />;
    case 'preferences':
      return <PreferencesStep flow={flow} />;
    default:
      return null;
  }
}
