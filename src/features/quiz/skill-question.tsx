import type { ReactNode } from 'react';
import type { Skill } from '@/catalogue/schema';
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { useLevelAnswer } from './use-level-answer';

interface SkillQuestionProps {
  skill: Skill;
  /** The legend's content: a heading element in quick mode, the skill name in full mode. */
  heading: ReactNode;
  /** Enter on a chosen level moves on, like pressing Next. */
  onEnter?: () => void;
}

/** One skill as a native radio group: arrow keys move between its five levels. */
export function SkillQuestion({ skill, heading, onEnter }: SkillQuestionProps) {
  const { level, choose, onKeyDown } = useLevelAnswer(skill.id, onEnter);
  const descriptionId = `${skill.id}-description`;

  return (
    <fieldset className="quiz-question" aria-describedby={descriptionId}>
      <legend>{heading}</legend>
      <p id={descriptionId} className="muted">
        {skill.description}
      </p>
      <div className="quiz-levels">
        {skill.levels.map(({ level: value, anchor }) => (
          <label key={value} className="quiz-level quiz-level-anchored">
            <input
              type="radio"
              name={`level-${skill.id}`}
              value={value}
              checked={level === value}
              onChange={() => choose(value)}
              onKeyDown={onKeyDown}
            />
            <span className="quiz-level-label">
              {value === 0
                ? `${LEVEL_LABELS[0]}: I haven't used this`
                : `${value}. ${LEVEL_LABELS[value] ?? ''}`}
            </span>
            <span className="quiz-level-anchor">{anchor}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
