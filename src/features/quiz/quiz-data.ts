/**
 * Catalogue views the quiz needs: categories in catalogue order with their skills, and a
 * prepared catalogue for question choice that leaves out skills the person skipped (the
 * engine's nextQuestion only knows answered vs unanswered, so without this it would ask a
 * skipped skill again straight away).
 */
import type { Catalogue, Skill, SkillCategory } from '@/catalogue/schema';
import { getPrepared } from '@/features/shared/use-prepared';
import { prepareCatalogue, type PreparedCatalogue } from '@/scoring';

export interface QuizCategory {
  category: SkillCategory;
  skills: Skill[];
}

const groupsCache = new WeakMap<Catalogue, QuizCategory[]>();

/** Categories that have at least one skill, each with its skills, in catalogue order. */
export function quizCategories(catalogue: Catalogue): QuizCategory[] {
  let groups = groupsCache.get(catalogue);
  if (!groups) {
    groups = catalogue.categories
      .map((category) => ({
        category,
        skills: catalogue.skills.filter((s) => s.category === category.id),
      }))
      .filter((g) => g.skills.length > 0);
    groupsCache.set(catalogue, groups);
  }
  return groups;
}

const withoutCache = new WeakMap<Catalogue, Map<string, PreparedCatalogue>>();

/** The catalogue as the engine should see it when choosing the next question. */
export function preparedForQuestions(
  catalogue: Catalogue,
  skipped: readonly string[],
): PreparedCatalogue {
  const known = new Set(catalogue.skills.map((s) => s.id));
  const excluded = [...new Set(skipped.filter((id) => known.has(id)))].sort();
  if (excluded.length === 0) return getPrepared(catalogue);
  const key = excluded.join(',');
  let byKey = withoutCache.get(catalogue);
  if (!byKey) withoutCache.set(catalogue, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const drop = new Set(excluded);
  const roles = catalogue.roles.map((r) => ({
    ...r,
    skills: r.skills.filter((s) => !drop.has(s.skill)),
  }));
  let prepared: PreparedCatalogue;
  try {
    prepared = prepareCatalogue({ skills: catalogue.skills.filter((s) => !drop.has(s.id)), roles });
  } catch {
    // Skipping left something the engine cannot prepare (e.g. a role with no skills): ask from the full set.
    prepared = getPrepared(catalogue);
  }
  byKey.set(key, prepared);
  return prepared;
}
