// @vitest-environment node
import {
  choose,
  expectedOutcome,
  macro,
  outcomeOfRank,
  quantile,
  summarise,
  tiedOutcome,
  type Outcome,
} from '../../scripts/lib/survey/metrics';

/** Every ordering of `total` roles, hits being roles 0..hits-1: the exact mean outcome. */
function bruteForce(hits: number, total: number, offset = 0): Outcome {
  const perms: number[][] = [];
  const permute = (rest: number[], acc: number[]) => {
    if (rest.length === 0) perms.push(acc);
    rest.forEach((x, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, x]));
  };
  permute([...Array(total).keys()], []);
  return summarise(
    perms.map((p) => outcomeOfRank(offset + p.findIndex((role) => role < hits) + 1)),
  );
}

describe('eval:survey metrics', () => {
  it('reads top-k and reciprocal rank off the best rank', () => {
    expect(outcomeOfRank(1)).toEqual({ top1: 1, top3: 1, top5: 1, rr: 1 });
    expect(outcomeOfRank(3)).toEqual({ top1: 0, top3: 1, top5: 1, rr: 1 / 3 });
    expect(outcomeOfRank(6)).toEqual({ top1: 0, top3: 0, top5: 0, rr: 1 / 6 });
    expect(() => outcomeOfRank(0)).toThrow();
  });

  it('computes binomial coefficients', () => {
    expect(choose(5, 2)).toBe(10);
    expect(choose(32, 1)).toBe(32);
    expect(choose(4, 5)).toBe(0);
    expect(choose(30, 15)).toBeCloseTo(155117520, 0);
  });

  it('gives the exact random expectation: one hit among N is k/N for top-k and H_N/N for MRR', () => {
    const r = expectedOutcome(1, 32);
    expect(r.top1).toBeCloseTo(1 / 32, 12);
    expect(r.top3).toBeCloseTo(3 / 32, 12);
    expect(r.top5).toBeCloseTo(5 / 32, 12);
    let harmonic = 0;
    for (let i = 1; i <= 32; i++) harmonic += 1 / i;
    expect(r.rr).toBeCloseTo(harmonic / 32, 12);
  });

  it('matches enumeration of every ordering for several hits, with and without misses above', () => {
    for (const [h, n, offset] of [
      [2, 4, 0],
      [2, 6, 0],
      [3, 6, 0],
      [1, 5, 2],
      [2, 5, 1],
    ] as const) {
      const exact = expectedOutcome(h, n, offset);
      const brute = bruteForce(h, n, offset);
      for (const k of ['top1', 'top3', 'top5', 'rr'] as const)
        expect(exact[k]).toBeCloseTo(brute[k], 12);
    }
    // Worked by hand: 2 hits among 4 places, best at 1 (p 1/2), 2 (p 1/3) or 3 (p 1/6).
    expect(expectedOutcome(2, 4).rr).toBeCloseTo(1 / 2 + 1 / 3 / 2 + 1 / 6 / 3, 12);
  });

  it('scores ties at their expected value instead of by name', () => {
    const scores = new Map([
      ['a', 5],
      ['b', 3],
      ['c', 3],
      ['d', 3],
      ['e', 1],
    ]);
    // One role above, then a hit tied with two misses: rank 2, 3 or 4 with equal chance.
    const tied = tiedOutcome(scores, ['c']);
    expect(tied.top1).toBe(0);
    expect(tied.top3).toBeCloseTo(2 / 3, 12);
    expect(tied.top5).toBe(1);
    expect(tied.rr).toBeCloseTo((1 / 2 + 1 / 3 + 1 / 4) / 3, 12);
    // The best-scoring hit decides; a lower hit does not matter.
    expect(tiedOutcome(scores, ['a', 'e'])).toEqual(outcomeOfRank(1));
  });

  it('averages macro over titles and micro over people', () => {
    const big = summarise([outcomeOfRank(1), outcomeOfRank(1), outcomeOfRank(1)]);
    const small = summarise([outcomeOfRank(4)]);
    const micro = summarise([
      outcomeOfRank(1),
      outcomeOfRank(1),
      outcomeOfRank(1),
      outcomeOfRank(4),
    ]);
    const m = macro([big, small]);
    expect(m.top1).toBeCloseTo(0.5, 12);
    expect(micro.top1).toBeCloseTo(0.75, 12);
    expect(m.rr).toBeCloseTo((1 + 0.25) / 2, 12);
    expect(m.n).toBe(4);
    // A title with nobody in it does not drag the macro average.
    expect(macro([big, summarise([])]).top1).toBe(1);
  });

  it('takes nearest-rank quantiles', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(xs, 0.5)).toBe(5);
    expect(quantile(xs, 0.1)).toBe(1);
    expect(quantile(xs, 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBe(0);
  });
});
