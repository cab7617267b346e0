// @vitest-environment node
/**
 * `npm run data:check <dir>` through its real CLI: a valid fixture passes, and each kind of
 * corruption fails with a message naming the file and the field path.
 */
import { spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role, SkillsFile } from '@/catalogue/schema';
import {
  editJson,
  GROWTH_INDEX,
  makeDataDir,
  MATHS_INDEX,
  removeDataDir,
  writeText,
} from '../fixtures/data-dir';

// The project's own tsx binary: what `npx tsx` runs, without npm's start-up cost per case.
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function runCheck(dir: string) {
  const run = spawnSync(TSX, ['scripts/data-check.ts', dir], { encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}

/** The message line for `file` and `path`, e.g. "…/roles/statistician.json: title: …". */
function errorLine(out: string, file: string, path: string): string | undefined {
  return out.split('\n').find((line) => line.includes(`${file}: ${path}: `));
}

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

const ROLE = 'roles/statistician.json';

describe('data:check CLI', { timeout: 30_000 }, () => {
  it('accepts a valid data directory and exits 0', () => {
    const { status, out } = runCheck(dir);
    expect(out).toMatch(/data:check: ok — 2 roles, 35 skills in 6 categories, 1 comparisons/);
    expect(status).toBe(0);
  });

  it('rejects a role file that is not valid JSON', () => {
    writeText(dir, ROLE, '{ "id": "statistician", ');
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, '(file)')).toMatch(/not valid JSON/);
    expect(status).not.toBe(0);
  });

  it('rejects a role without a required field', () => {
    editJson<Partial<Role>>(dir, ROLE, (role) => {
      delete role.title;
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'title')).toMatch(/expected string/i);
    expect(status).not.toBe(0);
  });

  it('rejects a field of the wrong type', () => {
    editJson(dir, ROLE, (role) => {
      role.tools = 'Python, SQL';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'tools')).toMatch(/expected array/i);
    expect(status).not.toBe(0);
  });

  it('rejects an importance above 5', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills[0]!.importance = 7;
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'skills[0].importance')).toMatch(/<=\s?5/);
    expect(status).not.toBe(0);
  });

  it('rejects a role skill that is not in skills.json', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills[1]!.skill = 'astrology';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'skills[1].skill')).toMatch(/unknown skill "astrology"/);
    expect(status).not.toBe(0);
  });

  it('rejects a related role that has no file', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.related = ['ghost-role'];
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'related[0]')).toMatch(/unknown related role "ghost-role"/);
    expect(status).not.toBe(0);
  });

  it('rejects a role whose id does not match its file name', () => {
    renameSync(join(dir, ROLE), join(dir, 'roles/stats.json'));
    const { status, out } = runCheck(dir);
    expect(errorLine(out, 'roles/stats.json', 'id')).toMatch(
      /id "statistician" does not match the file name; expected "stats"/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a skill listed twice in one role', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills.push({ ...role.skills[0]! });
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'skills[10].skill')).toMatch(/skill "python" is listed twice/);
    expect(status).not.toBe(0);
  });

  it('rejects a duplicate skill id in skills.json', () => {
    editJson<SkillsFile>(dir, 'skills.json', (file) => {
      file.skills.push({ ...file.skills[1]! });
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, 'skills.json', 'skills[35].id')).toMatch(/duplicate skill id "sql"/);
    expect(status).not.toBe(0);
  });

  it('rejects a skill in an unknown category', () => {
    editJson<SkillsFile>(dir, 'skills.json', (file) => {
      file.skills[0]!.category = 'cooking';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, 'skills.json', 'skills[0].category')).toMatch(
      /unknown category "cooking"; expected one of programming, /,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a comparison of a role that does not exist', () => {
    editJson<unknown[]>(dir, 'comparisons.json', (list) => {
      (list[0] as { b: string }).b = 'ghost-role';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, 'comparisons.json', '[0].b')).toMatch(/unknown role "ghost-role"/);
    expect(status).not.toBe(0);
  });

  it('rejects an O*NET source whose element is not the skill’s element', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.skills[MATHS_INDEX]!.source;
      if (source.kind === 'onet') source.element = '2.B.3.e';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, `skills[${MATHS_INDEX}].source.element`)).toMatch(
      /"2.B.3.e" does not match; expected "2.A.1.e" \(Mathematics\)/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects an O*NET skill number that drifted from the sources', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills[MATHS_INDEX]!.importance = 3;
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, `skills[${MATHS_INDEX}].importance`)).toMatch(
      /is 3, but data:build would write 4.6 \(O\*NET 27.x 15-2041.01 2.A.1.e IM 4.62\); run npm run data:build/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a BLS wage or job zone that drifted from the sources', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.salary.median = 90000;
      role.education.jobZone.zone = 3;
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'salary.median')).toMatch(
      /is 90000, but data:build would write 103300/,
    );
    expect(errorLine(out, ROLE, 'education.jobZone.zone')).toMatch(
      /is 3, but data:build would write 5/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects an O*NET code that has no Skills ratings', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const source = role.skills[MATHS_INDEX]!.source;
      if (source.kind === 'onet') source.code = '15-2051.00';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, `skills[${MATHS_INDEX}].source.code`)).toMatch(
      /"15-2051.00" has no Skills ratings/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a seed-sourced skill without a note explaining its numbers', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills[0]!.source = {
        kind: 'seed',
        article: 'data-manager-vs-lead-machine-learning-engineer',
      };
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'skills[0].note')).toMatch(/a seed-sourced skill needs a note/);
    expect(status).not.toBe(0);
  });

  it('rejects a role that requires every skill at level 0, which could not be scored', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.skills = role.skills.map((s) => ({
        ...s,
        level: 0,
        source: { kind: 'judgement', reason: 'Fixture value chosen for a test.' },
      }));
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'skills')).toMatch(/every skill is required at level 0/);
    expect(status).not.toBe(0);
  });

  it('rejects an industry note that only repeats the industry name the page already shows', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.industries.items[1] = { id: 'finance', note: 'Finance and Banking' };
      role.industries.items[2] = { id: 'healthcare', note: 'Clinical trials' };
    });
    const { status, out } = runCheck(dir);
    // Role pages render "Finance and banking: <note>", so the note must add something.
    expect(errorLine(out, ROLE, 'industries.items[1].note')).toMatch(
      /repeats the industry name "Finance and banking"/,
    );
    expect(errorLine(out, ROLE, 'industries.items[2].note')).toBeUndefined();
    expect(status).not.toBe(0);
  });

  it('rejects an O*NET occupation title that differs from O*NET', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.onetCodes[0]!.title = 'Number wranglers';
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'onetCodes[0].title')).toMatch(
      /expected the O\*NET 29.2 title "Biostatisticians" for 15-2041.01/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a tampered growth figure (value and percent) that disagrees with EP 2024-34', () => {
    editJson<Role>(dir, ROLE, (role) => {
      const figure = role.outlook.figures[GROWTH_INDEX]!;
      figure.value = '12%';
      figure.percent = 12;
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, `outlook.figures[${GROWTH_INDEX}].value`)).toMatch(
      /is "12%", but data:build would write "8.5%" \(BLS EP 2024-34 Table 1.2 15-2041 percent change 8.5\)/,
    );
    expect(errorLine(out, ROLE, `outlook.figures[${GROWTH_INDEX}].percent`)).toMatch(
      /is 12, but data:build would write 8.5/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a salary still citing OEWS May 2021', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.salary.source = { kind: 'bls-oews', release: 'May 2021', soc: '15-2041' };
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'salary.source.release')).toMatch(
      /is "May 2021", but data:build would write "May 2024"/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects a salary from another occupation than the one the role names', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.salary.source = { kind: 'bls-oews', release: 'May 2024', soc: '11-3021' };
    });
    const { status, out } = runCheck(dir);
    expect(errorLine(out, ROLE, 'salary.source.soc')).toMatch(
      /is "11-3021", but blsOccupation.soc is "15-2041"/,
    );
    expect(status).not.toBe(0);
  });

  it('rejects an outlook text quoting a percentage no figure shows', () => {
    editJson<Role>(dir, ROLE, (role) => {
      role.outlook.text =
        'BLS projects 11% growth for statisticians, or 8.5% in the newest release.';
      role.outlook.figures.splice(0, 1);
    });
    const { status, out } = runCheck(dir);
    const line = errorLine(out, ROLE, 'outlook.text');
    expect(line).toMatch(/quotes 11%, which none of outlook.figures shows/);
    expect(line).not.toMatch(/8\.5/);
    expect(status).not.toBe(0);
  });
});
