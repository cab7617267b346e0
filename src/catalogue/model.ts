/**
 * The catalogue as the app uses it: built once, when the query loads the file, so no view keeps
 * its own lookup table or cache. Zod-free (types only from ./schema), so it can sit beside the
 * engine's prepared data without pulling the validator into the first download.
 */
import { prepareCatalogue, type PreparedCatalogue } from '@/scoring';
import type { Catalogue, Comparison, Role, Skill, SkillCategory } from './schema';

export interface CategoryWithSkills {
  category: SkillCategory;
  /** The category's skills in catalogue order; never empty. */
  skills: Skill[];
}

export interface CatalogueModel {
  catalogue: Catalogue;
  roleById: ReadonlyMap<string, Role>;
  skillById: ReadonlyMap<string, Skill>;
  /** Every skill id in catalogue order. */
  skillIds: readonly string[];
  /** Renamed or merged skill ids: old id -> the id that replaced it (possibly chained). */
  aliases: Readonly<Record<string, string>>;
  /** Categories that have at least one skill, each with its skills, in catalogue order. */
  categories: readonly CategoryWithSkills[];
  /** The catalogue prepared for the scoring engine. */
  prepared: PreparedCatalogue;
  /** The role's title, falling back to its id so an unknown id never blanks a row. */
  roleTitle: (roleId: string) => string;
  /** The skill's name, falling back to its id so an unknown id never blanks a row. */
  skillName: (skillId: string) => string;
  /** The curated comparison of two roles, in either order. */
  comparisonOf: (a: string, b: string) => Comparison | undefined;
  /** The role's related roles that the catalogue has, never the role itself. */
  relatedRoles: (role: Role) => Role[];
}

export function buildCatalogueModel(catalogue: Catalogue): CatalogueModel {
  const roleById = new Map(catalogue.roles.map((r) => [r.id, r]));
  const skillById = new Map(catalogue.skills.map((s) => [s.id, s]));
  const categories = catalogue.categories
    .map((category) => ({
      category,
      skills: catalogue.skills.filter((s) => s.category === category.id),
    }))
    .filter((g) => g.skills.length > 0);
  return {
    catalogue,
    roleById,
    skillById,
    skillIds: catalogue.skills.map((s) => s.id),
    aliases: catalogue.aliases ?? {},
    categories,
    prepared: prepareCatalogue(catalogue),
    roleTitle: (roleId) => roleById.get(roleId)?.title ?? roleId,
    skillName: (skillId) => skillById.get(skillId)?.name ?? skillId,
    comparisonOf: (a, b) =>
      catalogue.comparisons.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a)),
    relatedRoles: (role) =>
      role.related.flatMap((id) => {
        const other = roleById.get(id);
        return other && other.id !== role.id ? [other] : [];
      }),
  };
}
