/**
 * Pure helpers for `npm run bench:web`: medians of the runs, the comparison with the budget and
 * the printed table. No Node or browser APIs, so they are unit-tested directly.
 */

import { performanceScore, type PerformanceEstimate } from './score';

/** One page load's figures. */
export interface Sample {
  /** LCP in ms from navigation start (for the quiz: the first question painted, see bench-web.ts). */
  lcpMs: number;
  /** Sum over long tasks of (duration - 50 ms), navigation start until the page is quiet. */
  tbtMs: number;
  /** First contentful paint, ms from navigation start. */
  fcpMs: number;
  /** Blocking time as Lighthouse counts it: only the part of long tasks after FCP (./score.ts). */
  tbtAfterFcpMs: number;
  /** Cumulative layout shift: the largest session window (./score.ts). */
  cls: number;
  /** Bytes on the wire (CDP encodedDataLength: headers plus compressed bodies). */
  bytes: number;
  requests: number;
}

/** A page's medians, with its LCP as a multiple of the bare page's and a score estimate. */
export interface PageResult extends Sample {
  page: string;
  lcpRatio: number;
  runs: number;
  /** Lighthouse-style performance score from the medians (Speed Index left out; ./score.ts). */
  estimate: PerformanceEstimate;
}

export type Metric = 'lcpMs' | 'lcpRatio' | 'tbtMs' | 'kb' | 'requests';

/** Upper limits per page; a metric left out is not checked. */
export type Budget = Record<string, Partial<Record<Metric, number>>>;

export interface Violation {
  page: string;
  metric: Metric;
  value: number;
  limit: number;
}

export const METRIC_LABELS: Record<Metric, string> = {
  lcpMs: 'LCP (ms)',
  lcpRatio: 'LCP ratio to the bare page',
  tbtMs: 'total blocking time (ms)',
  kb: 'KB transferred',
  requests: 'requests',
};

/** The middle value (mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Total blocking time of a list of long tasks: the sum of each task's time beyond 50 ms,
 * counting only tasks that start inside [from, to).
 */
export function totalBlockingTime(
  tasks: readonly { start: number; duration: number }[],
  from = 0,
  to = Number.POSITIVE_INFINITY,
): number {
  return tasks
    .filter((t) => t.start >= from && t.start < to)
    .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

/** Each metric's median over the runs (medians taken metric by metric, not of one chosen run). */
export function summarise(page: string, samples: readonly Sample[], bareLcpMs: number): PageResult {
  const lcpMs = median(samples.map((s) => s.lcpMs));
  const fcpMs = median(samples.map((s) => s.fcpMs));
  const tbtAfterFcpMs = median(samples.map((s) => s.tbtAfterFcpMs));
  const cls = median(samples.map((s) => s.cls));
  return {
    page,
    lcpMs,
    lcpRatio: bareLcpMs > 0 ? lcpMs / bareLcpMs : Number.NaN,
    tbtMs: median(samples.map((s) => s.tbtMs)),
    fcpMs,
    tbtAfterFcpMs,
    cls,
    bytes: median(samples.map((s) => s.bytes)),
    requests: median(samples.map((s) => s.requests)),
    runs: samples.length,
    estimate: performanceScore({ fcp: fcpMs, lcp: lcpMs, tbt: tbtAfterFcpMs, cls }),
  };
}

export function metricValue(result: PageResult, metric: Metric): number {
  return metric === 'kb' ? result.bytes / 1024 : result[metric];
}

/** Every budgeted metric that a page exceeds, and every budgeted page that was not measured. */
export function checkBudget(results: readonly PageResult[], budget: Budget): Violation[] {
  const out: Violation[] = [];
  for (const [page, limits] of Object.entries(budget)) {
    const result = results.find((r) => r.page === page);
    for (const [metric, limit] of Object.entries(limits) as [Metric, number][]) {
      const value = result ? metricValue(result, metric) : Number.NaN;
      // A page that was not measured (NaN) counts as over budget: a silent pass would hide it.
      if (!(value <= limit)) out.push({ page, metric, value, limit });
    }
  }
  return out;
}

export function describeViolation(v: Violation): string {
  const shown = Number.isNaN(v.value) ? 'not measured' : round(v.value, v.metric);
  return `${v.page}: ${METRIC_LABELS[v.metric]} is ${shown}, over the budget of ${v.limit}`;
}

function round(value: number, metric: Metric): string {
  if (metric === 'lcpRatio') return value.toFixed(2);
  if (metric === 'kb') return value.toFixed(1);
  return String(Math.round(value));
}

/**
 * The results as a plain-text table, one row per page: "TBT ms" from navigation start (the
 * budgeted figure), "TBT≥FCP" as Lighthouse counts it, and "score~" the estimated performance
 * score (./score.ts; Speed Index left out).
 */
export function formatTable(results: readonly PageResult[]): string {
  const header = [
    'page',
    'FCP ms',
    'LCP ms',
    '× bare',
    'TBT ms',
    'TBT≥FCP',
    'CLS',
    'score~',
    'KB',
    'requests',
  ];
  const rows = results.map((r) => [
    r.page,
    round(r.fcpMs, 'lcpMs'),
    round(r.lcpMs, 'lcpMs'),
    round(r.lcpRatio, 'lcpRatio'),
    round(r.tbtMs, 'tbtMs'),
    round(r.tbtAfterFcpMs, 'tbtMs'),
    r.cls.toFixed(3),
    Number.isNaN(r.estimate.score) ? '-' : String(r.estimate.score),
    round(r.bytes / 1024, 'kb'),
    round(r.requests, 'requests'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
