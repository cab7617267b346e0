import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/shared/paths';
import { useAnswersStore, useHasAnswers } from '@/store/answers';
import { useStorageHealth } from '@/store/storage-health';
import type { SharedProfile } from './codec';

type Step = 'idle' | 'confirm' | 'saved';

/** Copies shared answers into this browser's answers, with a confirmation when that overwrites. */
export function SaveShared({ shared }: { shared: SharedProfile }) {
  const hasAnswers = useHasAnswers();
  const saving = useStorageHealth() === 'ok';
  const [step, setStep] = useState<Step>('idle');
  const focusTarget = useRef<HTMLElement | null>(null);
  const moved = useRef(false);
  const count = Object.keys(shared.answers).length;

  useEffect(() => {
    // Each step replaces the buttons, so keyboard focus follows to the new step's main control.
    if (step !== 'idle' || moved.current) focusTarget.current?.focus();
    if (step !== 'idle') moved.current = true;
  }, [step]);

  function save() {
    const store = useAnswersStore.getState();
    store.mergeAnswers(shared.answers);
    if (shared.preferences) store.setPreferences(shared.preferences);
    setStep('saved');
  }

  return (
    <section className="results-keep card no-print" aria-labelledby="save-shared-title">
      <h2 id="save-shared-title">Make these your answers?</h2>
      {step === 'saved' ? (
        <div role="status">
          <p>
            {saving
              ? `Saved. These ${count} answers are now yours in this browser; you can change any of them in the quiz.`
              : `These ${count} answers are now yours in this tab, but this browser is not saving them: reloading or closing the tab loses them. Download them from your results page.`}
          </p>
          <Link
            ref={(el) => {
              focusTarget.current = el;
            }}
            className="button primary"
            to={paths.results.href()}
          >
            See your results
          </Link>
        </div>
      ) : step === 'confirm' ? (
        <div role="group" aria-labelledby="save-shared-warning">
          <p id="save-shared-warning">
            You already have answers in this browser. Saving replaces your level for the {count}{' '}
            skills in this link{shared.preferences ? ' and your work preferences' : ''}; your other
            answers stay as they are.
          </p>
          <div className="actions">
            <button
              ref={(el) => {
                focusTarget.current = el;
              }}
              type="button"
              className="button primary"
              onClick={save}
            >
              Replace and save
            </button>
            <button type="button" className="button" onClick={() => setStep('idle')}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>
            Your own answers stay untouched unless you save these. Saving lets you use what-if, gap
            plans and paths with them.
          </p>
          <button
            ref={(el) => {
              focusTarget.current = el;
            }}
            type="button"
            className="button"
            onClick={() => (hasAnswers ? setStep('confirm') : save())}
          >
            Save as my answers
          </button>
        </>
      )}
    </section>
  );
}
