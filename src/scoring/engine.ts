/**
 * The prepared catalogue: everything the engine needs, precomputed once per catalogue into
 * flat typed arrays (a compressed sparse row layout: each role's requirements are a contiguous
 * run of entries). Scoring a profile is then one pass over those arrays, with no lookups,
 * no allocation per skill and no dependence on the order skills or roles were listed in.
 */
import type { PreparedCatalogue, Profile, ScoringInput, ScoringRole } from './types';

/** Highest level on the 0-4 scale. */
export const MAX_LEVEL = 4;
/**
 * Pseudo-weight for the few-skills shrinkage: unmet weight counts (1 + K / W) times, where W is
 * the role's total importance. About two essential skills' worth (see docs/scoring.md).
 */
export const SHRINKAGE_WEIGHT = 8;

export interface Engine {
  readonly nSkills: number;
  readonly nRoles: number;
  readonly skillIds: readonly string[];
  readonly skillIndex: ReadonlyMap<string, number>;
  readonly roleIndex: ReadonlyMap<string, number>;
  readonly roles: readonly ScoringRole[];
  /** Entries of role r are rowStart[r] .. rowStart[r + 1] - 1, sorted by skill id. */
  readonly rowStart: Int32Array;
  /** Skill index of each entry. */
  readonly col: Int32Array;
  /** Required level of each entry (0-4). */
  readonly req: Float64Array;
  /** Importance of each entry (1-5), as listed. */
  readonly imp: Float64Array;
  /** Scoring weight of each entry: importance, or 0 when the required level is 0 (nothing to meet). */
  readonly weight: Float64Array;
  /** weight / required level: the weight one level is worth (0 when the required level is 0). */
  readonly perLevel: Float64Array;
  /** W: total scoring weight of each role. */
  readonly total: Float64Array;
  /** c = 1 + K / W: how much heavier unmet weight counts for each role. */
  readonly shrink: Float64Array;
  /** Skill indexes sorted by id: the order every per-role sum runs in. */
  readonly skillOrder: Int32Array;
  /**
   * Skill-major table of each role's weighted fit for whole levels 1-4:
   * fitted[(s * 4 + level - 1) * nRoles + r] = importance x min(level, required) / required.
   */
  readonly fitted: Float64Array;
  /** Column index (per skill, the entries that need it): cscStart[s] .. cscStart[s + 1] - 1. */
  readonly cscStart: Int32Array;
  readonly cscRole: Int32Array;
  readonly cscEntry: Int32Array;
  /** Position of each role in the tie-break order (total weight descending, then id). */
  readonly tieRank: Int32Array;
  /** Role index at each tie-break position. */
  readonly byTieRank: Int32Array;
}

const engines = new WeakMap<PreparedCatalogue, Engine>();

export function engineOf(prepared: PreparedCatalogue): Engine {
  const engine = engines.get(prepared);
  if (!engine)
    throw new TypeError('scoring: pass the object returned by prepareCatalogue(), not a copy of it.');
  return engine;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkNumber(value: number, what: string, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw new RangeError(`scoring: ${what} is ${String(value)}; expected a number from ${min} to ${max}.`);
}

/**
 * Precompute once per catalogue. Throws on an empty catalogue, duplicate ids, a role naming an
 * unknown skill or listing a skill twice, importance outside 1-5, a required level outside 0-4,
 * or a role that requires nothing (every required level 0), which could not be scored.
 */
export function prepareCatalogue(input: ScoringInput): PreparedCatalogue {
  if (input.roles.length === 0) throw new Error('scoring: the catalogue has no roles.');
  if (input.skills.length === 0) throw new Error('scoring: the catalogue has no skills.');

  const skillIndex = new Map<string, number>();
  input.skills.forEach((s, i) => {
    if (skillIndex.has(s.id)) throw new Error(`scoring: skill id "${s.id}" appears twice.`);
    skillIndex.set(s.id, i);
  });
  const roleIndex = new Map<string, number>();
  input.roles.forEach((r, i) => {
    if (roleIndex.has(r.id)) throw new Error(`scoring: role id "${r.id}" appears twice.`);
    roleIndex.set(r.id, i);
  });

  const nRoles = input.roles.length;
  const nnz = input.roles.reduce((n, r) => n + r.skills.length, 0);
  const rowStart = new Int32Array(nRoles + 1);
  const col = new Int32Array(nnz);
  const req = new Float64Array(nnz);
  const imp = new Float64Array(nnz);
  const weight = new Float64Array(nnz);
  const perLevel = new Float64Array(nnz);
  const total = new Float64Array(nRoles);
  const shrink = new Float64Array(nRoles);

  let k = 0;
  input.roles.forEach((role, r) => {
    rowStart[r] = k;
    // Canonical order (by skill id) makes every sum independent of how the data was listed.
    const entries = [...role.skills].sort((a, b) => compareIds(a.skill, b.skill));
    let W = 0;
    let previous: string | null = null;
    for (const e of entries) {
      const s = skillIndex.get(e.skill);
      if (s === undefined)
        throw new Error(`scoring: role "${role.id}" needs unknown skill "${e.skill}".`);
      if (e.skill === previous) throw new Error(`scoring: role "${role.id}" lists skill "${e.skill}" twice.`);
      previous = e.skill;
      checkNumber(e.importance, `role "${role.id}" skill "${e.skill}" importance`, 1, 5);
      checkNumber(e.level, `role "${role.id}" skill "${e.skill}" level`, 0, MAX_LEVEL);
      col[k] = s;
      req[k] = e.level;
      imp[k] = e.importance;
      weight[k] = e.level > 0 ? e.importance : 0;
      perLevel[k] = e.level > 0 ? e.importance / e.level : 0;
      W += weight[k]!;
      k++;
    }
    if (!(W > 0))
      throw new Error(`scoring: role "${role.id}" requires no skill above level 0, so it cannot be scored.`);
    total[r] = W;
    shrink[r] = 1 + SHRINKAGE_WEIGHT / W;
  });
  rowStart[nRoles] = k;

  const skillOrder = Int32Array.from(
    input.skills.map((_, i) => i).sort((a, b) => compareIds(input.skills[a]!.id, input.skills[b]!.id)),
  );
  const nSkills = input.skills.length;
  const fitted = new Float64Array(nSkills * MAX_LEVEL * nRoles);
  const cscStart = new Int32Array(nSkills + 1);
  for (let i = 0; i < nnz; i++) cscStart[col[i]! + 1]!++;
  for (let s = 0; s < nSkills; s++) cscStart[s + 1]! += cscStart[s]!;
  const cscRole = new Int32Array(nnz);
  const cscEntry = new Int32Array(nnz);
  const fill = cscStart.slice(0, nSkills);
  for (let r = 0; r < nRoles; r++) {
    for (let i = rowStart[r]!; i < rowStart[r + 1]!; i++) {
      const s = col[i]!;
      const j = fill[s]!++;
      cscRole[j] = r;
      cscEntry[j] = i;
      // The same expression fitOf evaluates, so both paths give bit-identical sums.
      for (let level = 1; level <= MAX_LEVEL; level++)
        fitted[(s * MAX_LEVEL + level - 1) * nRoles + r] = level >= req[i]! ? weight[i]! : perLevel[i]! * level;
    }
  }

  const order = input.roles.map((_, r) => r);
  order.sort((a, b) => total[b]! - total[a]! || compareIds(input.roles[a]!.id, input.roles[b]!.id));
  const tieRank = new Int32Array(nRoles);
  const byTieRank = new Int32Array(nRoles);
  order.forEach((r, position) => {
    tieRank[r] = position;
    byTieRank[position] = r;
  });

  const prepared: PreparedCatalogue = Object.freeze({
    skillIds: Object.freeze(input.skills.map((s) => s.id)),
    roleIds: Object.freeze(input.roles.map((r) => r.id)),
    input,
  });
  engines.set(prepared, {
    nSkills: input.skills.length,
    skillIds: prepared.skillIds,
    nRoles,
    skillIndex,
    roleIndex,
    roles: input.roles,
    rowStart,
    col,
    req,
    imp,
    weight,
    perLevel,
    total,
    shrink,
    skillOrder,
    fitted,
    cscStart,
    cscRole,
    cscEntry,
    tieRank,
    byTieRank,
  });
  return prepared;
}

/** A profile read into dense arrays: levels (unanswered = 0) and an answered mask. */
export interface DenseProfile {
  have: Float64Array;
  answered: Uint8Array;
}

/**
 * Reads and checks a profile. Throws on an unknown skill id or a level that is not a finite
 * number from 0 to 4. A key whose value is `undefined` counts as not answered.
 */
export function denseProfile(engine: Engine, profile: Profile, label = 'profile'): DenseProfile {
  const have = new Float64Array(engine.nSkills);
  const answered = new Uint8Array(engine.nSkills);
  addToDense(engine, { have, answered }, profile, label);
  return { have, answered };
}

export function addToDense(engine: Engine, dense: DenseProfile, profile: Profile, label: string): void {
  for (const id of Object.keys(profile)) {
    const level = profile[id];
    if (level === undefined) continue;
    const s = engine.skillIndex.get(id);
    if (s === undefined)
      throw new Error(`scoring: unknown skill id "${id}" in the ${label}; drop it or use sanitizeProfile().`);
    checkNumber(level, `the ${label} level for "${id}"`, 0, MAX_LEVEL);
    dense.have[s] = level;
    dense.answered[s] = 1;
  }
}

export function roleIndexOf(engine: Engine, roleId: string): number {
  const r = engine.roleIndex.get(roleId);
  if (r === undefined) throw new Error(`scoring: unknown role id "${roleId}".`);
  return r;
}

/**
 * The skill score from the weighted fit F (0..W): 100 * F / (F + c * (W - F)) with
 * c = 1 + K / W. Exactly 0 when F = 0 and exactly 100 when F = W; rises with F.
 */
export function scoreFromFit(F: number, W: number, c: number): number {
  if (F <= 0) return 0;
  if (F >= W) return 100;
  return (100 * F) / (F + c * (W - F));
}

/** Weighted fit F = sum of weight * min(have, required) / required over the role's entries. */
export function fitOf(engine: Engine, r: number, have: Float64Array): number {
  const { rowStart, col, req, weight, perLevel } = engine;
  let F = 0;
  for (let i = rowStart[r]!, end = rowStart[r + 1]!; i < end; i++) {
    const h = have[col[i]!]!;
    F += h >= req[i]! ? weight[i]! : perLevel[i]! * h;
  }
  return F;
}

/**
 * Weighted fit F of every role at once, skill by skill in id order: whole levels add a
 * precomputed column of the table (no per-role work beyond one addition), other levels walk the
 * roles that need the skill. Unanswered and level-0 skills add nothing and are skipped.
 * Bit-identical to fitOf for each role.
 */
export function fitVector(engine: Engine, have: Float64Array, out: Float64Array = new Float64Array(engine.nRoles)): Float64Array {
  const { nRoles, skillOrder, fitted, cscStart, cscRole, cscEntry, req, weight, perLevel } = engine;
  out.fill(0);
  for (let k = 0; k < skillOrder.length; k++) {
    const s = skillOrder[k]!;
    const h = have[s]!;
    if (h <= 0) continue;
    if (h === 1 || h === 2 || h === 3 || h === 4) {
      const base = (s * MAX_LEVEL + h - 1) * nRoles;
      for (let r = 0; r < nRoles; r++) out[r]! += fitted[base + r]!;
    } else {
      for (let j = cscStart[s]!, end = cscStart[s + 1]!; j < end; j++) {
        const i = cscEntry[j]!;
        out[cscRole[j]!]! += h >= req[i]! ? weight[i]! : perLevel[i]! * h;
      }
    }
  }
  return out;
}
