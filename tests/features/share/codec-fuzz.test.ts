/**
 * Fuzzes share-link decoding with 10,000+ hostile inputs: every one gets a clear result, nothing
 * throws, and nothing but skill levels and preferences can come out of a link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '@/catalogue/schema';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH } from '@/features/share/codec';

const SKILL_IDS = ['python', 'sql', 'statistics', 'machine-learning', 'data-governance', 'nlp'];
const KNOWN_REASONS = [
  'empty',
  'too-long',
  'malformed',
  'unsupported-version',
  'catalogue-changed',
];

function expectSafe(input: unknown) {
  const result = decodeShare(input, SKILL_IDS);
  if (result.ok) {
    for (const [id, level] of Object.entries(result.data.answers)) {
      expect(SKILL_IDS).toContain(id);
      expect([0, 1, 2, 3, 4]).toContain(level);
    }
    const prefs = result.data.preferences;
    if (prefs) {
      expect(Math.abs(prefs.leadership)).toBeLessThanOrEqual(1);
      for (const id of prefs.industries) expect(Object.keys(INDUSTRIES)).toContain(id);
    }
  } else {
    expect(KNOWN_REASONS).toContain(result.reason);
    expect(result.message.length).toBeGreaterThan(10);
  }
  return result;
}

const answers = fc.dictionary(fc.constantFrom(...SKILL_IDS), fc.integer({ min: 0, max: 4 }));
const validCode = answers.map((a) => encodeShare({ answers: a, preferences: null }, SKILL_IDS));
const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{"__proto__":{"polluted":true}}',
  '1.' + btoa('{"c":"x","l":"<script>"}'),
  '1.' + btoa('{"__proto__":{"ok":true},"c":"1","l":""}'),
];

describe('decodeShare under fuzzing', { timeout: 120_000 }, () => {
  it('answers 4,000 random strings with a clear result', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (s) => void expectSafe(s)),
      { numRuns: 4000 },
    );
  });

  it('answers 2,000 random values of any type', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => void expectSafe(v)),
      { numRuns: 2000 },
    );
  });

  it('rejects 2,000 truncated valid codes, or reads them exactly', () => {
    fc.assert(
      fc.property(validCode, fc.nat(), (code, cut) => {
        const truncated = code.slice(0, cut % code.length);
        const result = expectSafe(truncated);
        if (result.ok) expect(truncated).toBe(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses 1,000 codes of unknown versions', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 2, max: 999_999 }), (code, version) => {
        const result = expectSafe(code.replace(/^1\./, `${version}.`));
        expect(result).toMatchObject({ ok: false, reason: 'unsupported-version' });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses 1,000 base64 bodies of arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const body = btoa(unescape(encodeURIComponent(JSON.stringify(json) ?? 'null')))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
        expectSafe(`1.${body}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses huge links before parsing them', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_SHARE_LENGTH + 1, max: 200_000 }), (length) => {
        expect(expectSafe('1.' + 'A'.repeat(length))).toMatchObject({
          ok: false,
          reason: 'too-long',
        });
      }),
      { numRuns: 50 },
    );
  });

  it('never executes or passes through script payloads', () => {
    for (const payload of payloads) {
      const result = expectSafe(payload);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(/script|onerror|alert/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
