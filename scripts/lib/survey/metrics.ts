/**
 * Ranking metrics for eval:survey. A person's outcome is read from the best rank among their hit
 * roles; expected-value variants (random ranking, ties) give fractional outcomes.
 */

export interface Outcome {
  top1: number;
  top3: number;
  top5: number;
  /** Reciprocal rank of the best hit. */
  rr: number;
}

export interface Summary extends Outcome {
  n: number;
}

export const KS = [1, 3, 5] as const;

/** Outcome of a known 1-based best rank. */
export function outcomeOfRank(rank: number): Outcome {
  if (!Number.isInteger(rank) || rank < 1)
    throw new Error(`rank must be a positive integer, got ${rank}`);
  return {
    top1: rank <= 1 ? 1 : 0,
    top3: rank <= 3 ? 1 : 0,
    top5: rank <= 5 ? 1 : 0,
    rr: 1 / rank,
  };
}

/** C(n, k) as a float (exact enough for catalogues of a few hundred roles). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let out = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) out = (out * (n - Math.min(k, n - k) + i)) / i;
  return out;
}

/**
 * Expected outcome when `hits` hit roles sit at uniformly random places among `total` roles, all
 * below `offset` roles known to be misses (offset 0: a random ranking of the whole catalogue).
 * The best hit's place within the group, R, has P(R = r) = C(total - r, hits - 1) / C(total, hits).
 */
export function expectedOutcome(hits: number, total: number, offset = 0): Outcome {
  if (hits < 1 || hits > total) throw new Error(`need 1 <= hits <= total, got ${hits} of ${total}`);
  const all = choose(total, hits);
  const out: Outcome = { top1: 0, top3: 0, top5: 0, rr: 0 };
  for (let r = 1; r <= total - hits + 1; r++) {
    const p = choose(total - r, hits - 1) / all;
    const rank = offset + r;
    out.top1 += rank <= 1 ? p : 0;
    out.top3 += rank <= 3 ? p : 0;
    out.top5 += rank <= 5 ? p : 0;
    out.rr += p / rank;
  }
  return out;
}

/**
 * Expected outcome of a ranking by a score with ties, each tie group in random order: the roles
 * strictly above the best-scoring hit are misses, then the hit's tie group (with every hit it
 * contains) is shuffled. `scores` maps role id -> score (higher first).
 */
export function tiedOutcome(scores: ReadonlyMap<string, number>, hits: readonly string[]): Outcome {
  const best = Math.max(...hits.map((id) => scores.get(id) ?? -Infinity));
  let above = 0;
  let group = 0;
  for (const s of scores.values()) {
    if (s > best) above++;
    else if (s === best) group++;
  }
  const hitsInGroup = hits.filter((id) => scores.get(id) === best).length;
  return expectedOutcome(hitsInGroup, group, above);
}

/** Mean outcome of a list (n = its length; zeros when empty). */
export function summarise(outcomes: readonly Outcome[]): Summary {
  const n = outcomes.length;
  const sum = { top1: 0, top3: 0, top5: 0, rr: 0 };
  for (const o of outcomes) {
    sum.top1 += o.top1;
    sum.top3 += o.top3;
    sum.top5 += o.top5;
    sum.rr += o.rr;
  }
  const d = n || 1;
  return { n, top1: sum.top1 / d, top3: sum.top3 / d, top5: sum.top5 / d, rr: sum.rr / d };
}

/** Macro average: the mean of per-group summaries, each group weighing the same. */
export function macro(groups: readonly Summary[]): Summary {
  const used = groups.filter((g) => g.n > 0);
  const d = used.length || 1;
  const mean = (k: keyof Outcome) => used.reduce((s, g) => s + g[k], 0) / d;
  return {
    n: used.reduce((s, g) => s + g.n, 0),
    top1: mean('top1'),
    top3: mean('top3'),
    top5: mean('top5'),
    rr: mean('rr'),
  };
}

/** Nearest-rank quantile of sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}
