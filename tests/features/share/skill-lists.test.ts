import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalSkillOrder,
  decodeShare,
  encodeShare,
  skillListChecksum,
} from '@/features/share/codec';
import { SHARE_SKILL_LISTS } from '@/features/share/skill-lists';

const OLD = ['python', 'sql', 'statistics', 'retired-skill'];
// The next catalogue: sql renamed, retired-skill removed, a new skill added.
const NEW = ['python', 'sql-querying', 'statistics', 'new-skill'];
const history = {
  lists: { [skillListChecksum(OLD)]: canonicalSkillOrder(OLD) },
  aliases: { sql: 'sql-querying' },
};

describe('a share link made with an older skill list', () => {
  const code = encodeShare(
    { answers: { python: 2, sql: 3, 'retired-skill': 4 }, preferences: null },
    OLD,
  );

  it('decodes on the new catalogue: renamed answers move, removed ones drop out', () => {
    expect(decodeShare(code, NEW, history)).toEqual({
      ok: true,
      data: { answers: { python: 2, 'sql-querying': 3 }, preferences: null },
    });
  });

  it('is refused, with advice to update, when its list is not kept', () => {
    const result = decodeShare(code, NEW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('catalogue-changed');
      expect(result.message).toMatch(/reload to update/i);
    }
  });

  it('still refuses a level string that does not fit the kept list', () => {
    const other = encodeShare({ answers: { python: 1 }, preferences: null }, [...OLD, 'x']);
    const lists = { [skillListChecksum([...OLD, 'x'])]: canonicalSkillOrder(OLD) };
    expect(decodeShare(other, NEW, { lists, aliases: {} }).ok).toBe(false);
  });
});

describe('data/share-skill-lists.json', () => {
  it('keeps today’s skill list under its checksum, and every list under its own checksum', () => {
    const skills = (
      JSON.parse(readFileSync('data/skills.json', 'utf8')) as { skills: { id: string }[] }
    ).skills.map((s) => s.id);
    const order = canonicalSkillOrder(skills);
    expect(
      SHARE_SKILL_LISTS[skillListChecksum(order)],
      'add the current skill list to data/share-skill-lists.json under its checksum',
    ).toEqual(order);
    for (const [checksum, list] of Object.entries(SHARE_SKILL_LISTS))
      expect(skillListChecksum(list)).toBe(checksum);
  });
});
