/**
 * The load-time check: cheap, zod-free and on the main thread. The build already validated the
 * file with the full schema (data:check and the Vite plugin), so what can go wrong on the way is
 * a stale, truncated or garbled file. This walks the fields the app reads (types, the id pattern,
 * the 0 to 4 levels) and the cross-references that would break a page (a role asking for a skill
 * the file lacks), in one pass of a few thousand comparisons instead of a full schema parse.
 */
import { ID_PATTERN } from './vocabulary';

export interface ShapeIssue {
  path: string;
  message: string;
}

type Check = (value: unknown) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Check = (v) => (typeof v === 'string' ? undefined : 'expected text');
const id: Check = (v) =>
  typeof v === 'string' && ID_PATTERN.test(v) ? undefined : 'expected a kebab-case id';
const between =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max
      ? undefined
      : `expected a number from ${min} to ${max}`;
const list: Check = (v) => (Array.isArray(v) ? undefined : 'expected a list');
const object: Check = (v) => (isRecord(v) ? undefined : 'expected an object');
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? undefined : check(v);

const ROLE: Record<string, Check> = {
  id,
  title: text,
  family: text,
  summary: text,
  definition: text,
  seniority: text,
  responsibilities: list,
  skills: list,
  education: object,
  tools: list,
  industries: object,
  outlook: object,
  salary: object,
  gettingStarted: list,
  related: list,
  onetCodes: list,
};
const ROLE_SKILL: Record<string, Check> = {
  skill: id,
  importance: between(1, 5),
  level: between(0, 4),
  source: object,
};
const SKILL: Record<string, Check> = {
  id,
  name: text,
  category: id,
  description: text,
  levels: list,
  steps: optional(list),
};
const CATEGORY: Record<string, Check> = { id, name: text };
const COMPARISON: Record<string, Check> = { id: text, a: id, b: id };

/** Issues in the order found, at most `limit` (a damaged file can have thousands). */
export function checkCatalogueShape(json: unknown, limit = 5): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const add = (path: string, message: string) => {
    if (issues.length < limit) issues.push({ path, message });
  };
  const fields = (value: unknown, path: string, checks: Record<string, Check>) => {
    if (!isRecord(value)) return add(path, 'expected an object');
    for (const [key, check] of Object.entries(checks)) {
      const message = check(value[key]);
      if (message) add(`${path}.${key}`, value[key] === undefined ? 'missing' : message);
    }
  };
  const each = (value: unknown, path: string, visit: (item: unknown, at: string) => void) => {
    if (!Array.isArray(value))
      return add(path, value === undefined ? 'missing' : 'expected a list');
    value.forEach((item, i) => visit(item, `${path}[${i}]`));
  };

  if (!isRecord(json)) return [{ path: '(root)', message: 'expected an object' }];
  if (typeof json.version !== 'string') add('version', 'expected text');
  each(json.categories, 'categories', (c, at) => fields(c, at, CATEGORY));
  each(json.skills, 'skills', (s, at) => fields(s, at, SKILL));
  const skillIds = new Set(
    Array.isArray(json.skills) ? json.skills.map((s) => (isRecord(s) ? s.id : undefined)) : [],
  );
  each(json.roles, 'roles', (role, at) => {
    fields(role, at, ROLE);
    if (!isRecord(role)) return;
    each(role.skills, `${at}.skills`, (rs, rsAt) => {
      fields(rs, rsAt, ROLE_SKILL);
      if (isRecord(rs) && typeof rs.skill === 'string' && !skillIds.has(rs.skill))
        add(`${rsAt}.skill`, `unknown skill "${rs.skill}"`);
    });
  });
  if (Array.isArray(json.roles) && json.roles.length === 0) add('roles', 'expected at least one');
  each(json.comparisons, 'comparisons', (c, at) => fields(c, at, COMPARISON));
  if (json.aliases !== undefined) {
    if (!isRecord(json.aliases)) add('aliases', 'expected an object');
    else
      for (const [from, to] of Object.entries(json.aliases))
        if (typeof to !== 'string') add(`aliases.${from}`, 'expected a skill id');
  }
  return issues;
}
