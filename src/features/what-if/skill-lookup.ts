import type { PreparedCatalogue, ScoringSkill } from '@/scoring';

// One id -> skill index per prepared catalogue, shared by the what-if, fit, compare and paths views.
const cache = new WeakMap<PreparedCatalogue, ReadonlyMap<string, ScoringSkill>>();

export function skillIndex(prepared: PreparedCatalogue): ReadonlyMap<string, ScoringSkill> {
  let index = cache.get(prepared);
  if (!index) {
    index = new Map(prepared.input.skills.map((s) => [s.id, s]));
    cache.set(prepared, index);
  }
  return index;
}

/** The skill's display name, falling back to its id so an unknown id never blanks a row. */
export function skillName(prepared: PreparedCatalogue, skillId: string): string {
  return skillIndex(prepared).get(skillId)?.name ?? skillId;
}
