import { Suspense, useState } from 'react';
import { PageHeading } from '@/shared/ui/page-heading';
import { CatalogueUpdateNotice } from '@/shared/ui/catalogue-update-notice';
import { StorageBanner } from '@/shared/ui/storage-banner';
import { useAnswersStore, type QuizMode } from '@/store/answers';
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

/**
 * /quiz: the intro, which needs nothing but the build's counts and so shows at once, or a quiz
 * under way (welcome back, its steps, preferences), which reads the catalogue.
 */
export function QuizPage() {
  const started = useAnswersStore((s) => s.mode !== null);
  // The intro shows again after "start over": its lead then says so and takes focus.
  const [wasReset, setWasReset] = useState(false);
  // Set when the person starts from the intro, so the first step shows without "welcome back".
  const [startedHere, setStartedHere] = useState(false);
  const start = (mode: QuizMode) => {
    useAnswersStore.getState().startQuiz(mode);
    setStartedHere(true);
  };
  return (
    <section className="page quiz-page">
      <PageHeading>Skills quiz</PageHeading>
      <StorageBanner />
      <ResetNotice />
      {started ? (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the questions…
            </p>
          }
        >
          <QuizSession
            initiallyActive={startedHere}
            onStartOver={() => {
              setWasReset(true);
              setStartedHere(false);
            }}
          />
        </Suspense>
      ) : (
        <QuizIntro focus={wasReset} onStart={start} />
      )}
    </section>
  );
}

/** A quiz under way: "welcome back" until the person resumes, then its steps. */
function QuizSession({
  initiallyActive,
  onStartOver,
}: {
  initiallyActive: boolean;
  onStartOver: () => void;
}) {
  const flow = useQuizFlow();
  // A saved quiz waits on the welcome screen until the person chooses to resume.
  const [active, setActive] = useState(initiallyActive);
  const [leftSteps, setLeftSteps] = useState(false);
  const history = useQuizHistory(flow, active, setActive);
  const start = (mode: QuizMode) => {
    flow.start(mode);
    setActive(true);
  };

  const content =
    flow.screen === null ? null : !active ? (
      <QuizWelcome
        focus={leftSteps}
        onResume={() => setActive(true)}
        onStartOver={() => {
          setActive(false);
          onStartOver();
        }}
        onSwitch={start}
      />
    ) : (
      <QuizStepView flow={flow} />
    );

  return (
    <>
      <CatalogueUpdateNotice />
      <div className={active ? 'quiz-layout' : undefined}>
        <div className="quiz-main">{content}</div>
        {active && (
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
    </>
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
