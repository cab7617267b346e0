/**
 * Validation of a whole catalogue: the schema per file, then the cross-references the schema
 * cannot see (ids match file names, skills and related roles exist, nothing is duplicated).
 * Pure: takes parsed JSON, returns issues that name the file, the field path and what was expected.
 */
import type { z } from 'zod';
import {
  INDUSTRIES,
  catalogueSchema,
  comparisonsFileSchema,
  roleSchema,
  skillsFileSchema,
  type Catalogue,
  type LearningStep,
  type Role,
  type Skill,
} from './schema';

export interface CatalogueIssue {
  file: string;
  path: string;
  message: string;
}

export interface CatalogueInput {
  skills: { file: string; json: unknown };
  roles: { file: string; json: unknown }[];
  comparisons: { file: string; json: unknown };
  version?: string;
  /** data/skill-aliases.json, already checked by data:check (scripts/lib/skill-ids.ts). */
  aliases?: Record<string, string>;
}

export type CatalogueResult =
  { ok: true; catalogue: Catalogue; issues: [] } | { ok: false; issues: CatalogueIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function zodIssues(file: string, error: z.ZodError): CatalogueIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export function formatIssue(issue: CatalogueIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/**
 * A role skill with an O*NET source must name the same O*NET element as the skill it rates
 * (data/skills.json), otherwise the imported numbers would describe a different ability.
 * Returns undefined when the source is consistent or the skill is unknown (reported elsewhere).
 */
export function onetElementIssue(
  file: string,
  index: number,
  skillId: string,
  element: unknown,
  skill: Pick<Skill, 'id' | 'onet'> | undefined,
): CatalogueIssue | undefined {
  if (!skill) return undefined;
  const path = `skills[${index}].source.element`;
  if (!skill.onet)
    return {
      file,
      path,
      message: `skill "${skillId}" has no O*NET element in data/skills.json; use a "judgement" or "seed" source for it`,
    };
  const expected = `"${skill.onet.element}" (${skill.onet.name}), the O*NET element of skill "${skillId}"`;
  if (element === undefined) return { file, path, message: `missing; expected ${expected}` };
  if (element !== skill.onet.element)
    return { file, path, message: `"${String(element)}" does not match; expected ${expected}` };
  return undefined;
}

/** A role marks 1 to 4 defining skills (docs/data.md), the ones without which nobody holds the job. */
export const DEFINING_MIN = 1;
export const DEFINING_MAX = 4;
/** A defining skill must be one the role leans on: at least this importance and level. */
export const DEFINING_MIN_IMPORTANCE = 3.5;
export const DEFINING_MIN_LEVEL = 1;

/**
 * The defining-skill rules for one role: how many it marks, and that each marked skill is
 * important and required above level 0. The scoring engine caps a role's score on a shortfall
 * in a defining skill, so a mark on a minor or unrequired skill would distort the ranking.
 */
export function definingIssues(file: string, role: Pick<Role, 'skills'>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const marked = role.skills.filter((rs) => rs.defining !== undefined);
  if (marked.length < DEFINING_MIN || marked.length > DEFINING_MAX)
    issues.push({
      file,
      path: 'skills',
      message: `${marked.length} defining skill(s) marked; expected ${DEFINING_MIN} to ${DEFINING_MAX}: add "defining": <source> to the skills without which nobody holds the job`,
    });
  role.skills.forEach((rs, i) => {
    if (rs.defining === undefined) return;
    if (rs.importance < DEFINING_MIN_IMPORTANCE)
      issues.push({
        file,
        path: `skills[${i}].defining`,
        message: `"${rs.skill}" is marked defining at importance ${rs.importance}; a defining skill needs importance ${DEFINING_MIN_IMPORTANCE} or more`,
      });
    if (rs.level < DEFINING_MIN_LEVEL)
      issues.push({
        file,
        path: `skills[${i}].defining`,
        message: `"${rs.skill}" is marked defining at level ${rs.level}; a defining skill needs a required level of ${DEFINING_MIN_LEVEL} or more`,
      });
  });
  return issues;
}

/** Words only, lower case, without "the", so "Government and the public sector" reads as the name. */
const plainWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && w !== 'the')
    .join(' ');

/** True when a note starts by restating the industry's display name. */
function repeatsName(note: string, name: string): boolean {
  return plainWords(note).startsWith(plainWords(name));
}

/** Words in a resource name that mark it as material for beginners. */
const INTRODUCTORY =
  /\b(intro|introduction|introductory|beginners?|basics|essentials|101|crash course|getting started)\b/i;

/**
 * The expert step (3->4) must point at advanced material: not a resource whose name says it is
 * introductory, and not the resource already given for 0->1 or 1->2. The schema checks that the
 * four steps exist and run in order; this checks that they are keyed to the level.
 */
export function learningStepIssues(
  file: string,
  index: number,
  steps: readonly Pick<LearningStep, 'resource'>[],
): CatalogueIssue[] {
  const expert = steps[3];
  if (!expert) return [];
  const path = `skills[${index}].steps[3].resource.name`;
  const name = expert.resource.name;
  const issues: CatalogueIssue[] = [];
  const intro = INTRODUCTORY.exec(name);
  if (intro)
    issues.push({
      file,
      path,
      message: `"${name}" reads as introductory ("${intro[0]}"); the 3->4 step needs advanced material`,
    });
  const earlier = steps.slice(0, 2).findIndex((s) => s.resource.name === name);
  if (earlier >= 0)
    issues.push({
      file,
      path,
      message: `"${name}" is also the resource of step ${earlier}->${earlier + 1}; the 3->4 step needs advanced material of its own`,
    });
  return issues;
}

export function validateCatalogue(input: CatalogueInput): CatalogueResult {
  const issues: CatalogueIssue[] = [];
  const skillsParsed = skillsFileSchema.safeParse(input.skills.json);
  if (!skillsParsed.success) issues.push(...zodIssues(input.skills.file, skillsParsed.error));
  const comparisonsParsed = comparisonsFileSchema.safeParse(input.comparisons.json);
  if (!comparisonsParsed.success)
    issues.push(...zodIssues(input.comparisons.file, comparisonsParsed.error));

  const roles: { file: string; role: Role }[] = [];
  for (const { file, json } of input.roles) {
    const parsed = roleSchema.safeParse(json);
    if (parsed.success) {
      roles.push({ file, role: parsed.data });
      issues.push(...definingIssues(file, parsed.data));
    } else issues.push(...zodIssues(file, parsed.error));
  }

  if (skillsParsed.success) {
    const { categories, skills } = skillsParsed.data;
    const file = input.skills.file;
    const categoryIds = new Set<string>();
    categories.forEach((c, i) => {
      if (categoryIds.has(c.id))
        issues.push({
          file,
          path: `categories[${i}].id`,
          message: `duplicate category id "${c.id}"`,
        });
      categoryIds.add(c.id);
    });
    const skillIds = new Set<string>();
    const skillsById = new Map<string, Skill>();
    skills.forEach((s, i) => {
      if (skillIds.has(s.id))
        issues.push({ file, path: `skills[${i}].id`, message: `duplicate skill id "${s.id}"` });
      skillIds.add(s.id);
      if (!skillsById.has(s.id)) skillsById.set(s.id, s);
      if (!categoryIds.has(s.category))
        issues.push({
          file,
          path: `skills[${i}].category`,
          message: `unknown category "${s.category}"; expected one of ${[...categoryIds].join(', ')}`,
        });
      issues.push(...learningStepIssues(file, i, s.steps ?? []));
    });

    const roleIds = new Set<string>();
    for (const { file: roleFile, role } of roles) {
      const expected = roleFile.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
      if (role.id !== expected)
        issues.push({
          file: roleFile,
          path: 'id',
          message: `id "${role.id}" does not match the file name; expected "${expected}"`,
        });
      if (roleIds.has(role.id))
        issues.push({ file: roleFile, path: 'id', message: `duplicate role id "${role.id}"` });
      roleIds.add(role.id);
      const seen = new Set<string>();
      role.skills.forEach((rs, i) => {
        if (!skillIds.has(rs.skill))
          issues.push({
            file: roleFile,
            path: `skills[${i}].skill`,
            message: `unknown skill "${rs.skill}"; expected an id from data/skills.json`,
          });
        if (seen.has(rs.skill))
          issues.push({
            file: roleFile,
            path: `skills[${i}].skill`,
            message: `skill "${rs.skill}" is listed twice`,
          });
        seen.add(rs.skill);
        if (rs.source.kind === 'seed' && !rs.note?.trim())
          issues.push({
            file: roleFile,
            path: `skills[${i}].note`,
            message:
              'missing; a seed-sourced skill needs a note saying what the article requires and why this importance and level',
          });
        if (rs.source.kind === 'onet') {
          const issue = onetElementIssue(
            roleFile,
            i,
            rs.skill,
            rs.source.element,
            skillsById.get(rs.skill),
          );
          if (issue) issues.push(issue);
        }
      });
      role.industries.items.forEach((item, i) => {
        const name = INDUSTRIES[item.id];
        if (item.note !== undefined && repeatsName(item.note, name))
          issues.push({
            file: roleFile,
            path: `industries.items[${i}].note`,
            message: `repeats the industry name "${name}", which pages already show before the note; say what the role does there, or drop the note`,
          });
      });
      // The scoring engine divides by a role's required levels; with all of them 0 there is
      // nothing to meet and prepareCatalogue would refuse the whole catalogue at load time.
      if (role.skills.length > 0 && role.skills.every((rs) => rs.level === 0))
        issues.push({
          file: roleFile,
          path: 'skills',
          message:
            'every skill is required at level 0, so the role could not be scored; give at least one skill a level above 0',
        });
    }
    for (const { file: roleFile, role } of roles) {
      const relatedSeen = new Set<string>();
      role.related.forEach((r, i) => {
        if (relatedSeen.has(r))
          issues.push({
            file: roleFile,
            path: `related[${i}]`,
            message: `related role "${r}" is listed twice`,
          });
        relatedSeen.add(r);
        if (!roleIds.has(r))
          issues.push({
            file: roleFile,
            path: `related[${i}]`,
            message: `unknown related role "${r}"; expected the id of a file in data/roles/`,
          });
        if (r === role.id)
          issues.push({
            file: roleFile,
            path: `related[${i}]`,
            message: 'a role cannot relate to itself',
          });
      });
    }
    if (comparisonsParsed.success) {
      const comparisonIds = new Set<string>();
      const pairs = new Set<string>();
      comparisonsParsed.data.forEach((c, i) => {
        if (comparisonIds.has(c.id))
          issues.push({
            file: input.comparisons.file,
            path: `[${i}].id`,
            message: `duplicate comparison id "${c.id}"`,
          });
        comparisonIds.add(c.id);
        const pair = [c.a, c.b].sort().join(' ');
        if (c.a === c.b)
          issues.push({
            file: input.comparisons.file,
            path: `[${i}].b`,
            message: `a role cannot be compared with itself; expected a role other than "${c.a}"`,
          });
        else if (pairs.has(pair))
          issues.push({
            file: input.comparisons.file,
            path: `[${i}]`,
            message: `the pair "${c.a}" / "${c.b}" is already compared in an earlier entry`,
          });
        pairs.add(pair);
        for (const side of ['a', 'b'] as const) {
          if (!roleIds.has(c[side]))
            issues.push({
              file: input.comparisons.file,
              path: `[${i}].${side}`,
              message: `unknown role "${c[side]}"; expected the id of a file in data/roles/`,
            });
        }
      });
    }
  }

  if (issues.length > 0 || !skillsParsed.success || !comparisonsParsed.success)
    return { ok: false, issues };

  const catalogue = catalogueSchema.parse({
    version: input.version ?? 'dev',
    categories: skillsParsed.data.categories,
    skills: skillsParsed.data.skills,
    roles: roles.map((r) => r.role).sort((a, b) => a.id.localeCompare(b.id)),
    comparisons: comparisonsParsed.data,
    ...(input.aliases && Object.keys(input.aliases).length > 0 ? { aliases: input.aliases } : {}),
  });
  return { ok: true, catalogue, issues: [] };
}
