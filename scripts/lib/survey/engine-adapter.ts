/**
 * The only place eval:survey calls the scoring engine (its API is being reworked; adapt here).
 * - rank: the results page's ranking of a profile (rankRoles, no filters, no preferences).
 * - quickQuiz: the quick quiz's loop (use-quiz-flow.ts askNext, without "keep refining"): ask
 *   nextQuestion with the answers so far and the skipped skills excluded; stop where the quiz goes
 *   to its checkpoint: when it says settled (which includes the 20-question budget, skips
 *   included), returns nothing, or repeats a question. The person answers from `known` and skips
 *   (presses Skip on) any skill it lacks.
 */
import type { Catalogue } from '../../../src/catalogue/schema';
import {
  nextQuestion,
  prepareCatalogue,
  rankRoles,
  type Profile,
} from '../../../src/scoring/index';

export interface QuizRun {
  /** Questions shown, skipped ones included. */
  asked: number;
  /** The answers given (what the results page then ranks). */
  answers: Record<string, number>;
  /** Role ids, best first, after the quiz. */
  ranking: string[];
}

export interface EngineAdapter {
  roleIds: readonly string[];
  rank(profile: Profile): string[];
  quickQuiz(known: Profile): QuizRun;
}

export function engineFor(catalogue: Catalogue): EngineAdapter {
  const prepared = prepareCatalogue(catalogue);

  const rank = (profile: Profile): string[] => rankRoles(prepared, profile).map((r) => r.roleId);

  const quickQuiz = (known: Profile): QuizRun => {
    const answers: Record<string, number> = {};
    const asked: string[] = [];
    const skipped: string[] = [];
    for (;;) {
      const next = nextQuestion(prepared, answers, undefined, { exclude: skipped });
      const id = next.skillId;
      if (id === null || asked.includes(id) || next.settled) break;
      asked.push(id);
      const level = known[id];
      if (level === undefined) skipped.push(id);
      else answers[id] = level;
    }
    return { asked: asked.length, answers, ranking: rank(answers) };
  };

  return { roleIds: prepared.roleIds, rank, quickQuiz };
}
