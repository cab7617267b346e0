import fc from 'fast-check';
import {
  adjacentRoles,
  cheapestPath,
  leapCost,
  LEAP_WEEKS,
  nearestRoles,
  prepareCatalogue,
  type PathStart,
  type ScoringInput,
} from '@/scoring';
import { catalogueArb, profileArb, RUNS, scoringRole, shuffled, skillList } from './arbitraries';

/** A cheap assertion for hot property loops (expect() is costly at 1,000 runs). */
function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

// A ladder: each rung needs one more whole level than the last, of sql and python in turn:
// (sql, python) = (1, 0), (1, 1), (2, 1), (2, 2), (3, 2), (3, 3), (4, 3), (4, 4).
const ladder = prepareCatalogue({
  skills: skillList(['python', 'sql']),
  roles: Array.from({ length: 8 }, (_, i) =>
    scoringRole(`rung-${i}`, [
      { skill: 'sql', importance: 4, level: Math.ceil((i + 1) / 2) },
      { skill: 'python', importance: 3, level: Math.floor((i + 1) / 2) },
    ]),
  ),
});

// Weeks per level step are 2, 4, 8, 16 (0->1 ... 3->4).
// start -> middle: ml 0->3 (14) + py 0->3 (14) + sql 1->2 (4) = 32 weeks.
// middle -> senior: ml 3->4 (16) + py 3->4 (16) = 32 weeks.
// start -> senior: ml 0->4 (30) + py 0->4 (30) = 60 weeks.
const stones = prepareCatalogue({
  skills: skillList(['ml', 'py', 'sql']),
  roles: [
    scoringRole('start', [{ skill: 'sql', importance: 3, level: 1 }]),
    scoringRole('middle', [
      { skill: 'ml', importance: 4, level: 3 },
      { skill: 'py', importance: 4, level: 3 },
      { skill: 'sql', importance: 3, level: 2 },
    ]),
    scoringRole('senior', [
      { skill: 'ml', importance: 5, level: 4 },
      { skill: 'py', importance: 5, level: 4 },
    ]),
  ],
});

describe('leapCost', () => {
  it('is the weeks times (1 + weeks / LEAP_WEEKS): a leap of LEAP_WEEKS counts double', () => {
    expect(LEAP_WEEKS).toBe(100);
    expect(leapCost(0)).toBe(0);
    expect(leapCost(32)).toBeCloseTo(32 * 1.32, 10);
    expect(leapCost(LEAP_WEEKS)).toBeCloseTo(2 * LEAP_WEEKS, 10);
  });
});

describe('adjacentRoles', () => {
  it('lists the cheapest moves first with their weeks, cost and the skills each adds', () => {
    const near = adjacentRoles(ladder, 'rung-3', 4);
    // Moving down needs nothing (ties: the role whose way back is shorter first: 4, 8, 10 weeks);
    // up needs one level of sql, 2 -> 3 (8 weeks).
    expect(near.map((e) => e.roleId)).toEqual(['rung-2', 'rung-1', 'rung-0', 'rung-4']);
    expect(near.map((e) => e.weeks)).toEqual([0, 0, 0, 8]);
    expect(near[3]!.cost).toBeCloseTo(8 * 1.08, 10);
    expect(near[3]!.skillsGained).toEqual([{ skillId: 'sql', from: 2, to: 3 }]);
  });

  it('keeps six by default and never lists the start role', () => {
    const near = adjacentRoles(ladder, 'rung-0');
    expect(near).toHaveLength(6);
    expect(near.map((e) => e.roleId)).not.toContain('rung-0');
  });
});

describe('nearestRoles', () => {
  it('from a profile, costs each move from the levels the person has (ties: the shorter way back)', () => {
    const near = nearestRoles(stones, { kind: 'profile', profile: { ml: 3, py: 3, sql: 2 } }, 3);
    expect(near.map((e) => [e.roleId, e.weeks])).toEqual([
      ['middle', 0],
      ['start', 0],
      ['senior', 32],
    ]);
  });
});

describe('cheapestPath', () => {
  it('takes a stepping-stone role when two smaller leaps cost less than one big one', () => {
    const path = cheapestPath(stones, { kind: 'role', roleId: 'start' }, 'senior');
    expect(path.steps.map((s) => s.roleId)).toEqual(['middle', 'senior']);
    expect(path.steps.map((s) => s.weeks)).toEqual([32, 32]);
    // 32 x 1.32 twice = 84.48 against 60 x 1.6 = 96: more learning (64 weeks against 60), smaller leaps.
    expect(path.steps[0]!.cost).toBeCloseTo(42.24, 10);
    expect(path.totalCost).toBeCloseTo(84.48, 10);
    expect(path.totalWeeks).toBe(64);
    expect(path.directWeeks).toBe(60);
    expect(path.directCost).toBeCloseTo(96, 10);
    expect(path.steps[1]!.skillsGained).toEqual([
      { skillId: 'ml', from: 3, to: 4 },
      { skillId: 'py', from: 3, to: 4 },
    ]);
  });

  it('goes straight when no role on the way makes the leaps smaller', () => {
    const path = cheapestPath(stones, { kind: 'role', roleId: 'start' }, 'middle');
    expect(path.steps.map((s) => s.roleId)).toEqual(['middle']);
    expect(path.totalCost).toBeCloseTo(42.24, 10);
    expect(path.totalCost).toBe(path.directCost);
    expect(path.totalWeeks).toBe(path.directWeeks);
  });

  it('climbs a ladder rung by rung: the same learning in smaller leaps', () => {
    const path = cheapestPath(ladder, { kind: 'role', roleId: 'rung-0' }, 'rung-7');
    expect(path.steps.map((s) => s.roleId)).toEqual([
      'rung-1',
      'rung-2',
      'rung-3',
      'rung-4',
      'rung-5',
      'rung-6',
      'rung-7',
    ]);
    expect(path.totalWeeks).toBeCloseTo(path.directWeeks, 10);
    expect(path.totalCost).toBeLessThan(path.directCost!);
  });

  it('starts from the profile, counting what the person already has', () => {
    const path = cheapestPath(
      ladder,
      { kind: 'profile', profile: { sql: 4, python: 1 } },
      'rung-3',
    );
    expect(path.from).toEqual({ kind: 'profile' });
    expect(path.steps).toHaveLength(1);
    expect(path.steps[0]).toMatchObject({
      roleId: 'rung-3',
      weeks: 4,
      skillsGained: [{ skillId: 'python', from: 1, to: 2 }],
    });
    expect(path.steps[0]!.cost).toBeCloseTo(4.16, 10);
  });

  it('returns an empty path to the start role itself', () => {
    expect(cheapestPath(ladder, { kind: 'role', roleId: 'rung-4' }, 'rung-4')).toMatchObject({
      steps: [],
      totalCost: 0,
      totalWeeks: 0,
    });
  });

  it('rejects unknown roles', () => {
    expect(() => cheapestPath(ladder, { kind: 'role', roleId: 'nope' }, 'rung-1')).toThrow(
      /unknown role id "nope"/,
    );
    expect(() => cheapestPath(ladder, { kind: 'role', roleId: 'rung-1' }, 'nope')).toThrow(
      /unknown role id "nope"/,
    );
    expect(() => adjacentRoles(ladder, 'nope')).toThrow(/unknown role id "nope"/);
  });
});

/** A catalogue, a start (a role or a profile) and a target. */
const pathCase = catalogueArb.chain((input) =>
  fc.tuple(
    fc.constant(input),
    fc.nat({ max: input.roles.length - 1 }),
    fc.nat({ max: input.roles.length - 1 }),
    fc.option(profileArb(input)),
    fc.integer(),
  ),
);

function startOf(
  input: ScoringInput,
  a: number,
  profile: Record<string, number> | null,
): PathStart {
  return profile === null
    ? { kind: 'role', roleId: input.roles[a]!.id }
    : { kind: 'profile', profile };
}

describe('cheapestPath properties', () => {
  it('never costs more than the direct edge, ends at the target and adds up', () => {
    fc.assert(
      fc.property(pathCase, ([input, a, b, profile]) => {
        const prepared = prepareCatalogue(input);
        const to = input.roles[b]!.id;
        const path = cheapestPath(prepared, startOf(input, a, profile), to);
        check(path.totalCost <= path.directCost! + 1e-9, `${path.totalCost} > ${path.directCost}`);
        if (profile === null && a === b)
          return check(path.steps.length === 0, 'a path to the start itself');
        check(path.steps.at(-1)?.roleId === to, 'does not end at the target');
        check(
          new Set(path.steps.map((s) => s.roleId)).size === path.steps.length,
          'visits a role twice',
        );
        let cost = 0;
        let weeks = 0;
        for (const step of path.steps) {
          check(
            Math.abs(step.cost - leapCost(step.weeks)) < 1e-9,
            'a step cost is not leapCost(weeks)',
          );
          cost += step.cost;
          weeks += step.weeks;
        }
        check(
          Math.abs(cost - path.totalCost) < 1e-9 && Math.abs(weeks - path.totalWeeks) < 1e-9,
          'totals do not add up',
        );
        check(
          Math.abs(path.directCost! - leapCost(path.directWeeks)) < 1e-9,
          'direct cost is not leapCost(weeks)',
        );
        // The direct edge is the adjacency's figure for the same move.
        if (profile === null) {
          const edge = adjacentRoles(prepared, input.roles[a]!.id, Infinity).find(
            (e) => e.roleId === to,
          )!;
          check(
            edge.cost === path.directCost && edge.weeks === path.directWeeks,
            'direct edge differs from adjacency',
          );
        }
      }),
      RUNS,
    );
  });

  it('gives the same path every time, whatever order skills, roles and requirements come in', () => {
    fc.assert(
      fc.property(pathCase, ([input, a, b, profile, seed]) => {
        const reordered: ScoringInput = {
          skills: shuffled(input.skills, seed),
          roles: shuffled(input.roles, seed + 1).map((r, i) => ({
            ...r,
            skills: shuffled(r.skills, seed + 2 + i),
          })),
        };
        const start = startOf(input, a, profile);
        const to = input.roles[b]!.id;
        const first = cheapestPath(prepareCatalogue(input), start, to);
        const again = cheapestPath(prepareCatalogue(input), start, to);
        const moved = cheapestPath(prepareCatalogue(reordered), start, to);
        const key = (p: typeof first) => JSON.stringify(p);
        check(key(again) === key(first), 'not deterministic');
        check(key(moved) === key(first), `order-dependent: ${key(moved)} vs ${key(first)}`);
      }),
      RUNS,
    );
  });

  it('lists adjacent roles cheapest first, without the start', () => {
    fc.assert(
      fc.property(pathCase, ([input, a]) => {
        const id = input.roles[a]!.id;
        const near = adjacentRoles(prepareCatalogue(input), id, Infinity);
        check(near.length === input.roles.length - 1, 'not every other role');
        check(!near.some((e) => e.roleId === id), 'lists the start');
        for (let i = 1; i < near.length; i++)
          check(near[i - 1]!.cost <= near[i]!.cost, 'out of order');
      }),
      RUNS,
    );
  });
});
