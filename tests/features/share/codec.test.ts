import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '@/catalogue/schema';
import {
  MAX_SHARE_LENGTH,
  decodeShare,
  encodeShare,
  skillListChecksum,
  type SharedProfile,
} from '@/features/share/codec';

const SKILLS = ['sql', 'python', 'statistics', 'machine-learning', 'stakeholder-communication'];
const industryIds = Object.keys(INDUSTRIES);

const profileArb = fc.record({
  answers: fc.dictionary(fc.constantFrom(...SKILLS), fc.integer({ min: 0, max: 4 })),
  preferences: fc.option(
    fc.record({
      // -0 is written as 0 in a code; the arbitrary uses the canonical form.
      leadership: fc.double({ min: -1, max: 1, noNaN: true }).map((x) => x || 0),
      industries: fc.uniqueArray(fc.constantFrom(...industryIds)),
      maxJobZone: fc.option(fc.integer({ min: 1, max: 5 })),
    }),
  ),
});

describe('encodeShare / decodeShare', () => {
  it('round-trips any answers and preferences exactly', () => {
    fc.assert(
      fc.property(profileArb, (profile: SharedProfile) => {
        const result = decodeShare(encodeShare(profile, SKILLS), SKILLS);
        expect(result).toEqual({ ok: true, data: profile });
      }),
    );
  });

  it('does not depend on the order the catalogue lists its skills in', () => {
    const profile: SharedProfile = { answers: { sql: 3, python: 1 }, preferences: null };
    const code = encodeShare(profile, SKILLS);
    const result = decodeShare(code, [...SKILLS].reverse());
    expect(result).toEqual({ ok: true, data: profile });
  });

  it('drops answers for skills the catalogue does not have and out-of-range levels', () => {
    const code = encodeShare(
      { answers: { sql: 2, ghost: 4, python: 7 }, preferences: null },
      SKILLS,
    );
    expect(decodeShare(code, SKILLS)).toEqual({
      ok: true,
      data: { answers: { sql: 2 }, preferences: null },
    });
  });

  it('keeps codes compact: a full profile over 60 skills stays under 200 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => `skill-${i}`);
    const answers = Object.fromEntries(many.map((id, i) => [id, i % 5]));
    const code = encodeShare(
      { answers, preferences: { leadership: 0.5, industries: ['finance'], maxJobZone: 4 } },
      many,
    );
    expect(code.length).toBeLessThan(200);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it('rejects a code made against a different skill list instead of mis-assigning levels', () => {
    const code = encodeShare({ answers: { sql: 4 }, preferences: null }, SKILLS);
    const renamed = [...SKILLS.slice(1), 'structured-query-language'];
    expect(decodeShare(code, renamed)).toMatchObject({ ok: false, reason: 'catalogue-changed' });
    expect(decodeShare(code, [...SKILLS, 'spark'])).toMatchObject({
      ok: false,
      reason: 'catalogue-changed',
    });
  });

  it('accepts a code with or without the leading # of the URL fragment', () => {
    const code = encodeShare({ answers: { sql: 1 }, preferences: null }, SKILLS);
    expect(decodeShare(`#${code}`, SKILLS).ok).toBe(true);
  });

  it.each([
    ['an empty string', '', 'empty'],
    ['just a hash', '#', 'empty'],
    ['a future version', '2.eyJjIjoiYSJ9', 'unsupported-version'],
    ['no version', 'eyJjIjoiYSJ9', 'malformed'],
    ['bad base64', '1.@@@', 'malformed'],
    ['base64 of non-JSON', `1.${btoa('hello').replace(/=+$/, '')}`, 'malformed'],
    ['JSON of the wrong shape', `1.${btoa('{"c":"x","l":"9"}').replace(/=+$/, '')}`, 'malformed'],
    ['a script tag', '1.<script>alert(1)</script>', 'malformed'],
    ['a number', 42, 'malformed'],
    ['null', null, 'malformed'],
    ['an object', { ok: true }, 'malformed'],
  ])('rejects %s with a reason', (_label, input, reason) => {
    const result = decodeShare(input, SKILLS);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('rejects codes longer than 4 KB before parsing them', () => {
    const valid = encodeShare({ answers: { sql: 1 }, preferences: null }, SKILLS);
    const huge = valid + 'A'.repeat(MAX_SHARE_LENGTH);
    expect(decodeShare(huge, SKILLS)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('rejects preferences with unknown industries, duplicates or out-of-range values', () => {
    const checksum = skillListChecksum(SKILLS);
    const make = (p: unknown) =>
      `1.${btoa(JSON.stringify({ c: checksum, l: '-----', p }))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')}`;
    expect(decodeShare(make({ l: 0, i: [], z: null }), SKILLS).ok).toBe(true);
    expect(decodeShare(make({ l: 2, i: [], z: null }), SKILLS).ok).toBe(false);
    expect(decodeShare(make({ l: 0, i: ['mars'], z: null }), SKILLS).ok).toBe(false);
    expect(decodeShare(make({ l: 0, i: ['finance', 'finance'], z: null }), SKILLS).ok).toBe(false);
    expect(decodeShare(make({ l: 0, i: [], z: 9 }), SKILLS).ok).toBe(false);
    expect(decodeShare(make({ l: 0, i: [], z: null, extra: 1 }), SKILLS).ok).toBe(false);
  });

  it('never throws and always answers ok or a reason, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.base64String({ maxLength: 300 }).map((s) => `1.${s}`),
          fc.anything(),
        ),
        (input) => {
          const result = decodeShare(input, SKILLS);
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) {
            for (const [id, level] of Object.entries(result.data.answers)) {
              expect(SKILLS).toContain(id);
              expect([0, 1, 2, 3, 4]).toContain(level);
            }
          } else {
            expect(result.message).toBeTruthy();
          }
        },
      ),
      { numRuns: 1000 },
    );
    // Generous: the machine is shared, and fc.anything() builds large values.
  }, 30_000);
});

describe('decodeShare on links pasted from chat apps', () => {
  const profile: SharedProfile = { answers: { sql: 3, python: 1 }, preferences: null };
  const code = encodeShare(profile, SKILLS);
  const pasted = [
    `${code}.`,
    `${code})`,
    `${code},`,
    `${code}).`,
    `${code}"`,
    `${code}%29`,
    `#${code}&utm_source=chat&utm_medium=share`,
    `${code}?fbclid=abc123`,
    `${code}&utm_campaign=x).`,
    `  #${code}.  `,
  ];
  for (const text of pasted) {
    it(`reads ${JSON.stringify(text.replace(code, '<code>'))}`, () => {
      expect(decodeShare(text, SKILLS)).toEqual({ ok: true, data: profile });
    });
  }

  it('still refuses a code cut short', () => {
    expect(decodeShare(`${code.slice(0, -3)}.`, SKILLS).ok).toBe(false);
  });
});
