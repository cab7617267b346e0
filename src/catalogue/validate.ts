/**
 * Validation of a whole catalogue: the schema per file, then the cross-references the schema
 * cannot see (ids match file names, skills and related roles exist, nothing is duplicated).
 * Pure: takes parsed JSON, returns issues that name the file, the field path and what was expected.
 */
import type { z } from 'zod';
import {
  catalogueSchema,
  comparisonsFileSchema,
  roleSchema,
  skillsFileSchema,
  type Catalogue,
  type Role,
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
}

export type CatalogueResult =
  | { ok: true; catalogue: Catalogue; issues: [] }
  | { ok: false; issues: CatalogueIssue[] };

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
    if (parsed.success) roles.push({ file, role: parsed.data });
    else issues.push(...zodIssues(file, parsed.error));
  }

  if (skillsParsed.success) {
    const { categories, skills } = skillsParsed.data;
    const file = input.skills.file;
    const categoryIds = new Set<string>();
    categories.forEach((c, i) => {
      if (categoryIds.has(c.id))
        issues.push({ file, path: `categories[${i}].id`, message: `duplicate category id "${c.id}"` });
      categoryIds.add(c.id);
    });
    const skillIds = new Set<string>();
    skills.forEach((s, i) => {
      if (skillIds.has(s.id))
        issues.push({ file, path: `skills[${i}].id`, message: `duplicate skill id "${s.id}"` });
      skillIds.add(s.id);
      if (!categoryIds.has(s.category))
        issues.push({
          file,
          path: `skills[${i}].category`,
          message: `unknown category "${s.category}"; expected one of ${[...categoryIds].join(', ')}`,
        });
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
      });
    }
    for (const { file: roleFile, role } of roles) {
      role.related.forEach((r, i) => {
        if (!roleIds.has(r))
          issues.push({
            file: roleFile,
            path: `related[${i}]`,
            message: `unknown related role "${r}"; expected the id of a file in data/roles/`,
          });
        if (r === role.id)
          issues.push({ file: roleFile, path: `related[${i}]`, message: 'a role cannot relate to itself' });
      });
    }
    if (comparisonsParsed.success) {
      comparisonsParsed.data.forEach((c, i) => {
        for (const side of ['a', 'b'] as const) {
          if (!roleIds.has(c[side]))
            issues.push({
              file: input.comparisons.file,
              path: `[${i}].${side}`,
              message: `unknown role "${c[side]}"`,
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
  });
  return { ok: true, catalogue, issues: [] };
}
