/**
 * The contract between the catalogue and what people saved: a skill id, once shipped, keeps
 * meaning something. `released-skill-ids.json` lists every skill id ever shipped;
 * `skill-aliases.json` maps a renamed or merged id to the id that replaced it. A released id must
 * still be a skill or alias to one, or stored answers and share links that use it would
 * silently lose an answer. Both files are optional in a data directory (test fixtures); the
 * project's own data/ has them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueIssue } from '../../src/catalogue/validate';
import { ALIASES_FILE, shownPath } from './read-catalogue';

export const RELEASED_FILE = 'released-skill-ids.json';
export { ALIASES_FILE };

function readJson(full: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(readFileSync(full, 'utf8')) as unknown };
  } catch (error) {
    return { error: `is not valid JSON (${(error as Error).message})` };
  }
}

/** Follows aliases (old -> new, possibly chained) to a current skill id, or null. */
export function resolveAlias(
  id: string,
  aliases: Readonly<Record<string, string>>,
  current: ReadonlySet<string>,
): string | null {
  let at = id;
  for (let hops = 0; hops <= Object.keys(aliases).length; hops++) {
    if (current.has(at)) return at;
    const next = aliases[at];
    if (next === undefined) return null;
    at = next;
  }
  return null; // a cycle
}

export function skillIdIssues(dir: string, skillIds: readonly string[]): CatalogueIssue[] {
  const releasedPath = join(dir, RELEASED_FILE);
  const aliasesPath = join(dir, ALIASES_FILE);
  if (!existsSync(releasedPath)) return [];
  const issues: CatalogueIssue[] = [];
  const releasedFile = shownPath(releasedPath);
  const aliasesFile = shownPath(aliasesPath);
  const current = new Set(skillIds);

  const released = readJson(releasedPath);
  if (released.error) return [{ file: releasedFile, path: '(root)', message: released.error }];
  if (!Array.isArray(released.value) || !released.value.every((id) => typeof id === 'string'))
    return [{ file: releasedFile, path: '(root)', message: 'must be a list of skill ids' }];
  const releasedIds = released.value as string[];

  let aliases: Record<string, string> = {};
  if (existsSync(aliasesPath)) {
    const read = readJson(aliasesPath);
    const value = read.value;
    if (read.error) issues.push({ file: aliasesFile, path: '(root)', message: read.error });
    else if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      !Object.values(value).every((v) => typeof v === 'string')
    )
      issues.push({
        file: aliasesFile,
        path: '(root)',
        message:
          'must map each old skill id to the id that replaced it, e.g. { "sql": "sql-querying" }',
      });
    else aliases = value as Record<string, string>;
  }

  for (const [from, to] of Object.entries(aliases)) {
    if (current.has(from))
      issues.push({
        file: aliasesFile,
        path: from,
        message: `is still a skill in skills.json; remove the alias or the skill`,
      });
    else if (resolveAlias(from, aliases, current) === null)
      issues.push({
        file: aliasesFile,
        path: from,
        message: `points to "${to}", which is not a skill in skills.json (nor an alias to one)`,
      });
  }
  releasedIds.forEach((id, i) => {
    if (!current.has(id) && !(id in aliases))
      issues.push({
        file: releasedFile,
        path: String(i),
        message: `skill "${id}" was released but is no longer in skills.json; add it to ${ALIASES_FILE} as { "${id}": "<the id that replaced it>" } so saved answers and share links keep it`,
      });
  });
  const listed = new Set(releasedIds);
  for (const id of skillIds)
    if (!listed.has(id))
      issues.push({
        file: releasedFile,
        path: '(root)',
        message: `is missing the skill "${id}"; add every shipped skill id to it (ids are never removed from this list)`,
      });
  return issues;
}
