// @vitest-environment node
/**
 * The skill-id contract through `npm run data:check`'s real CLI: a released skill id that
 * disappears without an alias fails the check; with an alias it passes.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/lib/read-catalogue';
import { resolveAlias } from '../../scripts/lib/skill-ids';
import { FIXTURE_SKILLS, makeDataDir, removeDataDir, writeText } from '../fixtures/data-dir';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const runCheck = (dir: string) => {
  const run = spawnSync(TSX, ['scripts/data-check.ts', dir], { encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
};
const ids = FIXTURE_SKILLS.map((s) => s.id);

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

describe('data:check and released skill ids', { timeout: 30_000 }, () => {
  it('passes when every released id is still a skill', () => {
    writeText(dir, 'released-skill-ids.json', JSON.stringify(ids));
    expect(runCheck(dir).status).toBe(0);
  });

  it('fails when a released id disappears without an alias, naming the id and the fix', () => {
    writeText(dir, 'released-skill-ids.json', JSON.stringify([...ids, 'sql-old']));
    const { status, out } = runCheck(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/released-skill-ids\.json: \d+: skill "sql-old" was released/);
    expect(out).toContain('skill-aliases.json');
  });

  it('passes once the alias names the skill that replaced it, and fails on an alias to nothing', () => {
    writeText(dir, 'released-skill-ids.json', JSON.stringify([...ids, 'sql-old']));
    writeText(dir, 'skill-aliases.json', JSON.stringify({ 'sql-old': ids[0] }));
    expect(runCheck(dir).status).toBe(0);
    // The catalogue the build ships carries the alias, so any build moves the saved answer.
    expect(readCatalogue(dir)).toMatchObject({
      ok: true,
      catalogue: { aliases: { 'sql-old': ids[0] } },
    });
    writeText(dir, 'skill-aliases.json', JSON.stringify({ 'sql-old': 'no-such-skill' }));
    const { status, out } = runCheck(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/skill-aliases\.json: sql-old: points to "no-such-skill"/);
  });

  it('fails when a shipped skill is missing from the released list', () => {
    writeText(dir, 'released-skill-ids.json', JSON.stringify(ids.slice(1)));
    const { status, out } = runCheck(dir);
    expect(status).toBe(1);
    expect(out).toContain(`is missing the skill "${ids[0]}"`);
  });
});

describe('resolveAlias', () => {
  it('follows chains to a current id and gives up on cycles', () => {
    const current = new Set(['c']);
    expect(resolveAlias('a', { a: 'b', b: 'c' }, current)).toBe('c');
    expect(resolveAlias('a', { a: 'b', b: 'a' }, current)).toBeNull();
    expect(resolveAlias('c', {}, current)).toBe('c');
  });
});
