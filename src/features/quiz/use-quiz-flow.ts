/**
 * The quiz's state machine over the answers store: which screen is showing and how Next, Back,
 * Skip, "keep refining" and Finish move between screens. Progress lives in the store, so a
 * reload lands on the same screen with every answer.
 */
import { useLayoutEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { useCatalogueNow } from '@/shared/hooks/use-catalogue-now';
import { paths } from '@/shared/paths';
import {
  nextQuestion,
  type NextQuestion,
  type PreparedCatalogue,
  type SettledReason,
} from '@/scoring';
import {
  filterAnswers,
  useAnswersStore,
  type PersistedAnswers,
  type QuizMode,
  type QuizStep,
} from '@/store/answers';

/** Each "keep refining" asks at least this many more questions before the next checkpoint. */
export const REFINE_STEP = 5;

type EngineInput = Pick<PersistedAnswers, 'answers' | 'asked' | 'skipped' | 'preferences'>;

/** The engine's view of the quick quiz: the questions asked so far and what it would ask next. */
function askEngine(
  prepared: PreparedCatalogue,
  s: EngineInput,
): { current: string[]; next: NextQuestion } {
  const current = s.asked.filter((id) => prepared.skillIndex.has(id));
  const answers = filterAnswers(s.answers, prepared.skillIds);
  const next = nextQuestion(prepared, answers, s.preferences, { exclude: s.skipped });
  return { current, next };
}

/**
 * Why the quick quiz is at its checkpoint now, for the checkpoint's wording: the engine's
 * settled reason, or null when the top 5 is not settled (e.g. preferences changed since, or
 * the person stopped refining early).
 */
export function useSettledReason(): SettledReason | null {
  const { prepared } = useCatalogueModel();
  const answers = useAnswersStore((s) => s.answers);
  const asked = useAnswersStore((s) => s.asked);
  const skipped = useAnswersStore((s) => s.skipped);
  const preferences = useAnswersStore((s) => s.preferences);
  return useMemo(
    () => askEngine(prepared, { answers, asked, skipped, preferences }).next.reason ?? null,
    [prepared, answers, asked, skipped, preferences],
  );
}

export type QuizScreen =
  | { kind: 'quick-question'; skillId: string; index: number }
  | { kind: 'full-category'; index: number }
  | { kind: 'checkpoint'; exhausted: boolean }
  | { kind: 'preferences' };

/**
 * A screen's name in the address bar (`?step=q3`, `g2`, `checkpoint`, `preferences`), so each
 * step is a history entry: the browser's Back and Forward move between questions.
 */
export function screenKey(screen: QuizScreen | null): string | null {
  switch (screen?.kind) {
    case 'quick-question':
      return `q${screen.index + 1}`;
    case 'full-category':
      return `g${screen.index + 1}`;
    case 'checkpoint':
      return 'checkpoint';
    case 'preferences':
      return 'preferences';
    default:
      return null;
  }
}

export function useQuizFlow() {
  const { prepared, categories, skillIds } = useCatalogueModel();
  const navigate = useNavigate();
  const mode = useAnswersStore((s) => s.mode);
  const stage = useAnswersStore((s) => s.stage);
  const position = useAnswersStore((s) => s.position);
  const asked = useAnswersStore((s) => s.asked);
  // Nothing left to ask: every skill is answered or skipped.
  const exhausted = useAnswersStore((s) =>
    skillIds.every((id) => s.answers[id] !== undefined || s.skipped.includes(id)),
  );

  const known = useMemo(() => new Set(skillIds), [skillIds]);
  // Questions about skills the catalogue no longer has are dropped from the path.
  const path = useMemo(() => asked.filter((id) => known.has(id)), [asked, known]);

  const store = useAnswersStore.getState;

  /**
   * Asks the engine for the next quick question (or stops at the checkpoint), with `recorded`
   * (a skip or clear on the way) taken into account, and writes the whole step at once.
   */
  const askNext = (recorded: Pick<QuizStep, 'clear' | 'skip'> = {}) => {
    const s = store();
    const answers = { ...s.answers };
    if (recorded.clear !== undefined) delete answers[recorded.clear];
    const skipped = [...s.skipped, ...(recorded.skip ?? [])];
    const { current, next } = askEngine(prepared, { ...s, answers, skipped });
    const id = next.skillId;
    if (id === null || current.includes(id) || (next.settled && current.length >= s.refineUntil)) {
      s.step({ ...recorded, stage: 'checkpoint' });
      return;
    }
    s.step({ ...recorded, ask: id, stage: 'questions', position: current.length });
  };

  // After a catalogue update: the path without questions on removed skills (the store keeps the
  // place on the same question). A quick quiz whose place then runs past its path, because the
  // questions ahead were all removed, goes on with the engine's next question rather than
  // claiming the end. Before paint, so the stale screen never shows.
  const catalogueNow = useCatalogueNow();
  const stranded = mode === 'quick' && stage === 'questions' && position >= path.length;
  useLayoutEffect(() => {
    const s = store();
    s.applyCatalogue(catalogueNow);
    const fresh = store();
    const onPath = fresh.asked.filter((id) => known.has(id)).length;
    if (fresh.mode === 'quick' && fresh.stage === 'questions' && fresh.position >= onPath)
      askNext();
    // askNext reads the store afresh; it only needs re-running when these change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogueNow, stranded]);

  const screen: QuizScreen | null = (() => {
    if (mode === null) return null;
    if (stage === 'preferences') return { kind: 'preferences' };
    if (mode === 'full') {
      return { kind: 'full-category', index: Math.min(position, categories.length - 1) };
    }
    if (stage === 'checkpoint') return { kind: 'checkpoint', exhausted };
    // Nothing asked yet (just started from the intro, or every question asked was removed since):
    // the effect above asks the first question before anything paints.
    if (path.length === 0) return null;
    const index = Math.min(position, path.length - 1);
    return { kind: 'quick-question', skillId: path[index] as string, index };
  })();

  const start = (next: QuizMode) => {
    store().startQuiz(next);
    if (next === 'quick') askNext();
  };

  /** Moves on from the current screen, recording `recorded` (a skip) in the same write. */
  const advance = (recorded: Pick<QuizStep, 'clear' | 'skip'> = {}) => {
    if (!screen) return;
    const s = store();
    if (screen.kind === 'quick-question') {
      const skip = s.answers[screen.skillId] === undefined || recorded.clear === screen.skillId;
      const step = { ...recorded, skip: skip ? [screen.skillId] : recorded.skip };
      if (screen.index + 1 < path.length) s.step({ ...step, position: screen.index + 1 });
      else askNext(step);
    } else if (screen.kind === 'full-category') {
      if (screen.index + 1 < categories.length) s.step({ ...recorded, position: screen.index + 1 });
      else s.step({ ...recorded, stage: 'preferences' });
    } else if (screen.kind === 'checkpoint') {
      s.step({ stage: 'preferences' });
    }
  };

  const goNext = () => advance();

  const skip = () => {
    if (!screen) return;
    const s = store();
    if (screen.kind === 'quick-question') {
      advance({ clear: screen.skillId });
    } else if (screen.kind === 'full-category') {
      const group = categories[screen.index];
      const open = (group?.skills ?? []).filter((skill) => s.answers[skill.id] === undefined);
      advance({ skip: open.map((skill) => skill.id) });
    } else {
      advance();
    }
  };

  const goBack = () => {
    if (!screen) return;
    const s = store();
    if (screen.kind === 'quick-question' || screen.kind === 'full-category') {
      if (screen.index > 0) s.step({ position: screen.index - 1 });
    } else if (screen.kind === 'checkpoint') {
      s.step({ stage: 'questions', position: path.length - 1 });
    } else if (mode === 'full') {
      s.step({ stage: 'questions', position: categories.length - 1 });
    } else {
      s.step({ stage: 'checkpoint' });
    }
  };

  const keepRefining = () => {
    store().setRefineUntil(path.length + REFINE_STEP);
    askNext();
  };

  /** Quick mode: revisit the question at `index`; full mode: show category `index`. */
  const goTo = (index: number) => store().step({ stage: 'questions', position: index });

  /**
   * Shows the screen a history entry names, when it exists in the current quiz; answers are
   * untouched. Returns false for a step this quiz cannot show (another mode, a question not yet
   * asked).
   */
  const show = (key: string): boolean => {
    const s = store();
    const match = /^([qg])(\d+)$/.exec(key);
    if (match) {
      const index = Number(match[2]) - 1;
      const size = match[1] === 'q' ? path.length : categories.length;
      if ((match[1] === 'q') !== (mode === 'quick') || index < 0 || index >= size) return false;
      s.step({ stage: 'questions', position: index });
      return true;
    }
    if (key === 'checkpoint' && mode === 'quick') {
      s.setStage('checkpoint');
      return true;
    }
    if (key === 'preferences' && mode !== null) {
      s.setStage('preferences');
      return true;
    }
    return false;
  };

  const finish = () => {
    store().markCompleted();
    void navigate(paths.results.href());
  };

  return {
    screen,
    mode,
    categories,
    path,
    start,
    goNext,
    goBack,
    skip,
    keepRefining,
    goTo,
    show,
    finish,
  };
}

export type QuizFlow = ReturnType<typeof useQuizFlow>;
