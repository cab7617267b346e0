import { explainRole, prepareCatalogue, rankRoles, scoreRoles, type ScoringRole } from '@/scoring';
import { scoringRole, skillList } from './arbitraries';

const skills = skillList(['python', 'sql', 'people-management']);
const role = (id: string, extra: Partial<ScoringRole>, sqlLevel = 2) =>
  scoringRole(
    id,
    [
      { skill: 'sql', importance: 4, level: sqlLevel },
      { skill: 'python', importance: 4, level: 2 },
    ],
    extra,
  );

const roles = [
  role('zeta', {}), // same requirements as alpha: a tie
  role('alpha', {}),
  role('lead', {
    seniority: 'lead',
    skills: [
      { skill: 'sql', importance: 4, level: 2 },
      { skill: 'people-management', importance: 5, level: 3 },
    ],
    industries: { items: [{ id: 'finance' }] },
    education: { typical: 'master', jobZone: { zone: 5 } },
  }),
  role('heavy', {
    skills: [
      { skill: 'sql', importance: 5, level: 2 },
      { skill: 'python', importance: 5, level: 2 },
    ],
  }),
];

describe('rankRoles', () => {
  const prepared = prepareCatalogue({ skills, roles });

  it('orders by score, then by total requirement weight, then by id', () => {
    const ranked = rankRoles(prepared, { sql: 2, python: 2 });
    // heavy, alpha and zeta all score 100; heavy carries more weight; alpha < zeta by id.
    expect(ranked.map((r) => [r.roleId, r.rank])).toEqual([
      ['heavy', 1],
      ['alpha', 2],
      ['zeta', 3],
      ['lead', 4],
    ]);
    expect(ranked.map((r) => r.score)).toEqual([100, 100, 100, expect.any(Number)]);
  });

  it('gives the same ranks and scores as scoreRoles, with no adjustment without preferences', () => {
    const ranked = rankRoles(prepared, { sql: 1 });
    const scores = new Map(scoreRoles(prepared, { sql: 1 }).map((s) => [s.roleId, s]));
    for (const r of ranked) {
      const s = scores.get(r.roleId)!;
      expect(r.score).toBe(s.score);
      expect(explainRole(prepared, { sql: 1 }, r.roleId)).toEqual(s);
      expect(r).toMatchObject({
        preferenceAdjustment: 0,
        preferenceReasons: [],
        adjustedScore: s.score,
        excludedByPreferences: false,
      });
    }
  });

  it('drops roles outside the filters and numbers the rest from 1', () => {
    expect(
      rankRoles(prepared, {}, { filters: { seniority: 'lead' } }).map((r) => [r.roleId, r.rank]),
    ).toEqual([['lead', 1]]);
    expect(
      rankRoles(prepared, {}, { filters: { industries: ['finance', 'healthcare'] } }).map(
        (r) => r.roleId,
      ),
    ).toEqual(['lead']);
    expect(
      rankRoles(prepared, {}, { filters: { education: ['bachelor'] } }).map((r) => r.roleId),
    ).toEqual(['heavy', 'alpha', 'zeta']);
    expect(rankRoles(prepared, {}, { filters: { industries: [], education: [] } })).toHaveLength(4);
  });

  it('adds visible points for a leadership preference and a matching industry without touching the score', () => {
    const profile = { sql: 2, 'people-management': 1 };
    const lead = rankRoles(prepared, profile, {
      preferences: { leadership: 1, industries: ['finance'], maxJobZone: null },
    }).find((r) => r.roleId === 'lead')!;
    const plain = scoreRoles(prepared, profile).find((s) => s.roleId === 'lead')!;
    expect(lead.score).toBe(plain.score);
    expect(lead.preferenceAdjustment).toBe(8);
    expect(lead.adjustedScore).toBeCloseTo(plain.score + 8, 10);
    expect(lead.preferenceReasons).toEqual([
      { kind: 'leadership', points: 5, prefers: 'leading' },
      { kind: 'industry', points: 3, industries: ['finance'] },
    ]);
  });

  it('lets a hands-on preference lift individual-contributor roles above a lead role', () => {
    const profile = { sql: 1, 'people-management': 3, python: 2 };
    const neutral = rankRoles(prepared, profile).map((r) => r.roleId);
    expect(neutral[0]).toBe('lead');
    const handsOn = rankRoles(prepared, profile, {
      preferences: { leadership: -1, industries: [], maxJobZone: null },
    });
    expect(handsOn[0]!.roleId).not.toBe('lead');
    expect(handsOn[0]!.preferenceReasons).toEqual([
      { kind: 'leadership', points: 5, prefers: 'building' },
    ]);
  });

  it('sets aside roles above the most preparation the person will consider, listing them last', () => {
    const ranked = rankRoles(
      prepared,
      { 'people-management': 3, sql: 2 },
      {
        preferences: { leadership: 0, industries: [], maxJobZone: 4 },
      },
    );
    const last = ranked.at(-1)!;
    expect(last).toMatchObject({
      roleId: 'lead',
      excludedByPreferences: true,
      rank: 4,
      score: 100,
    });
    expect(last.preferenceReasons).toEqual([{ kind: 'job-zone', zone: 5, maxJobZone: 4 }]);
  });

  it('scales the leadership points with the strength of the lean', () => {
    const [lead] = rankRoles(
      prepared,
      {},
      {
        filters: { seniority: 'lead' },
        preferences: { leadership: 0.5, industries: [], maxJobZone: null },
      },
    );
    expect(lead).toMatchObject({
      preferenceAdjustment: 2.5,
      preferenceReasons: [{ kind: 'leadership', points: 2.5, prefers: 'leading' }],
    });
  });

  it('rejects out-of-range preferences', () => {
    expect(() =>
      rankRoles(prepared, {}, { preferences: { leadership: 2, industries: [], maxJobZone: null } }),
    ).toThrow(/leadership/);
    expect(() =>
      rankRoles(
        prepared,
        {},
        { preferences: { leadership: Number.NaN, industries: [], maxJobZone: null } },
      ),
    ).toThrow(/leadership/);
    expect(() =>
      rankRoles(prepared, {}, { preferences: { leadership: 0, industries: [], maxJobZone: 9 } }),
    ).toThrow(/maxJobZone/);
  });

  it('returns plain data that survives a JSON round trip unchanged', () => {
    const ranked = rankRoles(
      prepared,
      { sql: 2 },
      { preferences: { leadership: 1, industries: ['finance'], maxJobZone: 4 } },
    );
    expect(JSON.parse(JSON.stringify(ranked))).toEqual(ranked);
    expect({ ...ranked[0]! }).toEqual(ranked[0]);
  });
});
