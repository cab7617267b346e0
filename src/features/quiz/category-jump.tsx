import { useAnswersStore } from '@/store/answers';
import type { QuizFlow } from './use-quiz-flow';

/** Full mode: jump straight to any category, with how much of each is answered. */
export function CategoryJump({ flow, current }: { flow: QuizFlow; current: number | null }) {
  const answers = useAnswersStore((s) => s.answers);
  return (
    <nav className="quiz-jump" aria-label="Skill groups">
      <ol>
        {flow.categories.map((group, i) => {
          const done = group.skills.filter((s) => answers[s.id] !== undefined).length;
          return (
            <li key={group.category.id}>
              <button
                type="button"
                className="quiz-jump-button"
                aria-current={i === current ? 'step' : undefined}
                onClick={() => flow.goTo(i)}
              >
                <span>{group.category.name}</span>
                <span className="quiz-jump-count">
                  {done}/{group.skills.length}
                  <span className="visually-hidden"> answered</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
