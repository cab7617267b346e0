// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importanceFromIm, levelFromLv, round1 } from '../../scripts/lib/onet-convert';

describe('levelFromLv', () => {
  it('maps the ends and the middle of the O*NET 0-7 scale onto 0-4', () => {
    expect(levelFromLv(0)).toBe(0);
    expect(levelFromLv(3.5)).toBe(2);
    expect(levelFromLv(7)).toBe(4);
  });

  it('rounds LV x 4/7 to one decimal', () => {
    expect(levelFromLv(5.12)).toBe(2.9); // 2.926
    expect(levelFromLv(4.38)).toBe(2.5); // 2.503
    expect(levelFromLv(4)).toBe(2.3); // 2.286
    expect(levelFromLv(0.12)).toBe(0.1); // 0.069
  });

  it('stays within 0-4 and never falls as LV rises', () => {
    const lv = fc.double({ min: 0, max: 7, noNaN: true });
    fc.assert(
      fc.property(lv, lv, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(levelFromLv(lo)).toBeGreaterThanOrEqual(0);
        expect(levelFromLv(hi)).toBeLessThanOrEqual(4);
        expect(levelFromLv(lo)).toBeLessThanOrEqual(levelFromLv(hi));
      }),
    );
  });
});

describe('importanceFromIm', () => {
  it('keeps the 1-5 scale and rounds to one decimal, halves upward', () => {
    expect(importanceFromIm(1)).toBe(1);
    expect(importanceFromIm(4.62)).toBe(4.6);
    expect(importanceFromIm(3.88)).toBe(3.9);
    expect(importanceFromIm(3.25)).toBe(3.3);
    expect(importanceFromIm(5)).toBe(5);
  });
});

describe('round1', () => {
  it('is not fooled by binary artefacts such as 1.15 x 10 = 11.4999…', () => {
    expect(round1(1.15)).toBe(1.2);
    expect(round1(2.675)).toBe(2.7);
  });

  it('is always within 0.05 of its input and has at most one decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 7, noNaN: true }), (x) => {
        const r = round1(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(
          Number.isInteger(Math.round(r * 10)) && Math.abs(r * 10 - Math.round(r * 10)) < 1e-9,
        ).toBe(true);
      }),
    );
  });
});
