// @vitest-environment node
/**
 * data:build on the fixture directory: it writes the numbers the sources dictate, keeps key
 * order and formatting stable, is idempotent, and refuses sources it cannot resolve.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/catalogue/schema';
import { buildDataDir } from '../../scripts/lib/build-data';
import { loadSources } from '../../scripts/lib/sources';
import {
  editJson,
  makeDataDir,
  GROWTH_INDEX,
  MATHS_INDEX,
  PROGRAMMING_INDEX,
  readText,
  removeDataDir,
  writeText,
} from '../fixtures/data-dir';

const ROLE = 'roles/statistician.json';
const readRole = (dir: string, file = ROLE) => JSON.parse(readText(dir, file)) as Role;

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

describe('buildDataDir', () => {
  it('changes nothing in a directory that is already built', () => {
    const before = readText(dir, ROLE);
    const result = buildDataDir(dir, { write: true });
    expect(result.issues).toEqual([]);
    expect(result.roles.flatMap((r) => r.changes)).toEqual([]);
    expect(result.roles.every((r) => !r.written)).toBe(true);
    expect(readText(dir, ROLE)).toBe(before);
  });

  it('rewrites stale O*NET, Job Zone and OEWS figures from the sources', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills[MATHS_INDEX]!.importance = 1;
      role.skills[MATHS_INDEX]!.level = 0;
      role.skills[PROGRAMMING_INDEX]!.level = 4;
      role.education.jobZone.zone = 2;
      role.salary.p90 = 1;
      role.outlook.figures[GROWTH_INDEX]!.percent = 17;
    });
    const result = buildDataDir(dir, { write: true });
    const role = readRole(dir);
    expect(role.skills[MATHS_INDEX]).toMatchObject({ importance: 4.6, level: 2.9 });
    expect(role.skills[PROGRAMMING_INDEX]).toMatchObject({ importance: 3.4, level: 2.3 });
    expect(role.education.jobZone.zone).toBe(5);
    expect(role.salary.p90).toBe(170700);
    expect(role.outlook.figures[GROWTH_INDEX]!.percent).toBe(8.5);
    const changed = result.roles.find((r) => r.file.endsWith(ROLE))!.changes.map((c) => c.path);
    expect(changed).toEqual([
      `skills[${MATHS_INDEX}].importance`,
      `skills[${MATHS_INDEX}].level`,
      `skills[${PROGRAMMING_INDEX}].level`,
      'education.jobZone.zone',
      'salary.p90',
      `outlook.figures[${GROWTH_INDEX}].percent`,
    ]);
  });

  it('is idempotent: a second run writes nothing', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills[MATHS_INDEX]!.importance = 1;
    });
    buildDataDir(dir, { write: true });
    const once = readText(dir, ROLE);
    const second = buildDataDir(dir, { write: true });
    expect(second.roles.flatMap((r) => r.changes)).toEqual([]);
    expect(readText(dir, ROLE)).toBe(once);
  });

  it('writes null for a top-coded ("#") 90th percentile', () => {
    editJson<Role>(dir, 'roles/data-scientist.json', (role) => {
      role.salary.p90 = 250000;
    });
    buildDataDir(dir, { write: true });
    expect(readRole(dir, 'roles/data-scientist.json').salary.p90).toBeNull();
  });

  it('fills in missing numbers at their usual place and keeps every other key in order', () => {
    editJson<Record<string, unknown>>(dir, ROLE, (role) => {
      const skills = role.skills as Record<string, unknown>[];
      delete skills[MATHS_INDEX]!.importance;
      delete skills[MATHS_INDEX]!.level;
      (skills[MATHS_INDEX]!.source as Record<string, unknown>).release = 'old';
    });
    const keysBefore = Object.keys(readRole(dir));
    buildDataDir(dir, { write: true });
    const role = readRole(dir);
    expect(Object.keys(role)).toEqual(keysBefore);
    expect(Object.keys(role.skills[MATHS_INDEX]!)).toEqual([
      'skill',
      'importance',
      'level',
      'source',
    ]);
    expect(role.skills[MATHS_INDEX]).toMatchObject({ importance: 4.6, level: 2.9 });
    expect(role.skills[MATHS_INDEX]!.source).toEqual({
      kind: 'onet',
      release: '27.x',
      code: '15-2041.01',
      element: '2.A.1.e',
    });
  });

  it('writes 2-space JSON with a final newline', () => {
    const compact = JSON.stringify(readRole(dir));
    writeText(dir, ROLE, compact);
    buildDataDir(dir, { write: true });
    expect(readText(dir, ROLE)).toBe(JSON.stringify(JSON.parse(compact), null, 2) + '\n');
  });

  it('uses O*NET 30.0 for an occupation in the 30.0 excerpt and records that release', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.skills[MATHS_INDEX]!.source;
      if (source.kind === 'onet') source.code = '15-2051.01';
    });
    buildDataDir(dir, { write: true });
    const entry = readRole(dir).skills[MATHS_INDEX]!;
    // 30.0: IM 3.50, LV 3.75 (27.x would give 3.4 and 2.2).
    expect(entry).toMatchObject({ importance: 3.5, level: 2.1 });
    expect(entry.source).toMatchObject({ release: '30.0', code: '15-2051.01' });
  });

  it('reports an unrated O*NET code with file and field, and leaves that file untouched', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.skills[MATHS_INDEX]!.source;
      if (source.kind === 'onet') source.code = '15-9999.00';
      role.skills[PROGRAMMING_INDEX]!.importance = 1;
    });
    const before = readText(dir, ROLE);
    const result = buildDataDir(dir, { write: true });
    const issues = result.roles.flatMap((r) => r.issues);
    expect(issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/roles\/statistician\.json$/),
        path: `skills[${MATHS_INDEX}].source.code`,
        message: expect.stringMatching(/"15-9999.00" has no Skills ratings/),
      }),
    ]);
    expect(readText(dir, ROLE)).toBe(before);
  });

  it('reports an O*NET element that differs from the skill’s element', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.skills[MATHS_INDEX]!.source;
      if (source.kind === 'onet') source.element = '2.A.1.d';
    });
    const issues = buildDataDir(dir, { write: false }).roles.flatMap((r) => r.issues);
    expect(issues).toEqual([
      expect.objectContaining({
        path: `skills[${MATHS_INDEX}].source.element`,
        message: expect.stringMatching(/"2.A.1.d" does not match; expected "2.A.1.e"/),
      }),
    ]);
  });

  it('reports a wage BLS does not publish instead of inventing one', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.salary.source = { kind: 'bls-oews', release: 'May 2024', soc: '15-9999' };
      role.blsOccupation!.soc = '15-9999';
      role.outlook.figures.splice(GROWTH_INDEX, 1);
    });
    const issues = buildDataDir(dir, { write: false }).roles.flatMap((r) => r.issues);
    expect(issues).toEqual([
      expect.objectContaining({ path: 'salary.p25', message: expect.stringMatching(/\("\*"\)/) }),
    ]);
  });
});

describe('buildDataDir: one BLS occupation per role', () => {
  it('fills the growth figure, its citation and the occupation title from the sources', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const figure = role.outlook.figures[GROWTH_INDEX]!;
      figure.value = '11%';
      figure.label = 'Growth';
      role.blsOccupation!.title = 'Mathematicians and statisticians';
    });
    buildDataDir(dir, { write: true });
    const role = readRole(dir);
    expect(role.outlook.figures[GROWTH_INDEX]).toMatchObject({
      label: 'Projected employment growth, statisticians',
      value: '8.5%',
      percent: 8.5,
      period: '2024-34',
    });
    expect(role.blsOccupation?.title).toBe('Statisticians');
  });

  it('refuses a growth figure from another occupation than the salary', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.outlook.figures[GROWTH_INDEX]!.source;
      if (source.kind === 'bls-projections') source.soc = '11-3021';
    });
    const issues = buildDataDir(dir, { write: false }).roles.flatMap((r) => r.issues);
    expect(issues).toEqual([
      expect.objectContaining({
        path: `outlook.figures[${GROWTH_INDEX}].source.soc`,
        message: expect.stringMatching(
          /blsOccupation.soc is "15-2041"; pay and growth must describe the same occupation/,
        ),
      }),
    ]);
  });

  it('refuses a BLS projection period that no file in data/sources backs', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.outlook.figures[GROWTH_INDEX]!.source;
      if (source.kind === 'bls-projections') source.period = '2023-33';
    });
    const issues = buildDataDir(dir, { write: false }).roles.flatMap((r) => r.issues);
    expect(issues).toEqual([
      expect.objectContaining({
        path: `outlook.figures[${GROWTH_INDEX}].source.period`,
        message: expect.stringMatching(/expected "2024-34"/),
      }),
    ]);
  });

  it('requires every role to name its BLS occupation', () => {
    editJson<Role>(dir, ROLE, (role) => {
      delete role.blsOccupation;
    });
    const issues = buildDataDir(dir, { write: false }).roles.flatMap((r) => r.issues);
    expect(issues).toEqual([expect.objectContaining({ path: 'blsOccupation' })]);
  });
});

describe('data:build CLI', () => {
  it('exits non-zero and names the file and field when a source cannot be resolved', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.education.jobZone.source = { kind: 'onet', release: '29.2', code: '99-9999.00' };
    });
    const run = spawnSync(
      join(process.cwd(), 'node_modules', '.bin', 'tsx'),
      ['scripts/data-build.ts', dir],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toMatch(
      /roles\/statistician\.json: education\.jobZone\.source\.code: no O\*NET 29\.2 Job Zone/,
    );
    expect(run.status).not.toBe(0);
  }, 30_000);
});

describe('loadSources on the committed data/sources', () => {
  const { data, issues } = loadSources(join(process.cwd(), 'data', 'sources'));

  it('reads every extract without problems', () => {
    expect(issues).toEqual([]);
  });

  it('takes 30.0 ratings for occupations in the excerpt and 27.x for the rest', () => {
    expect(data.skills.get('15-2051.01')?.release).toBe('30.0');
    // 30.0 re-rated Business Intelligence Analysts' Mathematics importance (27.x: 3.38).
    expect(data.skills.get('15-2051.01')?.ratings.get('2.A.1.e')?.im).toBe(3.5);
    expect(data.skills.get('15-1221.00')?.release).toBe('27.x');
    expect(data.skills.get('15-1221.00')?.ratings.get('2.A.1.e')).toEqual({ im: 3.38, lv: 4.38 });
    expect(data.skills.get('15-2051.01')?.ratings.size).toBe(35);
  });

  it('has no Skills ratings for the preliminary Data Scientists occupation', () => {
    expect(data.skills.has('15-2051.00')).toBe(false);
    expect(data.jobZones.get('15-2051.00')).toBe(4);
  });

  it('reads OEWS May 2024 and keeps BLS top-coding visible', () => {
    // Spot checks from ../shared/reference/bls-new/README.md.
    expect(data.wages.get('11-3021')).toMatchObject({ median: '171200', p90: '#' });
    expect(data.wages.get('15-2051')).toMatchObject({ median: '112590', employment: '233440' });
    expect(data.wages.get('15-1252')?.median).toBe('133080');
  });

  it('reads EP 2024-34 line items (Table 1.2), not summary rows', () => {
    expect(data.projections.get('15-2051')).toMatchObject({ percent: '33.5', openings: '23.4' });
    expect(data.projections.get('15-1242')?.percent).toBe('-0.7');
    expect(data.projections.get('11-3021')?.title).toBe(
      'Computer and information systems managers',
    );
  });
});
