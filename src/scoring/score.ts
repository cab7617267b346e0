/**
 * Scores and ranking. The model (docs/scoring.md): for each required skill, fit = min(have,
 * required) / required (over-qualification never hurts; unanswered counts as 0); the weighted fit
 * F = sum of importance x fit; the score 100 * F / (F + c (W - F)) with W the total importance and
 * c = 1 + K / W, so unmet weight counts a little more in roles with few requirements.
 */
import {
  denseProfile,
  engineOf,
  fitOf,
  fitVector,
  scoreFromFit,
  type DenseProfile,
  type Engine,
} from './engine';
import { checkPreferences, preferenceEffect } from './preferences';
import type {
  PreparedCatalogue,
  Profile,
  RankFilters,
  RankedRole,
  RoleScore,
  SkillContribution,
  SkillStatus,
  WorkPreferences,
} from './types';

/**
 * Per-skill contributions for role r: points = score x (weight x fit) / F, so they sum to the
 * score; maxPoints = 100 x weight / W, the skill's share when every requirement is met.
 */
export function contributionsOf(
  engine: Engine,
  r: number,
  dense: DenseProfile,
  score: number,
  F: number,
): SkillContribution[] {
  const { rowStart, col, req, imp, weight, perLevel, total } = engine;
  const out: SkillContribution[] = [];
  const W = total[r]!;
  for (let i = rowStart[r]!, end = rowStart[r + 1]!; i < end; i++) {
    const s = col[i]!;
    const h = dense.have[s]!;
    const q = req[i]!;
    const fitted = h >= q ? weight[i]! : perLevel[i]! * h;
    out.push({
      skillId: engine.skillIds[s]!,
      importance: imp[i]!,
      required: q,
      have: dense.answered[s] ? h : null,
      points: F > 0 ? (score * fitted) / F : 0,
      maxPoints: (100 * weight[i]!) / W,
      status: statusOf(h, q),
    });
  }
  return out;
}

export function statusOf(have: number, required: number): SkillStatus {
  if (have >= required) return 'met';
  return have <= 0 ? 'missing' : 'partial';
}

interface Counts {
  met: number;
  partial: number;
  missing: number;
  confidence: number;
}

function countsOf(engine: Engine, r: number, dense: DenseProfile): Counts {
  const { rowStart, col, req, weight, total } = engine;
  let met = 0;
  let missing = 0;
  let answeredWeight = 0;
  const start = rowStart[r]!;
  const end = rowStart[r + 1]!;
  for (let i = start; i < end; i++) {
    const s = col[i]!;
    const h = dense.have[s]!;
    if (h >= req[i]!) met++;
    else if (h <= 0) missing++;
    answeredWeight += dense.answered[s]! * weight[i]!;
  }
  return { met, partial: end - start - met - missing, missing, confidence: answeredWeight / total[r]! };
}

/** Score every role for a profile, in catalogue order. Throws on a bad profile (see denseProfile). */
export function scoreRoles(prepared: PreparedCatalogue, profile: Profile): RoleScore[] {
  const engine = engineOf(prepared);
  const dense = denseProfile(engine, profile);
  const out: RoleScore[] = [];
  for (let r = 0; r < engine.nRoles; r++) {
    const F = fitOf(engine, r, dense.have);
    const score = scoreFromFit(F, engine.total[r]!, engine.shrink[r]!);
    out.push({
      roleId: engine.roles[r]!.id,
      score,
      contributions: contributionsOf(engine, r, dense, score, F),
      ...countsOf(engine, r, dense),
    });
  }
  return out;
}

/** Skill scores only (catalogue order): the lean kernel behind rankRoles, whatIf and the bench. */
export function scoreVector(engine: Engine, have: Float64Array, out?: Float64Array): Float64Array {
  out = fitVector(engine, have, out);
  const { total, shrink } = engine;
  for (let r = 0, n = engine.nRoles; r < n; r++) out[r] = scoreFromFit(out[r]!, total[r]!, shrink[r]!);
  return out;
}

function keepByFilters(engine: Engine, r: number, filters: RankFilters | undefined): boolean {
  if (!filters) return true;
  const role = engine.roles[r]!;
  if (filters.seniority && role.seniority !== filters.seniority) return false;
  if (filters.education && filters.education.length > 0 && !filters.education.includes(role.education.typical))
    return false;
  if (filters.industries && filters.industries.length > 0) {
    const wanted = filters.industries;
    if (!role.industries.items.some((i) => wanted.includes(i.id))) return false;
  }
  return true;
}

// Sort keys pack (excluded, quantised adjusted score, tie-break position) into one exact double,
// so a native typed-array sort orders them; the quantum absorbs floating-point noise.
const TIE_BITS = 2 ** 21;
const SCORE_QUANTUM = 1e6;
const EXCLUDED_OFFSET = 2 ** 50;

/**
 * Working arrays reused by every rankRoles call on one catalogue (calls are synchronous and no
 * result keeps a reference to them): ranking allocates only its result objects, which keeps
 * garbage collection out of the way when there are thousands of roles.
 */
interface Scratch {
  scores: Float64Array;
  keys: Float64Array;
  order: Int32Array;
  rankOf: Int32Array;
}
const scratches = new WeakMap<Engine, Scratch>();
function scratchOf(engine: Engine): Scratch {
  let scratch = scratches.get(engine);
  if (!scratch) {
    const n = engine.nRoles;
    scratch = { scores: new Float64Array(n), keys: new Float64Array(n), order: new Int32Array(n), rankOf: new Int32Array(n) };
    scratches.set(engine, scratch);
  }
  return scratch;
}

export interface Ordering {
  /** Role indexes, best first. */
  order: Int32Array;
  /** 1-based rank of each role index (0 when filtered out). */
  rankOf: Int32Array;
}

/**
 * Orders roles by: not excluded first, adjusted score descending (to 1e-6), then total
 * requirement weight descending (more evidence first), then role id ascending.
 */
export function orderRoles(
  engine: Engine,
  adjusted: Float64Array,
  excluded: Uint8Array | null,
  keep: Uint8Array | null,
  scratch?: Scratch,
): Ordering {
  const n = engine.nRoles;
  if (n >= TIE_BITS) throw new RangeError('scoring: too many roles to rank.');
  const keys = scratch ? scratch.keys : new Float64Array(n);
  let m = 0;
  for (let r = 0; r < n; r++) {
    if (keep && !keep[r]) continue;
    const q = 100 * SCORE_QUANTUM - Math.round(adjusted[r]! * SCORE_QUANTUM);
    keys[m++] = (excluded && excluded[r] ? EXCLUDED_OFFSET : 0) + q * TIE_BITS + engine.tieRank[r]!;
  }
  const sorted = keys.subarray(0, m).sort();
  const order = scratch ? scratch.order.subarray(0, m) : new Int32Array(m);
  const rankOf = scratch ? scratch.rankOf.fill(0) : new Int32Array(n);
  for (let k = 0; k < m; k++) {
    const r = engine.byTieRank[sorted[k]! % TIE_BITS]!;
    order[k] = r;
    rankOf[r] = k + 1;
  }
  return { order, rankOf };
}

export interface RankOptions {
  filters?: RankFilters;
  preferences?: WorkPreferences;
  /** Display names for industry ids in preference reasons (default: the id). */
  industryName?: (id: string) => string;
}

/**
 * Ranked, filtered roles with the visible preference adjustment. Filters drop roles; preferences
 * add points (adjustedScore = clamp(score + adjustment, 0, 100)) or set roles aside
 * (excludedByPreferences: listed after every other role). `contributions` is computed on first
 * read, so ranking thousands of roles stays cheap.
 */
export function rankRoles(prepared: PreparedCatalogue, profile: Profile, options: RankOptions = {}): RankedRole[] {
  const engine = engineOf(prepared);
  const dense = denseProfile(engine, profile);
  const n = engine.nRoles;
  const scratch = scratchOf(engine);
  const scores = scoreVector(engine, dense.have, scratch.scores);
  const { filters, preferences, industryName } = options;
  if (preferences) checkPreferences(preferences);

  let keep: Uint8Array | null = null;
  if (filters) {
    keep = new Uint8Array(n);
    for (let r = 0; r < n; r++) keep[r] = keepByFilters(engine, r, filters) ? 1 : 0;
  }
  let adjusted = scores;
  let excluded: Uint8Array | null = null;
  const effects = preferences ? new Array<ReturnType<typeof preferenceEffect>>(n) : null;
  if (preferences && effects) {
    adjusted = new Float64Array(n);
    excluded = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      const effect = preferenceEffect(engine.roles[r]!, preferences, industryName);
      effects[r] = effect;
      adjusted[r] = Math.min(100, Math.max(0, scores[r]! + effect.adjustment));
      excluded[r] = effect.excluded ? 1 : 0;
    }
  }

  const { order } = orderRoles(engine, adjusted, excluded, keep, scratch);
  const out: RankedRole[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const r = order[k]!;
    const effect = effects?.[r];
    out[k] = new RankedResult(engine, r, dense, scores[r]!, k + 1, adjusted[r]!, effect);
  }
  return out;
}

const NO_REASONS: readonly string[] = Object.freeze([]);

/**
 * One ranked role. The score, rank and preference fields are plain own properties; the counts,
 * confidence and per-skill contributions are computed on first read (then kept), which keeps
 * ranking thousands of roles cheap. Read them as properties; JSON.stringify includes them.
 */
class RankedResult implements RankedRole {
  readonly roleId: string;
  readonly score: number;
  readonly rank: number;
  readonly preferenceAdjustment: number;
  readonly preferenceReasons: string[];
  readonly adjustedScore: number;
  readonly excludedByPreferences: boolean;
  readonly #engine: Engine;
  readonly #r: number;
  readonly #dense: DenseProfile;
  #counts: Counts | undefined;
  #contributions: SkillContribution[] | undefined;

  constructor(
    engine: Engine,
    r: number,
    dense: DenseProfile,
    score: number,
    rank: number,
    adjustedScore: number,
    effect: ReturnType<typeof preferenceEffect> | undefined,
  ) {
    this.roleId = engine.roles[r]!.id;
    this.score = score;
    this.rank = rank;
    this.preferenceAdjustment = effect?.adjustment ?? 0;
    this.preferenceReasons = effect ? effect.reasons : (NO_REASONS as string[]);
    this.adjustedScore = adjustedScore;
    this.excludedByPreferences = effect?.excluded ?? false;
    this.#engine = engine;
    this.#r = r;
    this.#dense = dense;
    this.#counts = undefined;
    this.#contributions = undefined;
  }

  #countsNow(): Counts {
    this.#counts ??= countsOf(this.#engine, this.#r, this.#dense);
    return this.#counts;
  }
  get met(): number {
    return this.#countsNow().met;
  }
  get partial(): number {
    return this.#countsNow().partial;
  }
  get missing(): number {
    return this.#countsNow().missing;
  }
  get confidence(): number {
    return this.#countsNow().confidence;
  }
  get contributions(): SkillContribution[] {
    this.#contributions ??= contributionsOf(
      this.#engine,
      this.#r,
      this.#dense,
      this.score,
      fitOf(this.#engine, this.#r, this.#dense.have),
    );
    return this.#contributions;
  }
  toJSON(): RankedRole {
    return {
      roleId: this.roleId,
      score: this.score,
      contributions: this.contributions,
      met: this.met,
      partial: this.partial,
      missing: this.missing,
      confidence: this.confidence,
      rank: this.rank,
      preferenceAdjustment: this.preferenceAdjustment,
      preferenceReasons: this.preferenceReasons,
      adjustedScore: this.adjustedScore,
      excludedByPreferences: this.excludedByPreferences,
    };
  }
}
