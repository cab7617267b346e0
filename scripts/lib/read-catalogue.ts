/** Reads a data directory from disk into the shape validateCatalogue expects. Node only. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  validateCatalogue,
  type CatalogueInput,
  type CatalogueIssue,
  type CatalogueResult,
} from '../../src/catalogue/validate';

/** Renamed skill ids (old -> current); checked by ./skill-ids.ts, shipped in the catalogue. */
export const ALIASES_FILE = 'skill-aliases.json';

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** A path as shown in messages: relative to the working directory when possible. */
export function shownPath(full: string): string {
  return relative(process.cwd(), full) || full;
}

function readJson(dir: string, file: string, issues: CatalogueIssue[]): unknown {
  const full = join(dir, file);
  const shown = shownPath(full);
  if (!existsSync(full)) {
    issues.push({ file: shown, path: '(file)', message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    issues.push({
      file: shown,
      path: '(file)',
      message: `not valid JSON: ${(err as Error).message}`,
    });
    return undefined;
  }
}

/** Role file names in <dir>/roles, sorted. */
export function roleFileNames(dir: string): string[] {
  const rolesDir = join(dir, 'roles');
  return existsSync(rolesDir)
    ? readdirSync(rolesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

/** Every file of a data directory, parsed; issues name files that are missing or not JSON. */
export function readDataDir(dir: string): { input: CatalogueInput; issues: CatalogueIssue[] } {
  const issues: CatalogueIssue[] = [];
  const roleFiles = roleFileNames(dir);
  if (roleFiles.length === 0)
    issues.push({
      file: shownPath(join(dir, 'roles')),
      path: '(dir)',
      message: 'no role files; expected data/roles/<id>.json',
    });
  const input: CatalogueInput = {
    skills: {
      file: shownPath(join(dir, 'skills.json')),
      json: readJson(dir, 'skills.json', issues),
    },
    comparisons: {
      file: shownPath(join(dir, 'comparisons.json')),
      json: readJson(dir, 'comparisons.json', issues),
    },
    roles: roleFiles.map((f) => ({
      file: shownPath(join(dir, 'roles', f)),
      json: readJson(dir, join('roles', f), issues),
    })),
  };
  // Renamed skills ship inside the catalogue (optional in a data directory, e.g. test fixtures).
  if (existsSync(join(dir, ALIASES_FILE))) {
    const aliases = readJson(dir, ALIASES_FILE, issues);
    if (isStringRecord(aliases)) input.aliases = aliases;
    else if (aliases !== undefined)
      issues.push({
        file: shownPath(join(dir, ALIASES_FILE)),
        path: '(root)',
        message: 'must map old skill ids to current ones, e.g. { "sql": "sql-querying" }',
      });
  }
  return { input, issues };
}

export function readCatalogue(dir: string): CatalogueResult {
  const { input, issues } = readDataDir(dir);
  if (issues.length > 0) return { ok: false, issues };
  const result = validateCatalogue(input);
  if (!result.ok) return result;
  const version = createHash('sha256')
    .update(JSON.stringify({ ...result.catalogue, version: '' }))
    .digest('hex')
    .slice(0, 12);
  return { ok: true, catalogue: { ...result.catalogue, version }, issues: [] };
}
