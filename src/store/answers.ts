/**
 * The person's answers, work preferences and place in the quiz, persisted in this browser only
 * (localStorage key "pathfinder:answers"). Rehydration runs `migrate` then `sanitize` (see
 * ./sanitize), so stored data is validated field by field and what had to be reset is kept in
 * `resetFields` for the UI to explain.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { Profile, WorkPreferences } from '@/scoring';
import {
  defaultPersisted,
  isLevel,
  isSkillId,
  migrate,
  parseStored,
  sanitize,
  salvageAnswers,
  STORE_VERSION,
  DEFAULT_PREFERENCES,
  type PersistedAnswers,
  type QuizMode,
  type QuizStage,
} from './sanitize';
import {
  browserStorage,
  classifyStorageError,
  probeStorage,
  setStorageHealth,
} from './storage-health';
import { mergeAnswerFields, sameAnswerFields } from './merge-tabs';
import { currentSkillId, renameAliased } from './skill-aliases';
import { reconcileWithCatalogue, stampOf, type CatalogueNow } from './catalogue-update';

export { migrate, sanitize, FIELD_LABELS, STORE_VERSION } from './sanitize';
export type { PersistedAnswers, QuizMode, QuizStage } from './sanitize';

export const STORAGE_KEY = 'pathfinder:answers';

/** Where one quiz step goes, and what it records on the way (see AnswersState.step). */
export interface QuizStep {
  clear?: string;
  skip?: readonly string[];
  ask?: string;
  stage?: QuizStage;
  position?: number;
}

export interface AnswersState extends PersistedAnswers {
  /** FIELD_LABELS keys reset on the last rehydrate (not persisted); empty when all was readable. */
  resetFields: string[];
  setAnswer: (skillId: string, level: number) => void;
  clearAnswer: (skillId: string) => void;
  /** Merges a whole profile (e.g. "keep this change", "save shared results"); invalid entries are ignored. */
  mergeAnswers: (profile: Profile) => void;
  /** Replaces all answers (and the preferences, when given), e.g. restoring a downloaded file. */
  replaceAnswers: (answers: Profile, preferences: WorkPreferences | null) => void;
  setPreferences: (partial: Partial<WorkPreferences>) => void;
  /** Starts (or switches to) a mode; keeps answers. */
  startQuiz: (mode: QuizMode) => void;
  setStage: (stage: QuizStage) => void;
  /**
   * One quiz step in one write: clear an answer (Skip on an answered question), record skipped
   * and newly asked skills, and move to a stage and position.
   */
  step: (to: QuizStep) => void;
  setPosition: (position: number) => void;
  /** Quick mode: records that a skill was put on screen (appended once). */
  recordAsked: (skillId: string) => void;
  skip: (skillId: string) => void;
  setRefineUntil: (count: number) => void;
  markCompleted: () => void;
  dismissResetNotice: () => void;
  /**
   * Brings stored answers and quiz progress in line with the catalogue now loaded (renames moved,
   * questions on removed skills off the quiz's path; see ./catalogue-update). Free when nothing moves.
   */
  applyCatalogue: (now: CatalogueNow) => void;
  /** The person has seen what changed in the catalogue since their stamp: move the stamp on. */
  acknowledgeCatalogue: (now: CatalogueNow) => void;
  /** Forgets everything: answers, preferences and progress. */
  reset: () => void;
}

/**
 * localStorage that never throws (private mode, quota, disabled storage) and never parses unsafely.
 * Every write reports to the storage health, so the UI can say when answers live only in memory.
 */
const storage: PersistStorage<PersistedAnswers> = {
  getItem: (name) => {
    const local = browserStorage();
    if (!local) {
      setStorageHealth('unavailable');
      return null;
    }
    let text: string | null = null;
    try {
      text = local.getItem(name);
    } catch {
      setStorageHealth('unavailable');
      return null;
    }
    return parseStored(text) as StorageValue<PersistedAnswers> | null;
  },
  setItem: (name, value) => {
    const local = browserStorage();
    if (!local) {
      setStorageHealth('unavailable');
      return;
    }
    try {
      local.setItem(name, JSON.stringify(withStoredAnswers(local, name, value)));
      setStorageHealth('ok');
    } catch (error) {
      // Storage full or blocked: answers stay in memory for this visit, and the UI says so.
      setStorageHealth(classifyStorageError(error));
    }
  },
  removeItem: (name) => {
    try {
      browserStorage()?.removeItem(name);
    } catch {
      // Nothing to remove when storage is unavailable.
    }
  },
};

/**
 * What to write: this tab's state, with the answers merged skill by skill with what another tab
 * may have saved since this tab last read them, so neither tab's write drops the other's answer.
 */
function withStoredAnswers(
  local: Storage,
  name: string,
  value: StorageValue<PersistedAnswers>,
): StorageValue<PersistedAnswers> {
  const stored = parseStored(local.getItem(name));
  if (!stored) return value;
  const theirs = renameAliased(sanitize(migrate(stored.state, stored.version)).state);
  // A tab that has not stamped its answers yet keeps the other tab's stamp (./catalogue-update).
  const catalogue = value.state.catalogue ?? theirs.catalogue;
  return {
    ...value,
    state: { ...value.state, ...mergeAnswerFields(value.state, theirs), catalogue },
  };
}

const now = () => Date.now();

/**
 * `ids` stamped with the time of this change (set or cleared): always later than the change this
 * tab last saw for the skill, even within the same millisecond, so the newest change wins.
 */
function stamp(answeredAt: Record<string, number>, ids: Iterable<string>, at: number) {
  const out = { ...answeredAt };
  for (const id of ids) out[id] = Math.max(at, (answeredAt[id] ?? 0) + 1);
  return out;
}

const later = (previous: number | null) => Math.max(now(), (previous ?? 0) + 1);

// Checked once at start-up, before anything is answered, so the warning shows from the first page.
setStorageHealth(probeStorage());

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set, get) => ({
      ...defaultPersisted(),
      resetFields: [],
      setAnswer: (skillId, level) => {
        if (!isSkillId(skillId) || !isLevel(level)) return;
        set((s) => ({
          answers: { ...s.answers, [skillId]: level },
          answeredAt: stamp(s.answeredAt, [skillId], now()),
          skipped: s.skipped.includes(skillId)
            ? s.skipped.filter((id) => id !== skillId)
            : s.skipped,
          updatedAt: now(),
        }));
      },
      clearAnswer: (skillId) =>
        set((s) => {
          if (!(skillId in s.answers)) return s;
          const answers = { ...s.answers };
          delete answers[skillId];
          return { answers, answeredAt: stamp(s.answeredAt, [skillId], now()), updatedAt: now() };
        }),
      mergeAnswers: (profile) => {
        const { answers: valid } = salvageAnswers(profile);
        if (Object.keys(valid).length === 0) return;
        set((s) => ({
          answers: { ...s.answers, ...valid },
          answeredAt: stamp(s.answeredAt, Object.keys(valid), now()),
          skipped: s.skipped.filter((id) => !(id in valid)),
          updatedAt: now(),
        }));
      },
      replaceAnswers: (answers, preferences) => {
        const { answers: valid } = salvageAnswers(answers);
        set((s) => ({
          answers: valid,
          // Every answer it replaces counts as cleared now, so another tab does not bring it back.
          answeredAt: stamp(
            s.answeredAt,
            new Set([...Object.keys(s.answers), ...Object.keys(valid)]),
            now(),
          ),
          preferences: preferences ? sanitize({ preferences }).state.preferences : s.preferences,
          preferencesAt: preferences ? later(s.preferencesAt) : s.preferencesAt,
          skipped: s.skipped.filter((id) => !(id in valid)),
          updatedAt: now(),
        }));
      },
      setPreferences: (partial) =>
        set((s) => {
          const merged = sanitize({ preferences: { ...s.preferences, ...partial } }).state
            .preferences;
          return { preferences: merged, preferencesAt: later(s.preferencesAt), updatedAt: now() };
        }),
      startQuiz: (mode) =>
        set({ mode, stage: 'questions', position: 0, asked: [], refineUntil: 0, updatedAt: now() }),
      setStage: (stage) => set({ stage, updatedAt: now() }),
      step: ({ clear, skip = [], ask, stage, position }) =>
        set((s) => {
          const time = now();
          const next: Partial<AnswersState> = { updatedAt: time };
          if (clear !== undefined && clear in s.answers) {
            const answers = { ...s.answers };
            delete answers[clear];
            next.answers = answers;
            next.answeredAt = stamp(s.answeredAt, [clear], time);
          }
          const skipped = skip.filter((id) => !s.skipped.includes(id));
          if (skipped.length > 0) next.skipped = [...s.skipped, ...skipped];
          if (ask !== undefined && !s.asked.includes(ask)) next.asked = [...s.asked, ask];
          if (stage !== undefined) next.stage = stage;
          if (position !== undefined) next.position = Math.max(0, Math.floor(position) || 0);
          return next;
        }),
      setPosition: (position) =>
        set({ position: Math.max(0, Math.floor(position) || 0), updatedAt: now() }),
      recordAsked: (skillId) =>
        set((s) =>
          s.asked.includes(skillId) ? s : { asked: [...s.asked, skillId], updatedAt: now() },
        ),
      skip: (skillId) =>
        set((s) =>
          s.skipped.includes(skillId) ? s : { skipped: [...s.skipped, skillId], updatedAt: now() },
        ),
      setRefineUntil: (count) => set({ refineUntil: Math.max(0, Math.floor(count) || 0) }),
      markCompleted: () => set({ completedAt: now(), updatedAt: now() }),
      dismissResetNotice: () => set({ resetFields: [] }),
      // Both check first: persist writes storage on every `set`, even one that changes nothing.
      applyCatalogue: (now) => {
        const next = reconcileWithCatalogue(get(), now);
        if (next === get()) return;
        const { answers, answeredAt, asked, skipped, position } = next;
        set({ answers, answeredAt, asked, skipped, position });
      },
      acknowledgeCatalogue: (now) => {
        if (get().catalogue?.version !== now.version) set({ catalogue: stampOf(now) });
      },
      // Starting over clears every answer now, in other tabs too (the clears are newer there).
      reset: () =>
        set((s) => ({
          ...defaultPersisted(),
          answeredAt: stamp(
            s.answeredAt,
            new Set([...Object.keys(s.answers), ...Object.keys(s.answeredAt)]),
            now(),
          ),
          preferencesAt: later(s.preferencesAt),
          resetFields: [],
        })),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage,
      partialize: (s): PersistedAnswers => ({
        answers: s.answers,
        answeredAt: s.answeredAt,
        preferences: s.preferences,
        preferencesAt: s.preferencesAt,
        mode: s.mode,
        stage: s.stage,
        position: s.position,
        asked: s.asked,
        skipped: s.skipped,
        refineUntil: s.refineUntil,
        completedAt: s.completedAt,
        updatedAt: s.updatedAt,
        catalogue: s.catalogue,
      }),
      // The result is only ever read by `merge`, which validates it: the cast is safe.
      migrate: (persisted, version) => migrate(persisted, version) as PersistedAnswers,
      merge: (persisted, current) => {
        const { state, reset } = sanitize(persisted);
        return { ...current, ...renameAliased(state), resetFields: reset };
      },
    },
  ),
);

// Another tab saved: merge its answers skill by skill into this tab's (never its place in the
// quiz or its mode, so one tab's screen never changes under the other's person).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null) void useAnswersStore.persist.rehydrate();
    if (event.key !== STORAGE_KEY) return;
    const stored = parseStored(event.newValue);
    if (!stored) return;
    const theirs = renameAliased(sanitize(migrate(stored.state, stored.version)).state);
    const mine = useAnswersStore.getState();
    const merged = mergeAnswerFields(mine, theirs);
    if (!sameAnswerFields(merged, mine)) useAnswersStore.setState(merged);
    if (mine.catalogue === null && theirs.catalogue !== null)
      useAnswersStore.setState({ catalogue: theirs.catalogue });
  });
}

/**
 * Keeps only answers for skills in `skillIds`, reading an answer saved under a renamed id (see
 * `aliases`) as the new id's (an answer under the new id itself wins). An answer to a skill
 * removed from the catalogue is set aside: not returned, never deleted.
 */
export function filterAnswers(
  answers: Record<string, number>,
  skillIds: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): Profile {
  const out: Record<string, number> = {};
  for (const id of skillIds) {
    const level = answers[id];
    if (level !== undefined) out[id] = level;
  }
  if (Object.keys(out).length === Object.keys(answers).length) return out;
  const known = new Set(skillIds);
  for (const [id, level] of Object.entries(answers)) {
    const to = currentSkillId(id, aliases);
    if (to !== id && known.has(to) && out[to] === undefined) out[to] = level;
  }
  return out;
}

/** The answers that belong to the current catalogue's skills. Stable between renders. */
export function useAnswers(): Profile {
  const answers = useAnswersStore((s) => s.answers);
  const { skillIds, aliases } = useCatalogueModel();
  return useMemo(() => filterAnswers(answers, skillIds, aliases), [answers, skillIds, aliases]);
}

export function usePreferences(): WorkPreferences {
  return useAnswersStore((s) => s.preferences);
}

export function useHasAnswers(): boolean {
  return Object.keys(useAnswers()).length > 0;
}

export { DEFAULT_PREFERENCES };
