import type { FormEvent } from 'react';
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { QUESTION_BUDGET } from '@/scoring';
import { useAnswersStore } from '@/store/answers';
import { QuizNav } from './quiz-nav';
import { QuizProgress } from './quiz-progress';
import { quickProgress } from './quick-step';
import { useSettledReason, type QuizFlow } from './use-quiz-flow';
import { useStepFocus } from './use-step-focus';

/** Quick mode's stopping point: the engine says the top 5 is settled (or nothing is left to ask). */
export function CheckpointStep({ flow, exhausted }: { flow: QuizFlow; exhausted: boolean }) {
  const answers = useAnswersStore((s) => s.answers);
  const headingRef = useStepFocus('checkpoint');
  const { skillById } = useCatalogueModel();
  const reason = useSettledReason();
  // Only these reasons mean more answers are unlikely to move the top 5; at the budget (or after
  // a change since) it could still shift, and the page must not claim otherwise.
  const settled = reason === 'stable' || reason === 'certain' || reason === 'complete';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    flow.goNext();
  };

  return (
    <form className="quiz-step" onSubmit={onSubmit} aria-labelledby="quiz-checkpoint-heading">
      <QuizProgress {...quickProgress(flow.path, answers, true)} />
      <h2 id="quiz-checkpoint-heading" ref={headingRef} tabIndex={-1} className="quiz-heading">
        {exhausted
          ? 'You have answered every question'
          : settled
            ? 'Your top matches have settled'
            : 'Enough answers for a first ranking'}
      </h2>
      <p>
        {exhausted
          ? 'There is nothing left to ask. Add your work preferences to finish.'
          : settled
            ? 'More answers are unlikely to change your five leading roles. You can finish now, or keep refining to sharpen the scores.'
            : `${reason === 'budget' ? `The quick quiz stops after ${QUESTION_BUDGET} answers. ` : ''}Your five leading roles could still shift with more answers: finish now, or keep refining to sharpen them.`}
      </p>
      {!exhausted && (
        <p className="muted">
          {`You rated ${Object.keys(answers).length} of ${skillById.size} skills. `}
          {reason !== null
            ? 'Every skill your leading roles cannot do without is among them, so none of them leads on a guess.'
            : 'Some skills your leading roles cannot do without are not rated yet: keep refining to rate them.'}
        </p>
      )}
      {!exhausted && (
        <div className="actions">
          <button type="button" className="button" onClick={flow.keepRefining}>
            Keep refining
          </button>
        </div>
      )}
      {flow.path.length > 0 && (
        <details className="quiz-review">
          <summary>Review or change your answers</summary>
          <ul>
            {flow.path.map((id, i) => {
              const skill = skillById.get(id);
              const level = answers[id];
              const label = level === undefined ? 'Skipped' : LEVEL_LABELS[level];
              return (
                <li key={id}>
                  <span>
                    {skill?.name ?? id}: <strong>{label}</strong>
                  </span>{' '}
                  <button type="button" className="quiz-link-button" onClick={() => flow.goTo(i)}>
                    Change<span className="visually-hidden"> {skill?.name ?? id}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {/* Saved answers can settle the quiz before it asks anything: then there is nothing to go back to. */}
      <QuizNav
        onBack={flow.path.length > 0 ? flow.goBack : undefined}
        nextLabel="Next: work preferences"
      />
    </form>
  );
}
