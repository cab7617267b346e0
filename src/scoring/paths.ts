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
import { denseProfile, derived, roleOf } from './engine';
import { effortWeeks } from './gaps';
import type { CareerPath, PathData, PathEdge, PreparedCatalogue, Profile } from './types';

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

/** Built on first use: 32 roles x ~20 requirements is a few thousand effortWeeks calls. */
function pathData(prepared: PreparedCatalogue): PathData {
  return derived(prepared, 'paths', () => {
    const n = prepared.roles.length;
    const S = prepared.skillIds.length;
    const levels = new Float64Array(n * S);
    for (const role of prepared.roles)
      for (let i = 0; i < role.skill.length; i++)
        levels[role.index * S + role.skill[i]!] = role.required[i]!;
    const weeks = new Float64Array(n * n);
    for (let a = 0; a < n; a++)
      weeks.set(weeksFrom(prepared, levels.subarray(a * S, (a + 1) * S)), a * n);
    return { weeks, cost: weeks.map(leapCost), levels };
  });
}

/** Weeks from the given levels to each role's requirements. */
function weeksFrom(prepared: PreparedCatalogue, from: Float64Array): Float64Array {
  return Float64Array.from(prepared.roles, (role) => {
    let weeks = 0;
    for (let i = 0; i < role.skill.length; i++)
      weeks += effortWeeks(from[role.skill[i]!]!, role.required[i]!);
    return weeks;
  });
}

function edge(
  prepared: PreparedCatalogue,
  from: Float64Array,
  b: number,
  weeks: number,
  cost: number,
): PathEdge {
  const role = prepared.roles[b]!;
  const skillsGained: PathEdge['skillsGained'] = [];
  for (let i = 0; i < role.skill.length; i++) {
    const have = from[role.skill[i]!]!;
    const to = role.required[i]!;
    if (to > have)
      skillsGained.push({ skillId: prepared.skillIds[role.skill[i]!]!, from: have, to });
  }
  return { roleId: role.id, cost, weeks, skillsGained };
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

function startOf(prepared: PreparedCatalogue, data: PathData, from: PathStart): Start {
  const n = prepared.roles.length;
  const S = prepared.skillIds.length;
  if (from.kind === 'role') {
    const a = roleOf(prepared, from.roleId).index;
    return {
      index: a,
      levels: data.levels.subarray(a * S, (a + 1) * S),
      weeks: data.weeks.subarray(a * n, (a + 1) * n),
      cost: data.cost.subarray(a * n, (a + 1) * n),
    };
  }
  const levels = denseProfile(prepared, from.profile).have;
  const weeks = weeksFrom(prepared, levels);
  return { index: n, levels, weeks, cost: weeks.map(leapCost) };
}

/**
 * The roles nearest a start (a role or the person's profile), cheapest move first (ties: the
 * role whose way back costs less, then more requirement weight, then id); `limit` (default
 * NEIGHBOURS) keeps the first few. The start role itself is never listed.
 */
export function nearestRoles(
  prepared: PreparedCatalogue,
  from: PathStart,
  limit = NEIGHBOURS,
): PathEdge[] {
  const data = pathData(prepared);
  const start = startOf(prepared, data, from);
  const n = prepared.roles.length;
  const S = prepared.skillIds.length;
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
  list.sort(
    (x, y) =>
      start.cost[x]! - start.cost[y]! ||
      back[x]! - back[y]! ||
      prepared.roles[x]!.tieRank - prepared.roles[y]!.tieRank,
  );
  return list
    .slice(0, Math.max(0, limit))
    .map((b) => edge(prepared, start.levels, b, start.weeks[b]!, start.cost[b]!));
}

/**
 * Roles adjacent to a role: the cheapest moves from it (see nearestRoles), `limit` of them
 * (default NEIGHBOURS).
 */
export function adjacentRoles(
  prepared: PreparedCatalogue,
  roleId: string,
  limit = NEIGHBOURS,
): PathEdge[] {
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
  const target = roleOf(prepared, to).index;
  const data = pathData(prepared);
  const n = prepared.roles.length;
  const S = prepared.skillIds.length;
  const start = startOf(prepared, data, from);
  const fromOut: CareerPath['from'] =
    from.kind === 'role' ? { kind: 'role', roleId: from.roleId } : { kind: 'profile' };
  if (start.index === target)
    return {
      from: fromOut,
      to,
      steps: [],
      totalCost: 0,
      totalWeeks: 0,
      directCost: 0,
      directWeeks: 0,
    };

  // Nodes 0..n-1 are roles; node n is the profile when the path starts from one.
  const dist = new Float64Array(n + 1).fill(Infinity);
  const hops = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1).fill(-1);
  const done = new Uint8Array(n + 1);
  const rank = (v: number) => (v < n ? prepared.roles[v]!.tieRank : -1);
  dist[start.index] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v <= n; v++) {
      if (done[v] || dist[v] === Infinity) continue;
      if (
        u === -1 ||
        dist[v]! < dist[u]! - EPSILON ||
        (dist[v]! <= dist[u]! + EPSILON && rank(v) < rank(u))
      )
        u = v;
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
    if (u === start.index)
      steps.unshift(edge(prepared, start.levels, v, start.weeks[v]!, start.cost[v]!));
    else
      steps.unshift(
        edge(
          prepared,
          data.levels.subarray(u * S, (u + 1) * S),
          v,
          data.weeks[u * n + v]!,
          data.cost[u * n + v]!,
        ),
      );
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
