/**
 * Career paths over the complete role-to-role graph. A move A -> B needs w = the weeks (see
 * effortWeeks) to climb from A's required levels to B's, skill by skill: asymmetric, and 0 for
 * skills A already needs at B's level or above. Its cost is convex in the size of the leap:
 *
 *   cost(A -> B) = w * (1 + w / LEAP_WEEKS)
 *
 * so two moderate moves with a job in between can beat one big leap even when they need more
 * learning in total. Every move is an edge, so the cheapest path (Dijkstra) never costs more
 * than the direct jump. Adjacent roles are the cheapest moves. See docs/scoring.md.
 */
import { denseProfile, engineOf, roleIndexOf, type Engine } from './engine';
import { effortWeeks } from './gaps';
import type { CareerPath, PathEdge, PreparedCatalogue, Profile } from './types';

/**
 * Weeks of learning at which a leap counts double. Learning away from the job fades and has
 * nothing to practise on; each role held on the way turns study into daily practice, so the
 * strain of a leap grows with its size. 100 weeks is about two years of part-time study:
 * a leap that long with no job in between is twice as hard as its raw weeks suggest.
 */
export const LEAP_WEEKS = 100;

/** How many cheapest moves adjacentRoles lists by default. */
export const NEIGHBOURS = 6;

/** Costs closer than this are equal (sums of the same figures in another order). */
const EPSILON = 1e-9;

/** The cost of a move that needs `weeks` of learning: w * (1 + w / LEAP_WEEKS). */
export function leapCost(weeks: number): number {
  return weeks * (1 + weeks / LEAP_WEEKS);
}

interface PathData {
  /** weeks[a * n + b]: learning weeks from a's requirements to b's. */
  weeks: Float64Array;
  /** cost[a * n + b]: leapCost of weeks[a * n + b]. */
  cost: Float64Array;
  /** Levels each role requires, dense: levels[a * nSkills + s]. */
  levels: Float64Array;
}

const cache = new WeakMap<Engine, PathData>();

/** Built once per catalogue: 32 roles x ~20 requirements is a few thousand effortWeeks calls. */
function pathData(engine: Engine): PathData {
  const cached = cache.get(engine);
  if (cached) return cached;
  const n = engine.nRoles;
  const S = engine.nSkills;
  const levels = new Float64Array(n * S);
  for (let r = 0; r < n; r++)
    for (let i = engine.rowStart[r]!; i < engine.rowStart[r + 1]!; i++) levels[r * S + engine.col[i]!] = engine.req[i]!;
  const weeks = new Float64Array(n * n);
  for (let a = 0; a < n; a++) weeks.set(weeksFrom(engine, levels.subarray(a * S, (a + 1) * S)), a * n);
  const data: PathData = { weeks, cost: weeks.map(leapCost), levels };
  cache.set(engine, data);
  return data;
}

/** Weeks from the given levels to each role's requirements. */
function weeksFrom(engine: Engine, from: Float64Array): Float64Array {
  const n = engine.nRoles;
  const out = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    let weeks = 0;
    for (let i = engine.rowStart[b]!; i < engine.rowStart[b + 1]!; i++)
      weeks += effortWeeks(from[engine.col[i]!]!, engine.req[i]!);
    out[b] = weeks;
  }
  return out;
}

function edge(engine: Engine, from: Float64Array, b: number, weeks: number, cost: number): PathEdge {
  const skillsGained: PathEdge['skillsGained'] = [];
  for (let i = engine.rowStart[b]!; i < engine.rowStart[b + 1]!; i++) {
    const have = from[engine.col[i]!]!;
    const to = engine.req[i]!;
    if (to > have) skillsGained.push({ skillId: engine.skillIds[engine.col[i]!]!, from: have, to });
  }
  return { roleId: engine.roles[b]!.id, cost, weeks, skillsGained };
}

/** Where a path starts: a role, or the person's own levels. */
export type PathStart = { kind: 'role'; roleId: string } | { kind: 'profile'; profile: Profile };

interface Start {
  /** Role index, or n for a profile. */
  index: number;
  levels: Float64Array;
  weeks: Float64Array;
  cost: Float64Array;
}

function startOf(engine: Engine, data: PathData, from: PathStart): Start {
  const n = engine.nRoles;
  const S = engine.nSkills;
  if (from.kind === 'role') {
    const a = roleIndexOf(engine, from.roleId);
    return {
      index: a,
      levels: data.levels.subarray(a * S, (a + 1) * S),
      weeks: data.weeks.subarray(a * n, (a + 1) * n),
      cost: data.cost.subarray(a * n, (a + 1) * n),
    };
  }
  const levels = denseProfile(engine, from.profile).have;
  const weeks = weeksFrom(engine, levels);
  return { index: n, levels, weeks, cost: weeks.map(leapCost) };
}

/**
 * The roles nearest a start (a role or the person's profile), cheapest move first (ties: the
 * role whose way back costs less, then more requirement weight, then id); `limit` (default
 * NEIGHBOURS) keeps the first few. The start role itself is never listed.
 */
export function nearestRoles(prepared: PreparedCatalogue, from: PathStart, limit = NEIGHBOURS): PathEdge[] {
  const engine = engineOf(prepared);
  const data = pathData(engine);
  const start = startOf(engine, data, from);
  const n = engine.nRoles;
  const S = engine.nSkills;
  const back = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    if (start.index < n) back[b] = data.weeks[b * n + start.index]!;
    else {
      let weeks = 0;
      for (let s = 0; s < S; s++) weeks += effortWeeks(data.levels[b * S + s]!, start.levels[s]!);
      back[b] = weeks;
    }
  }
  const list: number[] = [];
  for (let b = 0; b < n; b++) if (b !== start.index) list.push(b);
  list.sort((x, y) => start.cost[x]! - start.cost[y]! || back[x]! - back[y]! || engine.tieRank[x]! - engine.tieRank[y]!);
  return list.slice(0, Math.max(0, limit)).map((b) => edge(engine, start.levels, b, start.weeks[b]!, start.cost[b]!));
}

/**
 * Roles adjacent to a role: the cheapest moves from it (see nearestRoles), `limit` of them
 * (default NEIGHBOURS).
 */
export function adjacentRoles(prepared: PreparedCatalogue, roleId: string, limit = NEIGHBOURS): PathEdge[] {
  return nearestRoles(prepared, { kind: 'role', roleId }, limit);
}

/**
 * Cheapest path from a role (or the person's profile) to a target role by Dijkstra over the
 * complete graph, with edge cost leapCost(weeks). Equal costs prefer fewer steps, then roles
 * earlier in the tie-break order, so the result does not depend on the order roles are listed.
 * totalCost <= directCost always (the direct jump is one of the paths). An empty path when the
 * start is the target.
 */
export function cheapestPath(prepared: PreparedCatalogue, from: PathStart, to: string): CareerPath {
  const engine = engineOf(prepared);
  const target = roleIndexOf(engine, to);
  const data = pathData(engine);
  const n = engine.nRoles;
  const S = engine.nSkills;
  const start = startOf(engine, data, from);
  const fromOut: CareerPath['from'] = from.kind === 'role' ? { kind: 'role', roleId: from.roleId } : { kind: 'profile' };
  if (start.index === target)
    return { from: fromOut, to, steps: [], totalCost: 0, totalWeeks: 0, directCost: 0, directWeeks: 0 };

  // Nodes 0..n-1 are roles; node n is the profile when the path starts from one.
  const dist = new Float64Array(n + 1).fill(Infinity);
  const hops = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1).fill(-1);
  const done = new Uint8Array(n + 1);
  const rank = (v: number) => (v < n ? engine.tieRank[v]! : -1);
  dist[start.index] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v <= n; v++) {
      if (done[v] || dist[v] === Infinity) continue;
      if (u === -1 || dist[v]! < dist[u]! - EPSILON || (dist[v]! <= dist[u]! + EPSILON && rank(v) < rank(u))) u = v;
    }
    if (u === -1 || u === target) break;
    done[u] = 1;
    const row = u === start.index ? start.cost : data.cost.subarray(u * n, (u + 1) * n);
    for (let v = 0; v < n; v++) {
      if (done[v] || v === u) continue;
      const d = dist[u]! + row[v]!;
      if (d < dist[v]! - EPSILON || (d <= dist[v]! + EPSILON && hops[u]! + 1 < hops[v]!)) {
        dist[v] = d;
        hops[v] = hops[u]! + 1;
        prev[v] = u;
      }
    }
  }

  const steps: PathEdge[] = [];
  for (let v = target; v !== start.index; v = prev[v]!) {
    const u = prev[v]!;
    if (u === start.index) steps.unshift(edge(engine, start.levels, v, start.weeks[v]!, start.cost[v]!));
    else steps.unshift(edge(engine, data.levels.subarray(u * S, (u + 1) * S), v, data.weeks[u * n + v]!, data.cost[u * n + v]!));
  }
  return {
    from: fromOut,
    to,
    steps,
    totalCost: steps.reduce((sum, s) => sum + s.cost, 0),
    totalWeeks: steps.reduce((sum, s) => sum + s.weeks, 0),
    directCost: start.cost[target]!,
    directWeeks: start.weeks[target]!,
  };
}
