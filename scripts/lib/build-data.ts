/**
 * Runs buildRole over every role file of a data directory. `data:build` writes the results;
 * `data:check` only compares them with what is on disk (drift). Node only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueIssue } from '../../src/catalogue/validate';
import { buildRole, serialiseRole, type FieldChange, type SkillLookup } from './build-role';
import { roleFileNames, shownPath } from './read-catalogue';
import { loadSources } from './sources';

export interface RoleFileBuild {
  file: string;
  changes: FieldChange[];
  issues: CatalogueIssue[];
  warnings: CatalogueIssue[];
  /** The file's text differs from what data:build writes (values or formatting). */
  rewritten: boolean;
  written: boolean;
}

export interface DataBuild {
  /** Problems that stop the whole build (sources or skills.json unreadable). */
  issues: CatalogueIssue[];
  roles: RoleFileBuild[];
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** id -> {id, onet} from data/skills.json, tolerant of other errors in that file. */
function readSkillLookup(dir: string, issues: CatalogueIssue[]): SkillLookup {
  const full = join(dir, 'skills.json');
  const lookup = new Map<string, { id: string; onet?: { element: string; name: string } }>();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    issues.push({
      file: shownPath(full),
      path: '(file)',
      message: existsSync(full) ? `not valid JSON: ${(err as Error).message}` : 'file is missing',
    });
    return lookup;
  }
  const skills = isObj(json) && Array.isArray(json.skills) ? json.skills : [];
  for (const s of skills) {
    if (!isObj(s) || typeof s.id !== 'string') continue;
    const onet =
      isObj(s.onet) && typeof s.onet.element === 'string'
        ? { element: s.onet.element, name: String(s.onet.name) }
        : undefined;
    if (!lookup.has(s.id)) lookup.set(s.id, onet ? { id: s.id, onet } : { id: s.id });
  }
  return lookup;
}

export function buildDataDir(dir: string, options: { write: boolean }): DataBuild {
  const issues: CatalogueIssue[] = [];
  const { data: ref, issues: sourceIssues } = loadSources(join(dir, 'sources'));
  issues.push(...sourceIssues);
  const skills = readSkillLookup(dir, issues);
  if (issues.length > 0) return { issues, roles: [] };

  const roles = roleFileNames(dir).map((name): RoleFileBuild => {
    const full = join(dir, 'roles', name);
    const file = shownPath(full);
    const text = readFileSync(full, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      const issue = { file, path: '(file)', message: `not valid JSON: ${(err as Error).message}` };
      return { file, changes: [], issues: [issue], warnings: [], rewritten: false, written: false };
    }
    const built = buildRole(file, json, ref, skills);
    const next = serialiseRole(built.json);
    const rewritten = built.issues.length === 0 && next !== text;
    if (rewritten && options.write) writeFileSync(full, next);
    return {
      file,
      changes: built.changes,
      issues: built.issues,
      warnings: built.warnings,
      rewritten,
      written: rewritten && options.write,
    };
  });
  return { issues, roles };
}
