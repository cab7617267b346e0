import type { FormEvent } from 'react';
import { useAnswersStore } from '@/store/answers';
import { CategoryJump } from './category-jump';
import { QuizNav } from './quiz-nav';
import { QuizProgress } from './quiz-progress';
import { SkillRow } from './skill-row';
import type { QuizFlow } from './use-quiz-flow';
import { useStepFocus } from './use-step-focus';

export function fullProgress(
  skillIds: readonly string[],
  answers: Readonly<Record<string, number>>,
) {
  const answered = skillIds.filter((id) => answers[id] !== undefined).length;
  return {
    value: answered,
    max: skillIds.length,
    text: `${answered} of ${skillIds.length} skills answered`,
  };
}

/** Full mode: one skill category per screen, every skill in it a compact row with a level picker. */
export function FullStep({ flow, index }: { flow: QuizFlow; index: number }) {
  const answers = useAnswersStore((s) => s.answers);
  const headingRef = useStepFocus(`full-${index}`);
  const group = flow.categories[index];
  if (!group) return null;
  const allIds = flow.categories.flatMap((g) => g.skills.map((s) => s.id));
  const last = index === flow.categories.length - 1;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    flow.goNext();
  };

  return (
    <form className="quiz-step" onSubmit={onSubmit} aria-labelledby="quiz-category-heading">
      <QuizProgress {...fullProgress(allIds, answers)} />
      <CategoryJump flow={flow} current={index} />
      <p className="quiz-eyebrow quiz-group-count muted">
        Group {index + 1} of {flow.categories.length}
      </p>
      <h2 id="quiz-category-heading" ref={headingRef} tabIndex={-1} className="quiz-heading">
        {group.category.name}
      </h2>
      <p className="quiz-category-description muted">{group.category.description}</p>
      {group.skills.map((skill) => (
        <SkillRow key={skill.id} skill={skill} onEnter={flow.goNext} />
      ))}
      <QuizNav
        onBack={index > 0 ? flow.goBack : undefined}
        onSkip={flow.skip}
        skipLabel="Skip the rest of this group"
        nextLabel={last ? 'Next: work preferences' : 'Next group'}
      />
    </form>
  );
}
