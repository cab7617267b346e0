import { describe, expect, it } from 'vitest';
import { chartRows } from '@/features/fit/chart-rows';
import type { SkillContribution } from '@/scoring';

const row = (skillId: string, have: number | null, required: number): SkillContribution => ({
  skillId,
  have,
  required,
  importance: 4,
  points: 0,
  maxPoints: 10,
  status: 'partial',
  defining: false,
});

describe('chartRows', () => {
  it('draws the same whole levels the table shows: a 2.6 requirement as 3, no answer as 0', () => {
    const rows = chartRows([row('communication', 2, 2.6), row('sql', null, 3)], (id) =>
      id.toUpperCase(),
    );
    expect(rows).toEqual([
      { name: 'COMMUNICATION', you: 2, required: 3 },
      { name: 'SQL', you: 0, required: 3 },
    ]);
  });
});
