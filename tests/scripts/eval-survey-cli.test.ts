// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hitRolesFor, TITLE_ROLES } from '../../scripts/lib/survey/titles';

const repo = resolve(__dirname, '../..');
const fixture = join(repo, 'tests/fixtures/survey/survey-mini.csv');
const tsx = join(repo, 'node_modules/.bin/tsx');
const run = (args: string[]) =>
  spawnSync(tsx, [join(repo, 'scripts/eval-survey.ts'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
  });

describe('npm run eval:survey', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-survey-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says the file is missing, where it looked, and exits 0', () => {
    const missing = join(dir, 'nope.csv.gz');
    const out = run([missing]);
    expect(out.status).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    expect(out.stdout).toContain(`no survey file at ${missing}`);
  });

  it('runs end to end on a tiny synthetic survey, gzipped, from another directory', () => {
    const gz = join(dir, 'mini.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture)));
    const json = join(dir, 'out.json');
    const out = run([gz, '--json', json]);
    expect(out.status, out.stderr).toBe(0);
    const line = out.stdout.split('\n').find((l) => l.startsWith('EVAL_SURVEY '));
    const head = JSON.parse(line!.slice('EVAL_SURVEY '.length));
    // The fixture's titles; Student is always skipped, Program/Project Manager only until the
    // catalogue has a delivery-management role, so the expectation follows data/roles.
    const roles = new Set(
      readdirSync(join(repo, 'data/roles')).map((f) => f.replace(/\.json$/, '')),
    );
    const fixtureTitles = [
      'Data Analyst',
      'Data Analyst',
      'Data Engineer',
      'Machine Learning Engineer',
      'Statistician',
      'Program/Project Manager',
    ];
    const evaluable = fixtureTitles.filter((t) => hitRolesFor(t, roles).length > 0);
    expect(head.evaluated).toBe(evaluable.length);
    expect(head.titles).toBe(new Set(evaluable).size);
    for (const method of ['engine', 'quiz', 'popularity', 'random', 'skillCount'])
      for (const k of ['top1', 'top3', 'top5', 'mrr']) {
        expect(head.macro[method][k]).toBeGreaterThanOrEqual(0);
        expect(head.macro[method][k]).toBeLessThanOrEqual(1);
      }
    expect(head.macro.random.top1).toBeLessThan(head.macro.random.top5);
    expect(out.stdout).toMatch(/Student\s+1\s+no job to match/);
    const full = JSON.parse(readFileSync(json, 'utf8'));
    // In the order of the title table (scripts/lib/survey/titles.ts).
    expect(full.titles.map((t: { title: string }) => t.title)).toEqual(
      TITLE_ROLES.map((t) => t.title).filter((t) => evaluable.includes(t)),
    );
    // Deterministic: the same input gives the same stdout.
    const again = run([gz, '--json', json]);
    expect(again.stdout).toBe(out.stdout);
  });

  it('is wired as an npm script', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(pkg.scripts['eval:survey']).toBe('tsx scripts/eval-survey.ts');
  });
});
