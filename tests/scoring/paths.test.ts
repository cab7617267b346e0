import { adjacentRoles, cheapestPath, prepareCatalogue } from '@/scoring';
import { scoringRole, skillList } from './arbitraries';

// A ladder: each rung needs one more level of sql and python than the last.
const rungs = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4];
const input = {
  skills: skillList(['python', 'sql']),
  roles: rungs.map((level, i) =>
    scoringRole(`rung-${i}`, [
      { skill: 'sql', importance: 4, level },
      { skill: 'python', importance: 3, level },
    ]),
  ),
};
const prepared = prepareCatalogue(input);

describe('adjacentRoles', () => {
  it('lists neighbours cheapest first with the skills each move adds', () => {
    const near = adjacentRoles(prepared, 'rung-3', 4);
    // Moving down costs nothing (ties: the nearer role first); moving up costs half a level of two skills.
    expect(near.map((e) => e.roleId)).toEqual(['rung-2', 'rung-1', 'rung-0', 'rung-4']);
    expect(near.map((e) => e.cost)).toEqual([0, 0, 0, 8]);
    const up = adjacentRoles(prepared, 'rung-3').find((e) => e.roleId === 'rung-4')!;
    expect(up.cost).toBeCloseTo(2 * 0.5 * 8, 10);
    expect(up.skillsGained).toEqual([
      { skillId: 'python', from: 2, to: 2.5 },
      { skillId: 'sql', from: 2, to: 2.5 },
    ]);
  });
});

describe('cheapestPath', () => {
  it('climbs a ladder rung by rung when the top is beyond the neighbourhood', () => {
    const path = cheapestPath(prepared, { kind: 'role', roleId: 'rung-0' }, 'rung-7', { neighbours: 2 })!;
    expect(path.from).toEqual({ kind: 'role', roleId: 'rung-0' });
    expect(path.steps.length).toBeGreaterThan(1);
    expect(path.steps.at(-1)!.roleId).toBe('rung-7');
    expect(path.totalCost).toBeCloseTo(path.steps.reduce((s, e) => s + e.cost, 0), 10);
    // Climbing never needs more learning than the jump itself: the ladder has no detours.
    expect(path.totalCost).toBeCloseTo(path.directCost!, 10);
  });

  it('goes straight to a neighbour', () => {
    const path = cheapestPath(prepared, { kind: 'role', roleId: 'rung-2' }, 'rung-3')!;
    expect(path.steps.map((s) => s.roleId)).toEqual(['rung-3']);
    expect(path.totalCost).toBeCloseTo(2 * 0.5 * 4, 10);
  });

  it('starts from the profile, counting what the person already has', () => {
    const path = cheapestPath(prepared, { kind: 'profile', profile: { sql: 4, python: 1 } }, 'rung-3')!;
    expect(path.from).toEqual({ kind: 'profile' });
    expect(path.steps).toEqual([{ roleId: 'rung-3', cost: 4, skillsGained: [{ skillId: 'python', from: 1, to: 2 }] }]);
  });

  it('returns an empty path to the start role itself', () => {
    expect(cheapestPath(prepared, { kind: 'role', roleId: 'rung-4' }, 'rung-4')).toMatchObject({ steps: [], totalCost: 0 });
  });

  it('returns null when no chain of neighbours reaches the target', () => {
    const islands = prepareCatalogue({
      skills: skillList(['python', 'sql']),
      roles: [
        scoringRole('a', [{ skill: 'sql', importance: 4, level: 1 }]),
        scoringRole('b', [{ skill: 'python', importance: 4, level: 4 }]),
        scoringRole('c', [{ skill: 'python', importance: 4, level: 3 }]),
      ],
    });
    // With one neighbour each, a <-> c and b <-> c link up: b is reached through c.
    expect(cheapestPath(islands, { kind: 'role', roleId: 'a' }, 'b', { neighbours: 1 })?.steps.map((s) => s.roleId)).toEqual([
      'c',
      'b',
    ]);
    expect(cheapestPath(islands, { kind: 'role', roleId: 'a' }, 'b', { neighbours: 0 })).toBeNull();
  });

  it('rejects unknown roles', () => {
    expect(() => cheapestPath(prepared, { kind: 'role', roleId: 'nope' }, 'rung-1')).toThrow(/unknown role id "nope"/);
    expect(() => adjacentRoles(prepared, 'nope')).toThrow(/unknown role id "nope"/);
  });
});
