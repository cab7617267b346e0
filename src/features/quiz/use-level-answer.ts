import type { KeyboardEvent } from 'react';
import { useAnswersStore } from '@/store/answers';

/**
 * A skill's answer as a radio group binds it: the chosen level, the setter, and Enter on a
 * level moving on (like pressing Next). Shared by the quick question and the full-quiz row.
 */
export function useLevelAnswer(skillId: string, onEnter?: () => void) {
  const level = useAnswersStore((s) => s.answers[skillId]);
  const setAnswer = useAnswersStore((s) => s.setAnswer);
  const choose = (value: number) => setAnswer(skillId, value);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && onEnter) {
      event.preventDefault();
      onEnter();
    }
  };
  return { level, choose, onKeyDown };
}
