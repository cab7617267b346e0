import { describe, expect, it } from 'vitest';
import skillsFile from '../../../data/skills.json';
import { EXAMPLE_PROFILE, exampleAnswers } from '@/features/results/example-profile';

describe('the example profile', () => {
  it('only names skills that exist in the real catalogue, with levels 0-4', () => {
    const ids = new Set(skillsFile.skills.map((s) => s.id));
    for (const [id, level] of Object.entries(EXAMPLE_PROFILE.answers)) {
      expect(ids, `example skill "${id}"`).toContain(id);
      expect([0, 1, 2, 3, 4]).toContain(level);
    }
  });

  it('drops skills a catalogue does not have, so the engine never sees an unknown id', () => {
    expect(exampleAnswers(['sql', 'python', 'unknown'])).toEqual({ sql: 3, python: 2 });
  });
});
