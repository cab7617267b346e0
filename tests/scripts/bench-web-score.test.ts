import {
  blockingTimeAfter,
  cumulativeLayoutShift,
  logNormalScore,
  metricScore,
  MOBILE_CURVES,
  performanceScore,
} from '../../scripts/lib/bench-web/score';

describe('the Lighthouse mobile curves', () => {
  it('hold Lighthouse 10+ control points and weights, which sum to 1', () => {
    expect(MOBILE_CURVES).toEqual({
      fcp: { p10: 1800, median: 3000, weight: 0.1 },
      si: { p10: 3387, median: 5800, weight: 0.1 },
      lcp: { p10: 2500, median: 4000, weight: 0.25 },
      tbt: { p10: 200, median: 600, weight: 0.3 },
      cls: { p10: 0.1, median: 0.25, weight: 0.25 },
    });
    const total = Object.values(MOBILE_CURVES).reduce((sum, c) => sum + c.weight, 0);
    expect(total).toBeCloseTo(1, 10);
  });
});

describe('logNormalScore', () => {
  const tbt = MOBILE_CURVES.tbt;

  it('scores 0.90 at p10 and 0.50 at the median', () => {
    expect(logNormalScore(tbt, 200)).toBeCloseTo(0.9, 6);
    expect(logNormalScore(tbt, 600)).toBeCloseTo(0.5, 6);
    expect(logNormalScore(MOBILE_CURVES.cls, 0.1)).toBeCloseTo(0.9, 6);
  });

  it('falls as the value grows, from 1 at zero towards 0', () => {
    const values = [0, 50, 100, 200, 300, 600, 1000, 3000, 20_000];
    const scores = values.map((v) => logNormalScore(tbt, v));
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores.at(-1)).toBeLessThan(0.01);
  });

  it('never lets a value miss a control point and still earn its score, or the reverse', () => {
    expect(logNormalScore(tbt, 200.001)).toBeLessThan(0.9);
    expect(logNormalScore(tbt, 199.999)).toBeGreaterThanOrEqual(0.9);
    expect(logNormalScore(tbt, 600.001)).toBeLessThan(0.5);
    expect(logNormalScore(tbt, 599.999)).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses control points the wrong way round', () => {
    expect(() => logNormalScore({ p10: 600, median: 200 }, 100)).toThrow(/p10 < median/);
  });
});

describe('metricScore', () => {
  it('reports two digits, rounded down, with a small boost above 0.90 so 1 is reachable', () => {
    const lcp = MOBILE_CURVES.lcp;
    expect(metricScore(lcp, 2500)).toBe(0.9);
    expect(metricScore(lcp, 4000)).toBe(0.5);
    expect(metricScore(lcp, 0)).toBe(1);
    // Without the boost the curve only nears 1; with it a fast page gets the full score.
    expect(logNormalScore(lcp, 1200)).toBeLessThan(1);
    expect(metricScore(lcp, 1200)).toBe(1);
    const raw = logNormalScore(lcp, 3000);
    expect(metricScore(lcp, 3000)).toBe(Math.floor(raw * 100) / 100);
  });
});

describe('performanceScore', () => {
  it('is the weighted mean of the metric scores, times 100', () => {
    const atMedian = performanceScore({ fcp: 3000, si: 5800, lcp: 4000, tbt: 600, cls: 0.25 });
    expect(atMedian).toEqual({
      score: 50,
      metrics: { fcp: 0.5, si: 0.5, lcp: 0.5, tbt: 0.5, cls: 0.5 },
      leftOut: [],
    });
    // TBT carries 30%: a perfect page but for TBT at its median loses 15 points.
    expect(performanceScore({ fcp: 0, si: 0, lcp: 0, tbt: 600, cls: 0 }).score).toBe(85);
  });

  it('shares a metric left out (Speed Index) among the others by their weights', () => {
    const estimate = performanceScore({ fcp: 1800, lcp: 0, tbt: 0, cls: 0 });
    expect(estimate.leftOut).toEqual(['si']);
    // (0.1 × 0.90 + 0.25 + 0.30 + 0.25) / 0.90 = 0.9889
    expect(estimate.score).toBe(99);
    expect(performanceScore({ fcp: 1800, lcp: 0, tbt: Number.NaN, cls: 0 }).leftOut).toEqual([
      'si',
      'tbt',
    ]);
    expect(performanceScore({}).score).toBeNaN();
  });
});

describe('cumulativeLayoutShift', () => {
  const shift = (startTime: number, value: number, hadRecentInput = false) => ({
    startTime,
    value,
    hadRecentInput,
  });

  it('is the largest session window: shifts under 1 s apart add up, a 1 s gap starts anew', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
    expect(
      cumulativeLayoutShift([shift(0, 0.05), shift(500, 0.05), shift(3000, 0.08)]),
    ).toBeCloseTo(0.1, 10);
    expect(
      cumulativeLayoutShift([shift(3000, 0.08), shift(0, 0.05), shift(1600, 0.05)]),
    ).toBeCloseTo(0.08, 10);
  });

  it('caps a window at 5 s and leaves out shifts right after input', () => {
    const steady = Array.from({ length: 10 }, (_, i) => shift(i * 900, 0.01));
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.06, 10);
    expect(cumulativeLayoutShift([shift(0, 0.3, true), shift(100, 0.02)])).toBeCloseTo(0.02, 10);
  });
});

describe('blockingTimeAfter', () => {
  it('counts only the part of each long task after FCP, beyond 50 ms', () => {
    const tasks = [
      { start: 0, duration: 300 }, // 200 ms after FCP at 100: 150 blocking
      { start: 50, duration: 120 }, // 70 ms after FCP: 20 blocking
      { start: 400, duration: 60 }, // 10
      { start: 600, duration: 40 }, // short
      { start: 1000, duration: 200 }, // after the end at 1100: 100 ms counted, 50 blocking
    ];
    expect(blockingTimeAfter(tasks, 100, 1100)).toBe(150 + 20 + 10 + 50);
    expect(blockingTimeAfter(tasks, 0)).toBe(250 + 70 + 10 + 150);
  });
});
