import { useId } from 'react';
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { useAnswersStore } from '@/store/answers';
import './rate-skill.css';

/**
 * Rate one skill in place, where it matters (a defining skill of a role on screen that the quiz
 * never asked). Choosing a level saves it to the answers at once, so every score and ranking on
 * the page updates; each option shows that level's concrete anchor, as the quiz does.
 */
export function RateSkill({ skillId }: { skillId: string }) {
  const { skillById } = useCatalogueModel();
  const setAnswer = useAnswersStore((s) => s.setAnswer);
  const answer = useAnswersStore((s) => s.answers[skillId]);
  const id = useId();
  const skill = skillById.get(skillId);
  if (!skill) return null;
  return (
    <span className="rate-skill">
      <label htmlFor={id}>Rate {skill.name}</label>{' '}
      <select
        id={id}
        value={answer ?? ''}
        onChange={(event) => {
          const level = Number(event.target.value);
          if (event.target.value !== '' && Number.isInteger(level)) setAnswer(skillId, level);
        }}
      >
        <option value="" disabled>
          Choose your level
        </option>
        {skill.levels.map((l) => (
          <option key={l.level} value={l.level}>
            {l.level} ({LEVEL_LABELS[l.level]}): {l.anchor}
          </option>
        ))}
      </select>
    </span>
  );
}
