import { nextQuestion, prepareCatalogue, type Profile } from '@/scoring';
import { scoringRole, skillList } from './arbitraries';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
// Seven roles; only 'a' and 'b' tell the leading roles apart at first, 'h' nobody needs.
const input = {
  skills: skillList(ids),
  roles: [
    scoringRole('r1', [{ skill: 'a', importance: 5, level: 3 }, { skill: 'c', importance: 2, level: 2 }]),
    scoringRole('r2', [{ skill: 'b', importance: 5, level: 3 }, { skill: 'c', importance: 2, level: 2 }]),
    scoringRole('r3', [{ skill: 'a', importance: 5, level: 3 }, { skill: 'd', importance: 2, level: 2 }]),
    scoringRole('r4', [{ skill: 'b', importance: 5, level: 3 }, { skill: 'd', importance: 2, level: 2 }]),
    scoringRole('r5', [{ skill: 'e', importance: 3, level: 2 }, { skill: 'c', importance: 3, level: 2 }]),
    scoringRole('r6', [{ skill: 'f', importance: 3, level: 2 }, { skill: 'd', importance: 3, level: 2 }]),
    scoringRole('r7', [{ skill: 'g', importance: 3, level: 2 }, { skill: 'a', importance: 3, level: 2 }]),
  ],
};
const prepared = prepareCatalogue(input);

describe('nextQuestion', () => {
  it('asks first the skill whose share of the score varies most across the leading roles', () => {
    const next = nextQuestion(prepared, {});
    // 'a' is worth 71% in r1 and r3 and 60% in r7; nothing else is spread as widely.
    expect(next.skillId).toBe('a');
    expect(next.settled).toBe(false);
    expect(next.leading).toHaveLength(5);
  });

  it('never asks an answered skill and asks the one nobody needs last', () => {
    const asked: string[] = [];
    const answers: Record<string, number> = {};
    for (;;) {
      const next = nextQuestion(prepared, answers);
      if (next.skillId === null) break;
      expect(asked).not.toContain(next.skillId);
      asked.push(next.skillId);
      answers[next.skillId] = 2;
    }
    expect(asked).toHaveLength(ids.length);
    expect(asked.at(-1)).toBe('h');
    expect(nextQuestion(prepared, answers)).toMatchObject({ skillId: null, settled: true });
  });

  it('reports settled once no role outside the top 5 can overtake one inside it', () => {
    // r1, r3 fully met; r5 met; r2, r4 can still reach 100 through b, so not settled yet.
    const partial: Profile = { a: 3, c: 2, d: 2, e: 2 };
    expect(nextQuestion(prepared, partial).settled).toBe(false);
    // b answered at 0: r2 and r4 are capped well below the top five.
    const settled = nextQuestion(prepared, { ...partial, b: 0 });
    expect(settled).toMatchObject({ settled: true, certain: true });
    expect(settled.leading.slice(0, 2)).toEqual(['r1', 'r3']);
    expect(settled.skillId).not.toBeNull();
  });

  it('leaves the top 5 unsettled while one open skill could still lift two roles into it', () => {
    // r1, r3, r5 are met; r6 and r7 hold places 4-5; r2 and r4 wait on b.
    const answers = { b: 1, a: 3, c: 2, d: 2, e: 2, f: 2, g: 2 };
    const next = nextQuestion(prepared, answers, undefined, { history: ['a', 'c', 'd', 'e', 'f', 'g', 'b'] });
    expect(next.skillId).toBe('h');
    expect(next).toMatchObject({ certain: true, settled: true });
    // With b unanswered, b could still lift r2 and r4: not stable, not certain.
    const open = nextQuestion(prepared, { a: 3, c: 2, d: 2, e: 2, f: 2, g: 2 });
    expect(open).toMatchObject({ settled: false, certain: false });
  });

  it('settles at once when five roles or fewer are left after preferences', () => {
    const fewer = prepareCatalogue({ skills: input.skills, roles: input.roles.slice(0, 5) });
    expect(nextQuestion(fewer, {}).settled).toBe(true);
    const zoned = prepareCatalogue({
      skills: input.skills,
      roles: input.roles.map((r, i) => ({ ...r, education: { typical: 'bachelor', jobZone: { zone: i < 4 ? 3 : 5 } } })),
    });
    const next = nextQuestion(zoned, {}, { leadership: 0, industries: [], maxJobZone: 4 });
    expect(next.settled).toBe(true);
    expect(next.leading.sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('rejects bad answers like the other functions', () => {
    expect(() => nextQuestion(prepared, { z: 1 })).toThrow(/unknown skill id "z" in the answers/);
    expect(() => nextQuestion(prepared, { a: 4.5 })).toThrow(/answers level for "a" is 4.5/);
  });
});
