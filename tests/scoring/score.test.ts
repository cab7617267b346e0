import { prepareCatalogue, rankRoles, sanitizeProfile, scoreRoles } from '@/scoring';
import { makeCatalogue, makeRole, makeRoleSkill } from '../fixtures/catalogue';
import { scoringRole, skillList, WORKED_EXAMPLE } from './arbitraries';

// The worked example in docs/scoring.md.
const { input, profile } = WORKED_EXAMPLE;

describe('scoreRoles', () => {
  const prepared = prepareCatalogue(input);

  it('scores the worked example as computed by hand', () => {
    const [analyst, ml] = scoreRoles(prepared, profile);
    // analyst: F = 5*2/3 + 3 + 0 = 19/3, W = 12, c = 1 + 8/12 = 5/3 -> 100*57/142
    expect(analyst!.score).toBeCloseTo(2850 / 71, 10);
    // ml: F = 5 + 0 + 4 + 2 = 11, W = 16, c = 1.5 -> 1100 / 18.5
    expect(ml!.score).toBeCloseTo(1100 / 18.5, 10);
  });

  it('splits the score into per-skill points in proportion to each weighted fit', () => {
    const analyst = scoreRoles(prepared, profile)[0]!;
    const bySkill = Object.fromEntries(analyst.contributions.map((c) => [c.skillId, c]));
    expect(bySkill.sql!.points).toBeCloseTo(1500 / 71, 10);
    expect(bySkill.statistics!.points).toBeCloseTo(1350 / 71, 10);
    expect(bySkill.communication!.points).toBe(0);
    expect(bySkill.sql!.maxPoints).toBeCloseTo((100 * 5) / 12, 10);
    expect(bySkill.communication).toMatchObject({
      have: null,
      status: 'missing',
      required: 2,
      importance: 4,
    });
    expect(bySkill.sql).toMatchObject({ have: 2, status: 'partial' });
    expect(bySkill.statistics).toMatchObject({ have: 3, status: 'met' });
  });

  it('counts met, partly met and missing skills and weighs confidence by importance', () => {
    const analyst = scoreRoles(prepared, profile)[0]!;
    // Communication was never rated: not rated yet, not missing.
    expect(analyst).toMatchObject({ met: 1, partial: 1, missing: 0, unrated: 1 });
    expect(analyst.confidence).toBeCloseTo(8 / 12, 10);
  });

  it('gives 100 when every requirement is met, however far above it the person is', () => {
    const all = { sql: 4, statistics: 4, communication: 4, python: 4, 'machine-learning': 4 };
    expect(scoreRoles(prepared, all).map((s) => s.score)).toEqual([100, 100]);
  });

  it('gives 0 with zero confidence for an empty profile', () => {
    for (const s of scoreRoles(prepared, {})) {
      expect(s.score).toBe(0);
      expect(s.confidence).toBe(0);
      expect(s.missing).toBe(0);
      expect(s.unrated).toBe(s.contributions.filter((c) => c.required > 0).length);
    }
  });

  it('counts an answered 0 as answered for confidence but as missing for status', () => {
    const analyst = scoreRoles(prepared, { communication: 0 })[0]!;
    expect(analyst.confidence).toBeCloseTo(4 / 12, 10);
    expect(analyst.contributions.find((c) => c.skillId === 'communication')).toMatchObject({
      have: 0,
      status: 'missing',
    });
  });

  it('ranks a partly met small role below an equally met large role (few-skills shrinkage)', () => {
    const small = scoringRole('small', [
      { skill: 'sql', importance: 4, level: 2 },
      { skill: 'python', importance: 4, level: 2 },
    ]);
    const large = scoringRole(
      'large',
      ['sql', 'python', 'statistics', 'communication', 'machine-learning', 'writing'].map(
        (skill) => ({
          skill,
          importance: 4,
          level: 2,
        }),
      ),
    );
    const p = prepareCatalogue({
      skills: skillList([
        'communication',
        'machine-learning',
        'python',
        'sql',
        'statistics',
        'writing',
      ]),
      roles: [small, large],
    });
    // Both half met by weight.
    const [s, l] = scoreRoles(p, { sql: 2, statistics: 2, communication: 2 });
    expect(s!.score).toBeCloseTo(100 / 3, 10); // c = 2: 4 / (4 + 2*4)
    expect(l!.score).toBeCloseTo((100 * 12) / (12 + (1 + 8 / 24) * 12), 10);
    expect(l!.score).toBeGreaterThan(s!.score);
  });

  it('treats a required level of 0 as nothing to meet: met, worth no points', () => {
    const p = prepareCatalogue({
      skills: skillList(['python', 'sql']),
      roles: [
        scoringRole('r', [
          { skill: 'sql', importance: 5, level: 0 },
          { skill: 'python', importance: 2, level: 2 },
        ]),
      ],
    });
    const [r] = scoreRoles(p, { python: 2 });
    expect(r!.score).toBe(100);
    expect(r!.contributions.find((c) => c.skillId === 'sql')).toMatchObject({
      points: 0,
      maxPoints: 0,
      status: 'met',
    });
  });

  it('accepts a validated catalogue built with the fixtures', () => {
    const catalogue = makeCatalogue([
      makeRole({ id: 'data-scientist' }),
      makeRole({
        id: 'data-analyst',
        skills: makeRole().skills.map((s) => makeRoleSkill(s.skill, { level: 1 })),
      }),
    ]);
    const scores = scoreRoles(prepareCatalogue(catalogue), { python: 1, sql: 1 });
    expect(scores.map((s) => s.roleId)).toEqual(['data-scientist', 'data-analyst']);
    expect(scores[1]!.score).toBeGreaterThan(scores[0]!.score);
  });
});

describe('bad input', () => {
  const prepared = prepareCatalogue(input);

  it.each([
    [{ sql: 5 }, /level for "sql" is 5/],
    [{ sql: -1 }, /level for "sql" is -1/],
    [{ sql: Number.NaN }, /level for "sql" is NaN/],
    [{ sql: Infinity }, /level for "sql" is Infinity/],
    [{ cooking: 2 }, /unknown skill id "cooking"/],
  ])('rejects the profile %o with a clear error', (bad, message) => {
    expect(() => scoreRoles(prepared, bad)).toThrow(message);
    expect(() => rankRoles(prepared, bad)).toThrow(message);
  });

  it('treats a key holding undefined as unanswered', () => {
    expect(
      scoreRoles(prepared, { sql: undefined } as unknown as Record<string, number>)[0]!.confidence,
    ).toBe(0);
  });

  it('rejects an empty catalogue, unknown or repeated skills and a role that needs nothing', () => {
    const skills = skillList(['sql']);
    expect(() => prepareCatalogue({ skills, roles: [] })).toThrow(/no roles/);
    expect(() => prepareCatalogue({ skills: [], roles: [scoringRole('r', [])] })).toThrow(
      /no skills/,
    );
    expect(() =>
      prepareCatalogue({
        skills,
        roles: [scoringRole('r', [{ skill: 'x', importance: 3, level: 2 }])],
      }),
    ).toThrow(/role "r" needs unknown skill "x"/);
    expect(() =>
      prepareCatalogue({
        skills,
        roles: [
          scoringRole('r', [
            { skill: 'sql', importance: 3, level: 2 },
            { skill: 'sql', importance: 3, level: 1 },
          ]),
        ],
      }),
    ).toThrow(/lists skill "sql" twice/);
    expect(() =>
      prepareCatalogue({
        skills,
        roles: [scoringRole('r', [{ skill: 'sql', importance: 3, level: 0 }])],
      }),
    ).toThrow(/requires no skill above level 0/);
    expect(() =>
      prepareCatalogue({
        skills,
        roles: [scoringRole('r', [{ skill: 'sql', importance: Number.NaN, level: 2 }])],
      }),
    ).toThrow(/importance is NaN/);
    expect(() =>
      prepareCatalogue({
        skills,
        roles: [
          scoringRole('r', [{ skill: 'sql', importance: 3, level: 2 }]),
          scoringRole('r', [{ skill: 'sql', importance: 3, level: 2 }]),
        ],
      }),
    ).toThrow(/role id "r" appears twice/);
  });

  it('sanitizeProfile drops unknown ids and non-numbers and clamps levels into 0-4', () => {
    expect(
      sanitizeProfile(prepared, {
        sql: 7,
        python: -2,
        statistics: Number.NaN,
        cooking: 3,
        communication: '2',
      }),
    ).toEqual({
      sql: 4,
      python: 0,
    });
  });
});
