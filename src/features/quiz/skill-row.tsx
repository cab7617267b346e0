import type { Skill } from '@/catalogue/schema';
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { useLevelAnswer } from './use-level-answer';

interface SkillRowProps {
  skill: Skill;
  /** Enter on a chosen level moves on, like pressing Next. */
  onEnter?: () => void;
}

/**
 * The full quiz's compact form of a question: one row per skill, its five levels as a segmented
 * radio group, and below it the chosen level's anchor (the skill's description until one is
 * chosen). Every radio's accessible name still carries its anchor, so screen-reader users hear
 * what each level means before choosing, as in the quick quiz.
 */
export function SkillRow({ skill, onEnter }: SkillRowProps) {
  const { level, choose, onKeyDown } = useLevelAnswer(skill.id, onEnter);
  const descriptionId = `${skill.id}-description`;
  const chosen = skill.levels.find((l) => l.level === level);

  return (
    <fieldset className="quiz-row" aria-describedby={descriptionId}>
      <legend className="quiz-row-name">{skill.name}</legend>
      <p id={descriptionId} className="visually-hidden">
        {skill.description}
      </p>
      <div className="quiz-picker">
        {skill.levels.map(({ level: value, anchor }) => (
          <label key={value} className="quiz-pick">
            <input
              type="radio"
              name={`level-${skill.id}`}
              value={value}
              checked={level === value}
              onChange={() => choose(value)}
              onKeyDown={onKeyDown}
            />
            <span className="quiz-pick-num" aria-hidden="true">
              {value}
            </span>
            <span className="quiz-pick-label">{LEVEL_LABELS[value]}</span>
            <span className="visually-hidden">
              {value === 0 ? ": I haven't used this. " : ': '}
              {anchor}
            </span>
          </label>
        ))}
      </div>
      {/* Already read out with each level (above), so hidden from screen readers here. */}
      <p className={chosen ? 'quiz-row-anchor' : 'quiz-row-anchor muted'} aria-hidden="true">
        {chosen ? chosen.anchor : skill.description}
      </p>
    </fieldset>
  );
}
