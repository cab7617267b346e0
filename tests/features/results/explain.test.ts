import { describe, expect, it } from 'vitest';
import { explainFit, skillsToTry } from '@/features/results/explain';
import type { RoleScore, SkillContribution } from '@/scoring';

const c = (
  skillId: string,
  points: number,
  maxPoints: number,
  status: SkillContribution['status'],
  have: number | null = 1,
) =>
  ({
    skillId,
    points,
    maxPoints,
    status,
    importance: 3,
    required: 3,
    have,
    defining: false,
  }) as SkillContribution;

const role = (roleId: string, contributions: SkillContribution[]): RoleScore => ({
  roleId,
  score: 0,
  contributions,
  met: 0,
  partial: 0,
  missing: 0,
  unrated: 0,
  confidence: 1,
  limit: null,
  setAside: false,
  unratedDefining: [],
});

describe('explainFit', () => {
  it('never names a skill that was not rated as the biggest gap', () => {
    const why = explainFit(
      role('r', [
        c('sql', 20, 20, 'met'),
        c('ml', 0, 40, 'missing', null),
        c('viz', 1, 4, 'partial'),
      ]),
    );
    expect(why.gap?.skillId).toBe('viz');
    expect(explainFit(role('r', [c('ml', 0, 40, 'missing', null)])).gap).toBeNull();
  });

  it('names the two skills adding the most points and the unmet skill losing the most', () => {
    const why = explainFit(
      role('r', [
        c('sql', 20, 20, 'met'),
        c('python', 5, 15, 'partial'),
        c('stats', 12, 12, 'met'),
        c('ml', 0, 25, 'missing'),
        c('viz', 1, 2, 'partial'),
      ]),
    );
    expect(why.carriers.map((x) => x.skillId)).toEqual(['sql', 'stats']);
    expect(why.gap?.skillId).toBe('ml');
  });

  it('reports no gap when every skill is met and no carriers when nothing scores', () => {
    expect(explainFit(role('r', [c('sql', 10, 10, 'met')])).gap).toBeNull();
    expect(explainFit(role('r', [c('sql', 0, 10, 'missing')])).carriers).toEqual([]);
  });
});

describe('skillsToTry', () => {
  it('puts first the defining skill that holds a role back', () => {
    const held = {
      ...role('a', [c('sql', 1, 30, 'partial'), c('python', 0, 40, 'missing')]),
      score: 33,
      limit: { skillId: 'sql', have: 1, required: 3, cap: 33 },
    };
    expect(skillsToTry([held], 2)).toEqual(['sql', 'python']);
    // A limit that does not bind (the score is below it) adds nothing of its own.
    expect(skillsToTry([{ ...held, score: 20 }], 2)).toEqual(['python', 'sql']);
  });

  it('orders unmet skills of the top roles by the points they cost, weighted by place and summed', () => {
    const ranked = [
      role('a', [c('ml', 0, 10, 'missing'), c('sql', 5, 5, 'met')]),
      role('b', [c('python', 2, 10, 'partial'), c('ml', 5, 10, 'partial')]),
      role('c', [c('stats', 0, 4, 'missing')]),
      role('d', [c('ignored', 0, 100, 'missing')]),
    ];
    // The caller passes the top three; the fourth role's skills never count.
    expect(skillsToTry(ranked.slice(0, 3), 6)).toEqual(['ml', 'python', 'stats']);
    expect(skillsToTry(ranked.slice(0, 3), 1)).toEqual(['ml']);
    expect(skillsToTry(ranked, 6)).toContain('ignored');
    // A skill not rated yet can be tried too: a what-if shows what rating it would do.
    expect(skillsToTry([role('a', [c('ml', 0, 10, 'missing', null)])], 1)).toEqual(['ml']);
  });
});
