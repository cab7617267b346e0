import type { FormEvent } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { MIN_ANSWERS, QUESTION_BUDGET } from '@/scoring';
import { useAnswersStore } from '@/store/answers';
import { QuizNav } from './quiz-nav';
import { QuizProgress } from './quiz-progress';
import { SkillQuestion } from './skill-question';
import type { QuizFlow } from './use-quiz-flow';
import { useStepFocus } from './use-step-focus';

/**
 * The quick quiz's usual length: the engine never calls the top 5 stable before MIN_ANSWERS (10)
 * answers and pauses at its checkpoint after QUESTION_BUDGET (20) questions, skipped ones
 * included, whether or not the top 5 has settled; simulated people stop after a median of 20
 * (npm run simulate:quiz, docs/scoring.md).
 */
export const QUICK_TYPICAL = { low: MIN_ANSWERS, high: QUESTION_BUDGET };

export function quickProgress(
  path: readonly string[],
  answers: Readonly<Record<string, number>>,
  done: boolean,
) {
  const answered = path.filter((id) => answers[id] !== undefined).length;
  const max = done ? Math.max(1, path.length) : Math.max(QUICK_TYPICAL.high, path.length);
  const value = done ? max : answered;
  const text = done
    ? path.length === 0
      ? 'Quick quiz complete: your saved answers needed no further questions'
      : `Quick quiz complete: ${answered} of ${path.length} questions answered`
    : `${answered} answered so far; the quick quiz usually settles after ${QUICK_TYPICAL.low} to ${QUICK_TYPICAL.high}`;
  return { value, max, text };
}

export function QuickStep({
  flow,
  skillId,
  index,
}: {
  flow: QuizFlow;
  skillId: string;
  index: number;
}) {
  const { catalogue, skillById } = useCatalogueModel();
  const answers = useAnswersStore((s) => s.answers);
  const headingRef = useStepFocus(`quick-${index}`);
  const skill = skillById.get(skillId);
  if (!skill) return null;
  const category = catalogue.categories.find((c) => c.id === skill.category)?.name;
  const progress = quickProgress(flow.path, answers, false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    flow.goNext();
  };

  return (
    <form className="quiz-step" onSubmit={onSubmit} aria-label={`Question ${index + 1}`}>
      <QuizProgress {...progress} />
      <p className="quiz-eyebrow muted">
        Question {index + 1}
        {category && ` · ${category}`}
      </p>
      <SkillQuestion
        skill={skill}
        onEnter={flow.goNext}
        heading={
          <h2 ref={headingRef} tabIndex={-1} className="quiz-heading">
            {skill.name}
          </h2>
        }
      />
      <QuizNav onBack={index > 0 ? flow.goBack : undefined} onSkip={flow.skip} />
    </form>
  );
}
