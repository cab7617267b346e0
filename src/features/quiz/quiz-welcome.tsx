import { useRef, useState } from 'react';
import { useAnswers, useAnswersStore, type QuizMode } from '@/store/answers';
import { useStorageHealth } from '@/store/storage-health';
import { useWhatIfStore } from '@/store/what-if';
import { useStepFocus } from './use-step-focus';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** Shown on return: resume where the person left off, or start over after confirming. */
interface QuizWelcomeProps {
  onResume: () => void;
  onStartOver: () => void;
  onSwitch: (mode: QuizMode) => void;
  /** Move focus to the heading on mount (when the person left a step to come here). */
  focus: boolean;
}

export function QuizWelcome({ onResume, onStartOver, onSwitch, focus }: QuizWelcomeProps) {
  const count = Object.keys(useAnswers()).length;
  const mode = useAnswersStore((s) => s.mode);
  const where = useStorageHealth() === 'ok' ? 'saved in this browser' : 'in this tab (not saved)';
  const updatedAt = useAnswersStore((s) => s.updatedAt);
  const completedAt = useAnswersStore((s) => s.completedAt);
  const [confirming, setConfirming] = useState(false);
  const startOverRef = useRef<HTMLButtonElement>(null);
  const headingRef = useStepFocus('welcome');
  const other: QuizMode = mode === 'full' ? 'quick' : 'full';

  const cancel = () => {
    setConfirming(false);
    // Back to the button that opened the confirmation.
    requestAnimationFrame(() => startOverRef.current?.focus());
  };

  return (
    <section className="quiz-welcome card" aria-labelledby="quiz-welcome-title">
      <h2
        id="quiz-welcome-title"
        ref={focus ? headingRef : undefined}
        tabIndex={focus ? -1 : undefined}
      >
        Welcome back
      </h2>
      <p>
        You have {count} {count === 1 ? 'answer' : 'answers'} {where} from the{' '}
        {mode === 'full' ? 'full' : 'quick'} quiz
        {updatedAt !== null && `, last changed on ${dateFormat.format(updatedAt)}`}.
        {completedAt !== null && ' You finished it before; you can still change any answer.'}
      </p>
      {!confirming ? (
        <div className="actions">
          <button type="button" className="button primary" onClick={onResume}>
            Resume where you left off
          </button>
          <button
            ref={startOverRef}
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
          >
            Start over
          </button>
          <button type="button" className="button" onClick={() => onSwitch(other)}>
            Switch to the {other} quiz
          </button>
        </div>
      ) : (
        <ConfirmStartOver count={count} onCancel={cancel} onConfirm={onStartOver} />
      )}
    </section>
  );
}

interface ConfirmProps {
  count: number;
  onCancel: () => void;
  onConfirm: () => void;
}

function ConfirmStartOver({ count, onCancel, onConfirm }: ConfirmProps) {
  const headingRef = useStepFocus('confirm-start-over');
  const confirm = () => {
    useWhatIfStore.getState().reset();
    useAnswersStore.getState().reset();
    onConfirm();
  };
  return (
    <div className="quiz-confirm" role="group" aria-labelledby="quiz-confirm-title">
      <h3 id="quiz-confirm-title" ref={headingRef} tabIndex={-1}>
        Start over?
      </h3>
      <p>
        This deletes your {count} saved {count === 1 ? 'answer' : 'answers'} and your work
        preferences from this browser. It cannot be undone.
      </p>
      <div className="actions">
        <button type="button" className="button danger" onClick={confirm}>
          Yes, delete and start over
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Keep my answers
        </button>
      </div>
    </div>
  );
}
