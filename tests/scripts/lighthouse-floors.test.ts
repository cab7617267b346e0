// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatSummaryTable,
  missedFloors,
  readRun,
  summariseRuns,
  type LighthouseResultLike,
  type LighthouseRun,
} from '../../scripts/lib/lighthouse/floors';

function lhr(overrides: Partial<Record<string, number>> = {}, failing: string[] = []) {
  const category = (score: number, ids: string[]) => ({
    score,
    auditRefs: ids.map((id) => ({ id, weight: 1 })),
  });
  const result: LighthouseResultLike = {
    categories: {
      performance: category(overrides.performance ?? 0.99, []),
      accessibility: category(1, ['color-contrast']),
      'best-practices': category(1, ['errors-in-console']),
      seo: category(overrides.seo ?? 1, ['meta-description', 'robots-txt']),
    },
    audits: {
      'first-contentful-paint': { score: 1, numericValue: 900 },
      'largest-contentful-paint': { score: 1, numericValue: overrides.lcp ?? 1000 },
      'total-blocking-time': { score: 1, numericValue: overrides.tbt ?? 10 },
      'cumulative-layout-shift': { score: 1, numericValue: 0 },
      'color-contrast': { score: 1 },
      'errors-in-console': { score: 1 },
      'meta-description': { score: failing.includes('meta-description') ? 0 : 1 },
      'robots-txt': { score: null },
    },
  };
  return result;
}

const run = (o: Partial<LighthouseRun> = {}): LighthouseRun => ({
  ...readRun(lhr()),
  ...o,
});

describe('reading a Lighthouse result', () => {
  it('takes the four category scores as whole numbers and the metric figures', () => {
    const r = readRun(lhr({ performance: 0.975, lcp: 1234, tbt: 42 }));
    expect(r).toMatchObject({
      performance: 98,
      accessibility: 100,
      seo: 100,
      lcpMs: 1234,
      tbtMs: 42,
    });
  });

  it('names the failed audits of the non-performance categories, leaving out unscored ones', () => {
    expect(readRun(lhr({ seo: 0.9 }, ['meta-description'])).failedAudits).toEqual([
      'meta-description',
    ]);
  });

  it('refuses a result without a metric figure', () => {
    const broken = lhr();
    delete broken.audits['total-blocking-time'];
    expect(() => readRun(broken)).toThrow(/total-blocking-time/);
  });
});

describe("issue 11's floors", () => {
  it('pass a page at or under every floor', () => {
    const s = summariseRuns('role', [run({ lcpMs: 1100, tbtMs: 50, performance: 98 })], 1000);
    expect(s.lcpRatio).toBeCloseTo(1.1);
    expect(missedFloors(s)).toEqual([]);
  });

  it('name each floor a page misses, on the medians of its runs', () => {
    const runs = [
      run({ lcpMs: 1200, tbtMs: 60, performance: 97, seo: 92 }),
      run({ lcpMs: 1300, tbtMs: 70, performance: 96, seo: 92 }),
      run({ lcpMs: 900, tbtMs: 0, performance: 100 }),
    ];
    const s = summariseRuns('role', runs, 1000);
    expect(s.lcpMs).toBe(1200);
    expect(missedFloors(s)).toEqual([
      'LCP 1.20× the bare page (floor ≤ 1.1×)',
      'performance 97 (floor ≥ 98)',
      'TBT 60 ms (floor ≤ 50 ms)',
      'SEO 92 (floor 100)',
    ]);
  });

  it('print one row per page', () => {
    const table = formatSummaryTable([summariseRuns('home', [run()], 2000)]);
    expect(table.split('\n')).toHaveLength(2);
    expect(table).toMatch(/home\s+99\s+100\s+100\s+100\s+900 ms\s+1000 ms\s+0\.50×\s+10 ms/);
  });
});
