import { useMemo } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { Profile } from '@/scoring';
import { filterAnswers, useAnswersStore, type AnswersState } from '@/store/answers';

const NO_ANSWERS: Readonly<Record<string, number>> = Object.freeze({});
const storedAnswers = (s: AnswersState) =>
  Object.keys(s.answers).length === 0 ? NO_ANSWERS : s.answers;

/**
 * The person's answers to the catalogue's skills, as useAnswers() gives them, and whether there
 * are any. "No answers" is always the same object: a hydrating page reads the store's initial
 * state and then its current one, and two different empty objects would make React re-render
 * the page again at once, in one long blocking task, right after hydration.
 */
export function useProfile(): { profile: Profile; hasAnswers: boolean } {
  const answers = useAnswersStore(storedAnswers);
  const { skillIds, aliases } = useCatalogueModel();
  return useMemo(() => {
    const profile = filterAnswers(answers, skillIds, aliases);
    return { profile, hasAnswers: Object.keys(profile).length > 0 };
  }, [answers, skillIds, aliases]);
}
