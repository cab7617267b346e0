/**
 * The prepared catalogue and the one fit kernel every score in the app comes from.
 *
 * prepareCatalogue checks the input once and lays each role's requirements out as small typed
 * arrays in a canonical order (by skill id), so every sum is independent of how the data was
 * listed. roleScore is the model (docs/scoring.md); ranking, gaps, what-if, paths and the adaptive
 * quiz all call it rather than restating the formula.
 */
import type { PreparedCatalogue, PreparedRole, Profile, ScoringInput, SkillColumn } from './types';

/** Highest level on the 0-4 scale. */
export const MAX_LEVEL = 4;
/**
 * Pseudo-weight for the few-skills shrinkage: unmet weight counts (1 + K / W) times, where W is
 * the role's total importance. About two essential skills' worth (see docs/scoring.md).
 */
export const SHRINKAGE_WEIGHT = 8;
/** Tolerance that keeps arithmetic noise (2.0000001) from reading as another level. */
export const LEVEL_NOISE = 1e-6;

/**
 * The whole level a requirement asks for. Catalogue levels can be fractional (an O*NET level
 * rescaled to 0-4, e.g. 2.2); people answer in whole levels, so the engine, the gap plan and every
 * page read a requirement as its nearest whole level (2.2 -> 2, 2.5 -> 3), and never as 0 when
 * the role asks for anything (0.3 -> 1). One rule, used everywhere (docs/scoring.md).
 */
export function requiredLevel(raw: number): number {
  if (!(raw > LEVEL_NOISE)) return 0;
  return Math.min(MAX_LEVEL, Math.max(1, Math.round(raw)));
}

/** A score is shown as 100 only when every requirement is met; otherwise at most this. */
export const BELOW_FULL = 99;

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkNumber(value: number, what: string, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw new RangeError(
      `scoring: ${what} is ${String(value)}; expected a number from ${min} to ${max}.`,
    );
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

  const roles = input.roles.map((role, index): PreparedRole => {
    const entries = [...role.skills].sort((a, b) => compareIds(a.skill, b.skill));
    const n = entries.length;
    const skill = new Int32Array(n);
    const required = new Float64Array(n);
    const importance = new Float64Array(n);
    const weight = new Float64Array(n);
    const defining: number[] = [];
    let total = 0;
    entries.forEach((e, i) => {
      const s = skillIndex.get(e.skill);
      if (s === undefined)
        throw new Error(`scoring: role "${role.id}" needs unknown skill "${e.skill}".`);
      if (i > 0 && entries[i - 1]!.skill === e.skill)
        throw new Error(`scoring: role "${role.id}" lists skill "${e.skill}" twice.`);
      checkNumber(e.importance, `role "${role.id}" skill "${e.skill}" importance`, 1, 5);
      checkNumber(e.level, `role "${role.id}" skill "${e.skill}" level`, 0, MAX_LEVEL);
      skill[i] = s;
      required[i] = requiredLevel(e.level);
      importance[i] = e.importance;
      // A requirement of level 0 asks for nothing, so it carries no weight.
      weight[i] = required[i]! > 0 ? e.importance : 0;
      total += weight[i]!;
      if (e.defining && required[i]! > 0) defining.push(i);
    });
    if (!(total > 0))
      throw new Error(
        `scoring: role "${role.id}" requires no skill above level 0, so it cannot be scored.`,
      );
    return {
      id: role.id,
      index,
      role,
      skill,
      required,
      importance,
      weight,
      defining: Int32Array.from(defining),
      total,
      shrink: 1 + SHRINKAGE_WEIGHT / total,
      tieRank: 0,
    };
  });

  // Tie-break order: more requirement weight first (more evidence), then id.
  const byTieRank = [...roles].sort((a, b) => b.total - a.total || compareIds(a.id, b.id));
  byTieRank.forEach((role, position) => (role.tieRank = position));

  const skillIds = input.skills.map((s) => s.id);
  return {
    skillIds,
    roleIds: input.roles.map((r) => r.id),
    input,
    skillIndex,
    roleIndex,
    roles,
    byTieRank,
    byColumn: columnsOf(skillIds, roles),
    derived: {},
  };
}

/**
 * The skill-major view scoreAll adds up: for each skill (visited in id order, the order fitOf
 * sums in), the roles that need it and, for whole levels 1-4, each role's entryFit at that level.
 */
function columnsOf(skillIds: readonly string[], roles: readonly PreparedRole[]): SkillColumn[] {
  const columns = skillIds.map((): { roles: number[]; entries: number[] } => ({
    roles: [],
    entries: [],
  }));
  for (const role of roles)
    role.skill.forEach((s, i) => {
      columns[s]!.roles.push(role.index);
      columns[s]!.entries.push(i);
    });
  const order = skillIds.map((_, s) => s).sort((a, b) => compareIds(skillIds[a]!, skillIds[b]!));
  return order.map((s) => {
    const { roles: needs, entries } = columns[s]!;
    const atLevel = Array.from({ length: MAX_LEVEL }, (_, l) => {
      const column = new Float64Array(roles.length);
      needs.forEach((r, k) => (column[r] = entryFit(roles[r]!, entries[k]!, l + 1)));
      return column;
    });
    return { skill: s, roles: Int32Array.from(needs), entries: Int32Array.from(entries), atLevel };
  });
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
export function denseProfile(
  prepared: PreparedCatalogue,
  profile: Profile,
  label = 'profile',
): DenseProfile {
  const n = prepared.skillIds.length;
  const dense = { have: new Float64Array(n), answered: new Uint8Array(n) };
  addToDense(prepared, dense, profile, label);
  return dense;
}

export function addToDense(
  prepared: PreparedCatalogue,
  dense: DenseProfile,
  profile: Profile,
  label: string,
): void {
  for (const id of Object.keys(profile)) {
    const level = profile[id];
    if (level === undefined) continue;
    const s = prepared.skillIndex.get(id);
    if (s === undefined)
      throw new Error(
        `scoring: unknown skill id "${id}" in the ${label}; drop it or use sanitizeProfile().`,
      );
    checkNumber(level, `the ${label} level for "${id}"`, 0, MAX_LEVEL);
    dense.have[s] = level;
    dense.answered[s] = 1;
  }
}

export function roleOf(prepared: PreparedCatalogue, roleId: string): PreparedRole {
  const r = prepared.roleIndex.get(roleId);
  if (r === undefined) throw new Error(`scoring: unknown role id "${roleId}".`);
  return prepared.roles[r]!;
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

/** What requirement i of a role adds to the weighted fit at level h: weight x min(h, required) / required. */
export function entryFit(role: PreparedRole, i: number, h: number): number {
  const q = role.required[i]!;
  return h >= q ? role.weight[i]! : (role.weight[i]! * h) / q;
}

/** Weighted fit F = sum of weight x min(have, required) / required over the role's requirements. */
export function fitOf(role: PreparedRole, levels: ArrayLike<number>): number {
  let F = 0;
  for (let i = 0; i < role.skill.length; i++) F += entryFit(role, i, levels[role.skill[i]!]!);
  return F;
}

/**
 * The defining requirement that limits a role: the answered defining skill with the lowest share
 * of its level met (min(have, needed) / needed), or -1 when none falls short. A shortfall there is
 * never made up by strengths elsewhere (see definingCap). An unanswered defining skill sets no
 * limit: it is not known yet.
 */
export function definingLimit(
  role: PreparedRole,
  levels: ArrayLike<number>,
  answered?: ArrayLike<number>,
): number {
  let lowest = 1;
  let limit = -1;
  for (let k = 0; k < role.defining.length; k++) {
    const i = role.defining[k]!;
    const s = role.skill[i]!;
    if (answered && !answered[s]) continue;
    const share = Math.min(levels[s]!, role.required[i]!) / role.required[i]!;
    if (share < lowest) {
      lowest = share;
      limit = i;
    }
  }
  return limit;
}

/**
 * The most a role can score given its defining skills: 100 x the share of the limiting one's
 * level met (see definingLimit), so 0 when it is answered 0, which sets the role aside.
 */
export function definingCap(
  role: PreparedRole,
  levels: ArrayLike<number>,
  answered?: ArrayLike<number>,
): number {
  const i = definingLimit(role, levels, answered);
  return i < 0
    ? 100
    : (100 * Math.min(levels[role.skill[i]!]!, role.required[i]!)) / role.required[i]!;
}

/**
 * The score from a weighted fit F: the shrunk fit score, limited by the defining skills, and
 * below 100 while anything is unmet (so "100%" never sits beside a gap).
 */
export function scoreOf(role: PreparedRole, F: number, cap: number): number {
  const score = Math.min(scoreFromFit(F, role.total, role.shrink), cap);
  return F < role.total ? Math.min(score, BELOW_FULL) : score;
}

/**
 * The role's score (0-100) at the given levels, indexed like the catalogue's skills. With
 * `answered`, only answered defining skills limit it (see definingCap); without, every level counts
 * as known (imputed levels in the quiz).
 */
export function roleScore(
  role: PreparedRole,
  levels: ArrayLike<number>,
  answered?: ArrayLike<number>,
): number {
  return scoreOf(role, fitOf(role, levels), definingCap(role, levels, answered));
}

/**
 * Each role's score for a profile, in catalogue order: the same as roleScore, with the weighted
 * fits added skill by skill so a whole level adds one precomputed column (ranking stays a few
 * additions per role however many roles there are).
 */
export function scoreAll(prepared: PreparedCatalogue, dense: DenseProfile): Float64Array {
  const out = new Float64Array(prepared.roles.length);
  for (const { skill, roles, entries, atLevel } of prepared.byColumn) {
    const h = dense.have[skill]!;
    if (h <= 0) continue;
    const whole = h === 1 || h === 2 || h === 3 || h === 4 ? atLevel[h - 1]! : null;
    if (whole) for (let r = 0; r < out.length; r++) out[r]! += whole[r]!;
    else
      for (let k = 0; k < roles.length; k++)
        out[roles[k]!]! += entryFit(prepared.roles[roles[k]!]!, entries[k]!, h);
  }
  for (const role of prepared.roles)
    out[role.index] = scoreOf(
      role,
      out[role.index]!,
      definingCap(role, dense.have, dense.answered),
    );
  return out;
}

/**
 * Data derived from the prepared catalogue on first use and kept on it (not in a module-level
 * cache), for the parts of the engine that need more than the kernel: paths and the quiz.
 */
export function derived<K extends keyof PreparedCatalogue['derived']>(
  prepared: PreparedCatalogue,
  key: K,
  build: () => NonNullable<PreparedCatalogue['derived'][K]>,
): NonNullable<PreparedCatalogue['derived'][K]> {
  return (prepared.derived[key] ??= build());
}
