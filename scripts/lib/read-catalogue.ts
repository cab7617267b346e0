/** Reads a data directory from disk into the shape validateCatalogue expects. Node only. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  validateCatalogue,
  type CatalogueInput,
  type CatalogueIssue,
  type CatalogueResult,
} from '../../src/catalogue/validate';

function readJson(dir: string, file: string, issues: CatalogueIssue[]): unknown {
  const full = join(dir, file);
  const shown = relative(process.cwd(), full) || full;
  if (!existsSync(full)) {
    issues.push({ file: shown, path: '(file)', message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    issues.push({ file: shown, path: '(file)', message: `not valid JSON: ${(err as Error).message}` });
    return undefined;
  }
}

export function readCatalogue(dir: string): CatalogueResult {
  const issues: CatalogueIssue[] = [];
  const show = (file: string) => relative(process.cwd(), join(dir, file)) || join(dir, file);
  const rolesDir = join(dir, 'roles');
  const roleFiles = existsSync(rolesDir)
    ? readdirSync(rolesDir).filter((f) => f.endsWith('.json')).sort()
    : [];
  if (roleFiles.length === 0)
    issues.push({ file: show('roles'), path: '(dir)', message: 'no role files (data/roles/<id>.json)' });
  const input: CatalogueInput = {
    skills: { file: show('skills.json'), json: readJson(dir, 'skills.json', issues) },
    comparisons: { file: show('comparisons.json'), json: readJson(dir, 'comparisons.json', issues) },
    roles: roleFiles.map((f) => ({
      file: show(join('roles', f)),
      json: readJson(dir, join('roles', f), issues),
    })),
  };
  if (issues.length > 0) return { ok: false, issues };
  const result = validateCatalogue(input);
  if (!result.ok) return result;
  const version = createHash('sha256')
    .update(JSON.stringify({ ...result.catalogue, version: '' }))
    .digest('hex')
    .slice(0, 12);
  return { ok: true, catalogue: { ...result.catalogue, version }, issues: [] };
}
