import type { CatalogueModel } from '@/catalogue/model';
import type { Role, RoleFamilyId } from '@/catalogue/schema';
import { ROLE_FAMILIES } from '@/catalogue/vocabulary';

export interface RoleSearch {
  /** Free text; every word must appear in the title, summary, tools or skill names. */
  query: string;
  /** A ROLE_FAMILIES key, or null for every family. */
  family: RoleFamilyId | null;
}

export function isRoleFamily(value: string | null): value is RoleFamilyId {
  return value !== null && Object.hasOwn(ROLE_FAMILIES, value);
}

/** Lower-cased, accent-free text so "modélisation" matches "modelisation". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(role: Role, skillName: (skillId: string) => string): string {
  const skills = role.skills.map((s) => skillName(s.skill));
  return fold([role.title, role.summary, ...role.tools, ...skills].join('\n'));
}

/** The roles matching a search, sorted by title. */
export function searchRoles(
  { catalogue, skillName }: Pick<CatalogueModel, 'catalogue' | 'skillName'>,
  search: RoleSearch,
): Role[] {
  const words = fold(search.query).split(/\s+/).filter(Boolean);
  return catalogue.roles
    .filter((role) => search.family === null || role.family === search.family)
    .filter((role) => {
      if (words.length === 0) return true;
      const text = haystack(role, skillName);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
