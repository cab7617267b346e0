/**
 * Temporary "what if I improved X" levels. Not persisted: they are an experiment until the
 * person chooses to keep them, which merges them into their answers.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { Profile } from '@/scoring';
import { useAnswers, useAnswersStore } from './answers';
import { isLevel, isSkillId } from './sanitize';

export interface WhatIfState {
  overrides: Record<string, number>;
  setOverride: (skillId: string, level: number) => void;
  clearOverride: (skillId: string) => void;
  reset: () => void;
}

export const useWhatIfStore = create<WhatIfState>()((set) => ({
  overrides: {},
  setOverride: (skillId, level) => {
    if (!isSkillId(skillId) || !isLevel(level)) return;
    set((s) => ({ overrides: { ...s.overrides, [skillId]: level } }));
  },
  clearOverride: (skillId) =>
    set((s) => {
      if (!(skillId in s.overrides)) return s;
      const overrides = { ...s.overrides };
      delete overrides[skillId];
      return { overrides };
    }),
  reset: () => set({ overrides: {} }),
}));

/** Applies overrides on top of answers, limited to skills the answers profile can contain. */
export function applyOverrides(
  answers: Profile,
  overrides: Profile,
  skillIds?: Iterable<string>,
): Profile {
  const allowed = skillIds ? new Set(skillIds) : null;
  const out: Record<string, number> = { ...answers };
  for (const [id, level] of Object.entries(overrides)) {
    if (!allowed || allowed.has(id)) out[id] = level;
  }
  return out;
}

/** The person's answers with the what-if overrides applied (memoised; current catalogue only). */
export function useEffectiveProfile(): Profile {
  const answers = useAnswers();
  const overrides = useWhatIfStore((s) => s.overrides);
  const { skillIds } = useCatalogueModel();
  // Overrides for skills the catalogue no longer has are dropped, like answers.
  return useMemo(
    () => applyOverrides(answers, overrides, skillIds),
    [answers, overrides, skillIds],
  );
}

/** "Keep this change": merges the overrides into the saved answers and clears them. */
export function keepWhatIf(): void {
  const { overrides } = useWhatIfStore.getState();
  useAnswersStore.getState().mergeAnswers(overrides);
  useWhatIfStore.getState().reset();
}
