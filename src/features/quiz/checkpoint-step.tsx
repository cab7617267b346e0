import { useMemo, type FormEvent } from 'react';
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { nextQuestion, QUESTION_BUDGET } from '@/scoring';
import { formatList } from '@/shared/format/format';
import { filterAnswers, useAnswersStore } from '@/store/answers';
import { QuizNav } from './quiz-nav';
import { QuizProgress } from './quiz-progress';
import { quickProgress } from './quick-step';
import { useSettledReason, type QuizFlow } from './use-quiz-flow';
import { useStepFocus } from './use-step-focus';

/** Quick mode's stopping point: the engine says the top 5 is settled (or nothing is left to ask). */
export function CheckpointStep({ flow, exhausted }: { flow: QuizFlow; exhausted: boolean }) {
  const answers = useAnswersStore((s) => s.answers);
  const headingRef = useStepFocus('checkpoint');
  const skipped = useAnswersStore((s) => s.skipped);
  const preferences = useAnswersStore((s) => s.preferences);
  const { prepared, skillById } = useCatalogueModel();
  const reason = useSettledReason();
  // Defining skills of the roles that could still make the top 5, not rated yet (never asked or
  // skipped): while any is left the ranking is not settled, and the page says which.
  const unratedIds = useMemo(
    () =>
      nextQuestion(prepared, filterAnswers(answers, prepared.skillIds), preferences, {
        exclude: skipped,
      }).unratedDefining,
    [prepared, answers, preferences, skipped],
  );
  const unrated = unratedIds.map((id) => skillById.get(id)?.name ?? id);
  // Keep refining asks the open ones; a skipped one is rated by changing its answer in the review.
  const open = unratedIds.some((id) => !skipped.includes(id));
  const skippedInReview = unratedIds.some((id) => skipped.includes(id) && flow.path.includes(id));
  const howToRate = [
    open ? 'keep refining to rate them' : '',
    skippedInReview ? 'change a skipped answer below' : '',
  ].filter(Boolean);
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
            : `${reason === 'budget' ? `The quick quiz pauses after ${QUESTION_BUDGET} questions. ` : ''}Your five leading roles could still shift with more answers: finish now, or keep refining to sharpen them.`}
      </p>
      {!exhausted && (
        <p className="muted">
          {`You rated ${Object.keys(answers).length} of ${skillById.size} skills. `}
          {unrated.length === 0
            ? 'Every skill your leading roles cannot do without is among them, so none of them leads on a guess.'
            : `Not settled yet: ${unrated.length === 1 ? '1 skill' : `${unrated.length} skills`} that roles near the top cannot do without ${unrated.length === 1 ? 'is' : 'are'} not rated yet (${formatList(unrated)}).${howToRate.length > 0 ? ` You can ${howToRate.join(' or ')}.` : ''}`}
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
