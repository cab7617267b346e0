import { describe, expect, it } from 'vitest';
import { skillDifferences } from '@/features/compare/skill-differences';
import { makeRole, roleSkill } from '../../fixtures/catalogue';

const base = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s) => roleSkill(`skill-${s}`, 3, 2));

describe('skillDifferences', () => {
  it('keeps skills whose levels differ by the threshold or more, biggest first', () => {
    const one = makeRole({
      id: 'one',
      skills: [...base, roleSkill('x', 3, 1), roleSkill('y', 3, 2)],
    });
    const two = makeRole({
      id: 'two',
      skills: [...base, roleSkill('x', 3, 4), roleSkill('y', 3, 2.5)],
    });
    expect(skillDifferences(one, two)).toEqual([{ skillId: 'x', a: 1, b: 4, difference: 3 }]);
    expect(skillDifferences(one, two, 0.5).map((d) => d.skillId)).toEqual(['x', 'y']);
  });

  it('reports a skill only one role lists, with null for the other side', () => {
    const one = makeRole({ id: 'one', skills: [...base, roleSkill('only-a', 2, 1)] });
    const two = makeRole({ id: 'two', skills: [...base, roleSkill('only-b', 2, 3)] });
    expect(skillDifferences(one, two)).toEqual([
      { skillId: 'only-b', a: null, b: 3, difference: 3 },
      { skillId: 'only-a', a: 1, b: null, difference: -1 },
    ]);
  });

  it('is symmetric: swapping the roles swaps the sides and the sign', () => {
    const one = makeRole({ id: 'one', skills: [...base, roleSkill('x', 3, 1)] });
    const two = makeRole({ id: 'two', skills: [...base, roleSkill('x', 3, 3)] });
    const [forward] = skillDifferences(one, two);
    const [backward] = skillDifferences(two, one);
    expect(backward).toEqual({
      skillId: 'x',
      a: forward?.b,
      b: forward?.a,
      difference: -(forward?.difference ?? 0),
    });
  });
});
