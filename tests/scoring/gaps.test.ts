import { effortWeeks, gapAnalysis, prepareCatalogue, requiredLevel, whatIf } from '@/scoring';
import { scoringRole, skillList, WORKED_EXAMPLE } from './arbitraries';

const { input, profile } = WORKED_EXAMPLE;
const prepared = prepareCatalogue(input);

describe('effortWeeks', () => {
  it('adds 2, 4, 8 and 16 weeks for the four steps, pro rata for fractions', () => {
    expect(effortWeeks(0, 1)).toBe(2);
    expect(effortWeeks(0, 4)).toBe(30);
    expect(effortWeeks(2, 3)).toBe(8);
    expect(effortWeeks(1, 2.5)).toBeCloseTo(4 + 4, 10);
    expect(effortWeeks(3, 2)).toBe(0);
  });
});

describe('gapAnalysis', () => {
  it('lists each short rated skill with shortfall, effort and priority, as in the worked example', () => {
    const gaps = gapAnalysis(prepared, profile, 'analyst');
    // Communication was never rated: not a gap, but listed as not rated yet.
    expect(gaps.items.map((g) => g.skillId)).toEqual(['sql']);
    expect(gaps.unrated).toEqual([
      { skillId: 'communication', required: 2, importance: 4, defining: false },
    ]);
    const [sql] = gaps.items;
    expect(sql).toMatchObject({
      have: 2,
      required: 3,
      shortfall: 1,
      importance: 5,
      defining: false,
      kind: 'quick-win',
      effortWeeks: 8,
    });
    // Closing sql lifts the score from 2850/71 to 800 / (8 + 20/3) in 8 weeks.
    expect(sql!.priority).toBeCloseTo((800 / (8 + 20 / 3) - 2850 / 71) / 8, 10);
    expect(gaps.quickWins.map((g) => g.skillId)).toEqual(['sql']);
    expect(gaps.foundations).toEqual([]);
    expect(gaps.effortWeeks).toEqual({ low: 6, high: 12 });
  });

  it('lists a rated 0 as a gap, with the steps from 0', () => {
    const gaps = gapAnalysis(prepared, { ...profile, communication: 0 }, 'analyst');
    expect(gaps.items.map((g) => g.skillId)).toEqual(['communication', 'sql']);
    expect(gaps.items[0]).toMatchObject({
      have: 0,
      required: 2,
      kind: 'foundation',
      effortWeeks: 6,
    });
    // Closing communication lifts the score from 2850/71 to 9300/118 in 6 weeks.
    expect(gaps.items[0]!.priority).toBeCloseTo((9300 / 118 - 2850 / 71) / 6, 10);
    expect(gaps.unrated).toEqual([]);
  });

  it('is empty with zero effort when every requirement is met', () => {
    const gaps = gapAnalysis(prepared, { sql: 4, statistics: 4, communication: 2 }, 'analyst');
    expect(gaps).toMatchObject({
      items: [],
      quickWins: [],
      foundations: [],
      effortWeeks: { low: 0, high: 0 },
    });
  });

  it('calls a small shortfall on a minor skill a foundation, not a quick win', () => {
    const gaps = gapAnalysis(prepared, { sql: 1 }, 'ml');
    expect(gaps.items.find((g) => g.skillId === 'sql')).toMatchObject({
      shortfall: 1,
      importance: 2,
      kind: 'foundation',
    });
  });

  it('reads a fractional requirement as its nearest whole level, in the score and the plan alike', () => {
    // O*NET levels are rescaled to decimals (2.2, 2.5): 2.2 asks for 2 (met by a 2), 2.5 for 3.
    const rated = prepareCatalogue({
      skills: skillList(['communication', 'monitoring', 'sql']),
      roles: [
        scoringRole('manager', [
          { skill: 'communication', importance: 4, level: 2.2 },
          { skill: 'monitoring', importance: 4, level: 2.5 },
          { skill: 'sql', importance: 4, level: 0.3 },
        ]),
      ],
    });
    const gaps = gapAnalysis(rated, { communication: 2, monitoring: 2, sql: 0 }, 'manager');
    expect(gaps.items.map((g) => [g.skillId, g.required, g.effortWeeks])).toEqual([
      ['sql', 1, 2],
      ['monitoring', 3, 8],
    ]);
    expect(requiredLevel(2.2)).toBe(2);
    expect(requiredLevel(2.5)).toBe(3);
    expect(requiredLevel(0.3)).toBe(1);
    expect(requiredLevel(0)).toBe(0);
    expect(requiredLevel(2 + 1e-7)).toBe(2);
  });

  it('rejects an unknown role', () => {
    expect(() => gapAnalysis(prepared, {}, 'astronaut')).toThrow(/unknown role id "astronaut"/);
  });
});

describe('whatIf', () => {
  it('reports new scores and rank movement when a level changes', () => {
    const rows = whatIf(prepared, profile, { communication: 2, sql: 3 });
    expect(rows.map((r) => [r.roleId, r.rankBefore, r.rankAfter, r.movement])).toEqual([
      ['analyst', 2, 1, 1],
      ['ml', 1, 2, -1],
    ]);
    expect(rows[0]!.before).toBeCloseTo(2850 / 71, 10);
    expect(rows[0]!.after).toBe(100);
    expect(rows[1]!.after).toBe(rows[1]!.before);
  });

  it('moves nothing when nothing changes', () => {
    for (const row of whatIf(prepared, profile, {})) {
      expect(row.after).toBe(row.before);
      expect(row.movement).toBe(0);
    }
  });

  it('can lower a level too, and checks the changes like a profile', () => {
    const [, analyst] = whatIf(prepared, profile, { statistics: 0 });
    expect(analyst!.roleId).toBe('analyst');
    expect(analyst!.after).toBeLessThan(analyst!.before);
    expect(() => whatIf(prepared, profile, { sql: 9 })).toThrow(
      /what-if changes level for "sql" is 9/,
    );
  });
});
