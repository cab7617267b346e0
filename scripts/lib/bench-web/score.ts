/**
 * A Lighthouse-style performance score from bench:web's own measurements (Lighthouse is not a
 * dependency: it breaks `npm ci` here). Pure functions, unit-tested in
 * tests/scripts/bench-web-score.test.ts.
 *
 * What is the same as Lighthouse 10+ mobile:
 * - each metric's score is the log-normal curve through its control points (score 0.90 at p10,
 *   0.50 at the median), with Lighthouse's clamping around the control points, its small boost
 *   above 0.90 and its rounding down to two digits (shared/statistics.js getLogNormalScore,
 *   shared/util.js computeLogNormalScore);
 * - the control points and weights: FCP 1800/3000 ms (10%), Speed Index 3387/5800 ms (10%),
 *   LCP 2500/4000 ms (25%), TBT 200/600 ms (30%), CLS 0.1/0.25 (25%) (the mobile defaultOptions
 *   of core/audits/metrics/*.js and the performance category of core/config/default-config.js);
 * - the overall score is the weighted mean of the metric scores, times 100, rounded;
 * - CLS is the largest session window (shifts less than 1 s apart, at most 5 s long) of shifts
 *   without recent input, and TBT counts only the part of each long task after FCP.
 *
 * What is approximated, and said so in bench:web's output:
 * - Speed Index is not measured (it needs a filmstrip). It is left out and the other weights are
 *   renormalised over the 90% they cover, so the estimate reads as if Speed Index scored as the
 *   rest do.
 * - The figures come from DevTools throttling of this machine (applied, not simulated), while
 *   Lighthouse's default mobile run simulates the throttling (Lantern) from an unthrottled load.
 * - TBT ends when the page is quiet (no request for 1 s, no long task for 1.5 s), not at
 *   Lighthouse's time to interactive (a 5 s quiet window), which counts the same long tasks on a
 *   page that settles.
 */

export type ScoredMetric = 'fcp' | 'si' | 'lcp' | 'tbt' | 'cls';

export interface Curve {
  /** The value that scores 0.90 (the 10th percentile of real sites). */
  p10: number;
  /** The value that scores 0.50. */
  median: number;
  /** The metric's share of the performance score. */
  weight: number;
}

/** Lighthouse 10+ mobile control points and weights (times in ms; CLS unitless). */
export const MOBILE_CURVES: Record<ScoredMetric, Curve> = {
  fcp: { p10: 1800, median: 3000, weight: 0.1 },
  si: { p10: 3387, median: 5800, weight: 0.1 },
  lcp: { p10: 2500, median: 4000, weight: 0.25 },
  tbt: { p10: 200, median: 600, weight: 0.3 },
  cls: { p10: 0.1, median: 0.25, weight: 0.25 },
};

/** The error function, by Abramowitz and Stegun 7.1.26 (as Lighthouse computes it). */
function erf(x: number): number {
  const sign = Math.sign(x);
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-ax * ax));
}

/** The share of the log-normal curve above `value`: 0.90 at p10, 0.50 at the median. */
export function logNormalScore({ p10, median }: Pick<Curve, 'p10' | 'median'>, value: number) {
  if (!(p10 > 0 && median > p10)) throw new Error('need 0 < p10 < median');
  if (value <= 0) return 1;
  // erfc^-1(1/5): where the curve's complement is 0.10.
  const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;
  const xLogRatio = Math.log(Math.max(Number.MIN_VALUE, value / median));
  const p10LogRatio = -Math.log(Math.max(Number.MIN_VALUE, p10 / median));
  const share = (1 - erf((xLogRatio * INVERSE_ERFC_ONE_FIFTH) / p10LogRatio)) / 2;
  // Meeting a control point always earns its score, and missing it never does.
  if (value <= p10) return Math.max(0.9, Math.min(1, share));
  if (value <= median) return Math.max(0.5, Math.min(0.8999999999999999, share));
  return Math.max(0, Math.min(0.49999999999999994, share));
}

/** A metric's score as Lighthouse reports it: boosted a little above 0.90, two digits, down. */
export function metricScore(curve: Pick<Curve, 'p10' | 'median'>, value: number): number {
  let score = logNormalScore(curve, value);
  if (score > 0.9) score += 0.05 * (score - 0.9);
  return Math.floor(score * 100) / 100;
}

export type MetricValues = Partial<Record<ScoredMetric, number>>;

export interface PerformanceEstimate {
  /** 0 to 100, as Lighthouse shows its performance score. */
  score: number;
  /** Each measured metric's score (0 to 1). */
  metrics: MetricValues;
  /** Metrics that were not measured, whose weight the others share (e.g. ['si']). */
  leftOut: ScoredMetric[];
}

/**
 * The weighted mean of the metrics given, over their own weights (a metric left out, or not a
 * number, shares its weight out among the rest).
 */
export function performanceScore(
  values: MetricValues,
  curves: Record<ScoredMetric, Curve> = MOBILE_CURVES,
): PerformanceEstimate {
  const metrics: MetricValues = {};
  const leftOut: ScoredMetric[] = [];
  let weighted = 0;
  let weights = 0;
  for (const metric of Object.keys(curves) as ScoredMetric[]) {
    const value = values[metric];
    if (value === undefined || !Number.isFinite(value)) {
      leftOut.push(metric);
      continue;
    }
    const score = metricScore(curves[metric], value);
    metrics[metric] = score;
    weighted += score * curves[metric].weight;
    weights += curves[metric].weight;
  }
  const score = weights > 0 ? Math.round((weighted / weights) * 100) : Number.NaN;
  return { score, metrics, leftOut };
}

export interface LayoutShift {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

/**
 * Cumulative layout shift as Lighthouse and Chrome count it: the largest session window, where
 * a window holds shifts less than 1 s apart and spans at most 5 s; shifts right after input
 * are not counted.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let current = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const counted = shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  for (const shift of counted) {
    if (shift.startTime - last >= 1000 || shift.startTime - windowStart >= 5000) {
      windowStart = shift.startTime;
      current = 0;
    }
    current += shift.value;
    last = shift.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

/**
 * Total blocking time as Lighthouse counts it from first contentful paint: each long task's
 * part after `from` (and before `to`), beyond 50 ms.
 */
export function blockingTimeAfter(
  tasks: readonly { start: number; duration: number }[],
  from: number,
  to = Number.POSITIVE_INFINITY,
): number {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(task.start, from);
    const end = Math.min(task.start + task.duration, to);
    if (end - start > 50) total += end - start - 50;
  }
  return total;
}
