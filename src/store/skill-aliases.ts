/**
 * Renamed or merged skills (data/skill-aliases.json, checked by data:check): an answer saved
 * under an old id moves to the id that replaced it when stored answers are read, so a rename in
 * the catalogue never costs a person an answer.
 */
import aliasesFile from '../../data/skill-aliases.json';
import type { PersistedAnswers } from './sanitize';

export const SKILL_ALIASES: Readonly<Record<string, string>> = aliasesFile as Record<
  string,
  string
>;

/** The id an old id now goes by (following chained renames), or the id itself. */
export function currentSkillId(id: string, aliases: Readonly<Record<string, string>>): string {
  let at = id;
  const seen = new Set<string>();
  while (Object.prototype.hasOwnProperty.call(aliases, at) && !seen.has(at)) {
    seen.add(at);
    at = aliases[at]!;
  }
  return at;
}

/**
 * Moves answers, their times and quiz lists from renamed ids to the current ones. An answer
 * already given under the new id wins over the old one unless the old one is newer. The old id
 * keeps a "cleared" time just after its last change, so merging with a copy saved before the
 * rename (another tab, ./merge-tabs) does not bring the old id's answer back.
 */
export function renameAliased<
  T extends Pick<PersistedAnswers, 'answers' | 'answeredAt' | 'asked' | 'skipped'>,
>(state: T, aliases: Readonly<Record<string, string>> = SKILL_ALIASES): T {
  const old = Object.keys(state.answers)
    .concat(state.asked, state.skipped)
    .filter((id) => currentSkillId(id, aliases) !== id);
  if (old.length === 0) return state;
  const answers = { ...state.answers };
  const answeredAt = { ...state.answeredAt };
  for (const id of new Set(old)) {
    const to = currentSkillId(id, aliases);
    const level = answers[id];
    if (level === undefined) continue;
    const at = answeredAt[id] ?? 0;
    if (answers[to] === undefined || at > (answeredAt[to] ?? 0)) {
      answers[to] = level;
      if (at > 0) answeredAt[to] = at;
    }
    delete answers[id];
    answeredAt[id] = at + 1;
  }
  const rename = (ids: string[]) => [...new Set(ids.map((id) => currentSkillId(id, aliases)))];
  return {
    ...state,
    answers,
    answeredAt,
    asked: rename(state.asked),
    skipped: rename(state.skipped),
  };
}
