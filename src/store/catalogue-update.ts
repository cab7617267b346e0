/**
 * The contract between the catalogue and what a person saved. Stored answers carry a stamp of the
 * catalogue they were last reconciled with (its version and skills, ./sanitize CatalogueStamp).
 * When a newer catalogue loads:
 * - answers under a renamed id move to the new id (the catalogue ships its aliases);
 * - answers to removed skills stay in storage, set aside: never deleted, no longer counted;
 * - quick-quiz questions about removed skills leave the quiz's path, and its place follows;
 * - the person is told what moved, what was set aside and which new skills they could rate
 *   (`catalogueChanges`), until they say they have seen it and the stamp moves on.
 * Pure: the store and the notice call these.
 */
import type { CatalogueStamp, PersistedAnswers } from './sanitize';
import { currentSkillId, renameAliased } from './skill-aliases';

/** The catalogue as loaded now: what reconciling needs of it. */
export interface CatalogueNow {
  version: string;
  skills: readonly { id: string; name: string }[];
  aliases: Readonly<Record<string, string>>;
}

export interface SkillChange {
  id: string;
  name: string;
}

export interface CatalogueChanges {
  /** Answered skills the catalogue no longer has: kept in storage, no longer counted. */
  setAside: (SkillChange & { level: number })[];
  /** Answered skills that now go by another name (and id); the answer moved with them. */
  renamed: (SkillChange & { was: string })[];
  /** Skills added since the stamp (listed even once rated, so rating one in place keeps its row). */
  added: SkillChange[];
}

export const NO_CHANGES: CatalogueChanges = { setAside: [], renamed: [], added: [] };

export function stampOf(now: CatalogueNow): CatalogueStamp {
  return {
    version: now.version,
    skills: Object.fromEntries(now.skills.map((s) => [s.id, s.name])),
  };
}

export function hasChanges(changes: CatalogueChanges): boolean {
  return changes.setAside.length + changes.renamed.length + changes.added.length > 0;
}

/**
 * What changed for this person between their stamp and `now`. With no stamp (answers saved
 * before stamps existed) only set-aside answers can be told; nothing counts as new.
 */
export function catalogueChanges(
  state: Pick<PersistedAnswers, 'answers' | 'catalogue'>,
  now: CatalogueNow,
): CatalogueChanges {
  const stamp = state.catalogue;
  if (stamp?.version === now.version) return NO_CHANGES;
  const names = new Map(now.skills.map((s) => [s.id, s.name]));
  const resolve = (id: string) => currentSkillId(id, now.aliases);
  const answered = new Set(Object.keys(state.answers).map(resolve));

  const setAside: CatalogueChanges['setAside'] = [];
  for (const [id, level] of Object.entries(state.answers)) {
    if (names.has(resolve(id))) continue;
    // A skill already missing from the stamp was set aside and told before.
    if (stamp && !(id in stamp.skills)) continue;
    setAside.push({ id, name: stamp?.skills[id] ?? id, level });
  }

  const renamed: CatalogueChanges['renamed'] = [];
  const renamedTo = new Set<string>();
  for (const [id, was] of Object.entries(stamp?.skills ?? {})) {
    const to = resolve(id);
    const name = names.get(to);
    if (to === id || name === undefined) continue;
    renamedTo.add(to);
    // A new id under the same name changes nothing the person sees.
    if (answered.has(to) && name !== was) renamed.push({ id: to, name, was });
  }

  const added: SkillChange[] = [];
  if (stamp) {
    for (const { id, name } of now.skills) {
      if (!(id in stamp.skills) && !renamedTo.has(id)) added.push({ id, name });
    }
  }
  return { setAside, renamed, added };
}

type Progress = Pick<
  PersistedAnswers,
  'answers' | 'answeredAt' | 'asked' | 'skipped' | 'position' | 'mode' | 'catalogue'
>;

/**
 * The stored state brought in line with `now`: renamed ids moved, and the quick quiz's path
 * without questions on removed skills, its place on the same question (or the next one kept).
 * Answers to removed skills are left where they are. Returns `state` itself when nothing moves,
 * so calling it again is free.
 */
export function reconcileWithCatalogue<T extends Progress>(state: T, now: CatalogueNow): T {
  const renamed = renameAliased(state, now.aliases);
  const known = new Set(now.skills.map((s) => s.id));
  if (renamed.asked.every((id) => known.has(id))) return renamed;
  // The path the quiz was on: what the stamped catalogue had (all of it, with no stamp).
  const before = state.catalogue
    ? new Set(Object.keys(state.catalogue.skills).map((id) => currentSkillId(id, now.aliases)))
    : null;
  const oldPath = renamed.asked.filter((id) => !before || before.has(id));
  const asked = renamed.asked.filter((id) => known.has(id));
  const position =
    state.mode === 'quick'
      ? oldPath.slice(0, state.position).filter((id) => known.has(id)).length
      : state.position;
  return { ...renamed, asked, position };
}
