// @vitest-environment node
/**
 * Defining skills (docs/data.md): every role marks 1-4 skills without which nobody holds the job,
 * each important (>= 3.5) and required (level >= 1). Checked on fixtures, through
 * validateCatalogue (what data:check and the build run), and on the real role files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleSchema, type Role } from '@/catalogue/schema';
import { definingIssues, validateCatalogue } from '@/catalogue/validate';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_SKILLS,
  dataScientistRole,
  statisticianRole,
} from '../fixtures/data-dir';

const FILE = 'roles/statistician.json';
const mark = { kind: 'judgement', reason: 'Marked defining for a test.' } as const;
const indexOf = (role: Role, skill: string) => role.skills.findIndex((rs) => rs.skill === skill);

describe('definingIssues', () => {
  it('accepts a role with one important, required defining skill', () => {
    expect(definingIssues(FILE, statisticianRole())).toEqual([]);
  });

  it('rejects a role that marks no defining skill', () => {
    const role = statisticianRole();
    for (const rs of role.skills) delete rs.defining;
    const issues = definingIssues(FILE, role);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, path: 'skills' });
    expect(issues[0]!.message).toMatch(/0 defining skill\(s\) marked; expected 1 to 4/);
  });

  it('rejects a role that marks more than four', () => {
    const role = statisticianRole();
    for (const rs of role.skills.slice(0, 5)) Object.assign(rs, { importance: 4, defining: mark });
    expect(definingIssues(FILE, role)).toEqual([
      expect.objectContaining({ path: 'skills', message: expect.stringMatching(/5 defining/) }),
    ]);
    delete role.skills[4]!.defining;
    expect(definingIssues(FILE, role)).toEqual([]);
  });

  it('rejects a defining skill below importance 3.5, naming the skill', () => {
    const role = statisticianRole();
    const i = indexOf(role, 'sql'); // importance 3, level 2
    role.skills[i]!.defining = mark;
    const issues = definingIssues(FILE, role);
    expect(issues).toEqual([
      {
        file: FILE,
        path: `skills[${i}].defining`,
        message: expect.stringMatching(/"sql" is marked defining at importance 3; .* 3\.5 or more/),
      },
    ]);
    role.skills[i]!.importance = 3.5;
    expect(definingIssues(FILE, role)).toEqual([]);
  });

  it('rejects a defining skill required at level 0', () => {
    const role = statisticianRole();
    const i = indexOf(role, 'statistics');
    role.skills[i]!.level = 0;
    expect(definingIssues(FILE, role)).toEqual([
      expect.objectContaining({
        path: `skills[${i}].defining`,
        message: expect.stringMatching(/at level 0; .* level of 1 or more/),
      }),
    ]);
    role.skills[i]!.level = 1;
    expect(definingIssues(FILE, role)).toEqual([]);
  });
});

describe('validateCatalogue', () => {
  const input = (roles: Role[]) => ({
    skills: {
      file: 'skills.json',
      json: { categories: FIXTURE_CATEGORIES, skills: FIXTURE_SKILLS },
    },
    roles: roles.map((role) => ({ file: `roles/${role.id}.json`, json: role })),
    comparisons: { file: 'comparisons.json', json: [] },
  });

  // Only the defining issues: other rules may change the fixture's overall validity.
  const definingOnly = (result: ReturnType<typeof validateCatalogue>) =>
    result.issues.filter((issue) => /defining/.test(issue.message));

  it('reports a role with no defining skill, naming its file', () => {
    expect(
      definingOnly(validateCatalogue(input([statisticianRole(), dataScientistRole()]))),
    ).toEqual([]);
    const bare = dataScientistRole();
    for (const rs of bare.skills) delete rs.defining;
    const result = validateCatalogue(input([statisticianRole(), bare]));
    expect(result.ok).toBe(false);
    expect(definingOnly(result)).toEqual([
      expect.objectContaining({ file: 'roles/data-scientist.json', path: 'skills' }),
    ]);
  });
});

describe('the real role files', () => {
  const dir = join(process.cwd(), 'data', 'roles');
  const roles = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      file: `data/roles/${f}`,
      role: roleSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
    }));

  it('each mark 1-4 important, required defining skills', () => {
    expect(roles.length).toBeGreaterThan(30);
    expect(roles.flatMap(({ file, role }) => definingIssues(file, role))).toEqual([]);
  });

  it('never give two roles the same set of defining skills', () => {
    const byKey = new Map<string, string[]>();
    for (const { role } of roles) {
      const key = role.skills
        .filter((rs) => rs.defining)
        .map((rs) => rs.skill)
        .sort()
        .join(' + ');
      byKey.set(key, [...(byKey.get(key) ?? []), role.id]);
    }
    const shared = [...byKey].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);
  });

  // docs/data.md "Generic skills": every role rates these, O*NET where it has a rated occupation,
  // otherwise the team's judgement on the same basis, so none is silently missing.
  const CORE_GENERIC = [
    'communication',
    'writing',
    'critical-thinking',
    'complex-problem-solving',
    'active-learning',
    'judgment-decision-making',
    'coordination',
  ];

  it('each rate every core generic skill', () => {
    const missing = roles.flatMap(({ role }) =>
      CORE_GENERIC.filter((g) => !role.skills.some((rs) => rs.skill === g)).map(
        (g) => `${role.id}: ${g}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
