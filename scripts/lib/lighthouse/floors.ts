/**
 * Pure helpers for `npm run bench:lighthouse`: one Lighthouse report reduced to the figures issue
 * 11 asks for, medians over runs, and the check against its floors. No Node or browser APIs.
 */
import { median } from '../bench-web/report';

/** One Lighthouse run of one page. */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Ids of the scored audits that did not pass, for the categories other than performance. */
  failedAudits: string[];
}

/** The slice of a Lighthouse result (LHR) that LighthouseRun is read from. */
export interface LighthouseResultLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
}

const percent = (score: number | null | undefined) => Math.round((score ?? 0) * 100);

export function readRun(lhr: LighthouseResultLike): LighthouseRun {
  const number = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse result has no ${id} figure`);
    return value;
  };
  const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ref.id)
      .filter((id) => {
        const score = lhr.audits[id]?.score;
        return score !== null && score !== undefined && score < 1;
      }),
  );
  return {
    performance: percent(lhr.categories.performance?.score),
    accessibility: percent(lhr.categories.accessibility?.score),
    bestPractices: percent(lhr.categories['best-practices']?.score),
    seo: percent(lhr.categories.seo?.score),
    fcpMs: number('first-contentful-paint'),
    lcpMs: number('largest-contentful-paint'),
    tbtMs: number('total-blocking-time'),
    cls: number('cumulative-layout-shift'),
    failedAudits,
  };
}

/** A page's medians over its runs, with LCP as a multiple of the bare page's median LCP. */
export interface LighthouseSummary extends Omit<LighthouseRun, 'failedAudits'> {
  page: string;
  runs: number;
  lcpRatio: number;
  /** Every audit that failed in any run. */
  failedAudits: string[];
}

export function summariseRuns(
  page: string,
  runs: readonly LighthouseRun[],
  bareLcpMs: number,
): LighthouseSummary {
  if (runs.length === 0) throw new Error(`no Lighthouse runs for ${page}`);
  const m = (pick: (r: LighthouseRun) => number) => median(runs.map(pick));
  const lcpMs = m((r) => r.lcpMs);
  return {
    page,
    runs: runs.length,
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    bestPractices: m((r) => r.bestPractices),
    seo: m((r) => r.seo),
    fcpMs: m((r) => r.fcpMs),
    lcpMs,
    tbtMs: m((r) => r.tbtMs),
    cls: m((r) => r.cls),
    lcpRatio: bareLcpMs > 0 ? lcpMs / bareLcpMs : Number.NaN,
    failedAudits: [...new Set(runs.flatMap((r) => r.failedAudits))].sort(),
  };
}

/** Issue 11's floors for home and a role page, Lighthouse mobile, beside the bare page. */
export const FLOORS = {
  maxLcpRatio: 1.1,
  minPerformance: 98,
  maxTbtMs: 50,
  minOtherCategories: 100,
} as const;

/** What misses a floor, in words; empty when the page meets them all. */
export function missedFloors(s: LighthouseSummary): string[] {
  const missed: string[] = [];
  if (!(s.lcpRatio <= FLOORS.maxLcpRatio))
    missed.push(`LCP ${s.lcpRatio.toFixed(2)}× the bare page (floor ≤ ${FLOORS.maxLcpRatio}×)`);
  if (s.performance < FLOORS.minPerformance)
    missed.push(`performance ${s.performance} (floor ≥ ${FLOORS.minPerformance})`);
  if (s.tbtMs > FLOORS.maxTbtMs)
    missed.push(`TBT ${Math.round(s.tbtMs)} ms (floor ≤ ${FLOORS.maxTbtMs} ms)`);
  for (const [name, score] of [
    ['accessibility', s.accessibility],
    ['best practices', s.bestPractices],
    ['SEO', s.seo],
  ] as const)
    if (score < FLOORS.minOtherCategories)
      missed.push(`${name} ${score} (floor ${FLOORS.minOtherCategories})`);
  return missed;
}

export function formatSummaryTable(rows: readonly LighthouseSummary[]): string {
  const header = ['page', 'perf', 'a11y', 'BP', 'SEO', 'FCP', 'LCP', '×bare', 'TBT', 'CLS'];
  const body = rows.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    String(r.seo),
    `${Math.round(r.fcpMs)} ms`,
    `${Math.round(r.lcpMs)} ms`,
    `${r.lcpRatio.toFixed(2)}×`,
    `${Math.round(r.tbtMs)} ms`,
    r.cls.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}
