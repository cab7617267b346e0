/**
 * Career paths over a role-to-role graph. The cost of a move A -> B is the effort (weeks, see
 * effortWeeks) to climb from A's required levels to B's, skill by skill: asymmetric, and 0 for
 * skills A already needs at B's level or above. Each role's neighbours are the NEIGHBOURS roles
 * nearest to it both ways (cost there + cost back), plus every role that counts it among its own
 * nearest: the realistic moves. The cheapest path (Dijkstra) walks neighbour to neighbour; see docs/scoring.md.
 */
import { denseProfile, engineOf, roleIndexOf, type Engine } from './engine';
import { effortWeeks } from './gaps';
import type { CareerPath, PathEdge, PreparedCatalogue, Profile } from './types';

/** How many cheapest moves make a role's neighbourhood (before adding the reverse links). */
export const NEIGHBOURS = 6;

interface PathData {
  /** cost[a * n + b]: weeks from a's requirements to b's. */
  cost: Float64Array;
  /** Levels each role requires, dense: levels[a * nSkills + s]. */
  levels: Float64Array;
  /** Neighbour sets per neighbourhood size. */
  neighbours: Map<string, Set<number>[]>;
}

function pathData(engine: Engine): PathData {
  if (engine.pathCache) return engine.pathCache;
  const n = engine.nRoles;
  const S = engine.nSkills;
  const levels = new Float64Array(n * S);
  for (let r = 0; r < n; r++)
    for (let i = engine.rowStart[r]!; i < engine.rowStart[r + 1]!; i++) levels[r * S + engine.col[i]!] = engine.req[i]!;
  const cost = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    const row = costsFrom(engine, levels.subarray(a * S, (a + 1) * S));
    cost.set(row, a * n);
  }
  const data: PathData = { cost, levels, neighbours: new Map() };
  engine.pathCache = data;
  return data;
}

/** Weeks from the given levels to each role's requirements. */
function costsFrom(engine: Engine, from: Float64Array): Float64Array {
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

/**
 * The `k` roles nearest to a node (excluding `self`) by the two-way distance
 * cost(there) + cost(back): roles are near when each needs little the other lacks. A one-way
 * cost would make every junior role "near" every senior one, since moving down costs nothing.
 */
function nearest(engine: Engine, out: Float64Array, back: (b: number) => number, self: number, k: number): number[] {
  const candidates: number[] = [];
  const distance = new Float64Array(engine.nRoles);
  for (let b = 0; b < engine.nRoles; b++) {
    if (b === self) continue;
    candidates.push(b);
    distance[b] = out[b]! + back(b);
  }
  candidates.sort((x, y) => distance[x]! - distance[y]! || engine.tieRank[x]! - engine.tieRank[y]!);
  return candidates.slice(0, Math.max(0, k));
}

function neighbourSets(engine: Engine, data: PathData, k: number): Set<number>[] {
  const key = String(k);
  const cached = data.neighbours.get(key);
  if (cached) return cached;
  const n = engine.nRoles;
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (let a = 0; a < n; a++) {
    const out = data.cost.subarray(a * n, (a + 1) * n);
    for (const b of nearest(engine, out, (b) => data.cost[b * n + a]!, a, k)) {
      sets[a]!.add(b);
      sets[b]!.add(a);
    }
  }
  data.neighbours.set(key, sets);
  return sets;
}

function edge(engine: Engine, from: Float64Array, b: number, cost: number): PathEdge {
  const skillsGained: PathEdge['skillsGained'] = [];
  for (let i = engine.rowStart[b]!; i < engine.rowStart[b + 1]!; i++) {
    const have = from[engine.col[i]!]!;
    const to = engine.req[i]!;
    if (to > have) skillsGained.push({ skillId: engine.skillIds[engine.col[i]!]!, from: have, to });
  }
  return { roleId: engine.roles[b]!.id, cost, skillsGained };
}

/** Weeks from role b's requirements up to the given levels (the way back to a profile). */
function costTo(engine: Engine, data: PathData, b: number, levels: Float64Array): number {
  const S = engine.nSkills;
  let weeks = 0;
  for (let s = 0; s < S; s++) weeks += effortWeeks(data.levels[b * S + s]!, levels[s]!);
  return weeks;
}

export interface PathOptions {
  /** Cheapest moves per role that count as neighbours (default NEIGHBOURS; Infinity = every role). */
  neighbours?: number;
}

/**
 * Neighbouring roles of a role, cheapest move first (ties: more requirement weight, then id);
 * `limit` keeps the first few.
 */
export function adjacentRoles(
  prepared: PreparedCatalogue,
  roleId: string,
  limit?: number,
  options: PathOptions = {},
): PathEdge[] {
  const engine = engineOf(prepared);
  const a = roleIndexOf(engine, roleId);
  const data = pathData(engine);
  const n = engine.nRoles;
  const row = data.cost.subarray(a * n, (a + 1) * n);
  const set = neighbourSets(engine, data, options.neighbours ?? NEIGHBOURS)[a]!;
  const back = (b: number) => data.cost[b * n + a]!;
  const list = [...set].sort(
    (x, y) => row[x]! - row[y]! || back(x) - back(y) || engine.tieRank[x]! - engine.tieRank[y]!,
  );
  const from = data.levels.subarray(a * engine.nSkills, (a + 1) * engine.nSkills);
  return list.slice(0, limit ?? list.length).map((b) => edge(engine, from, b, row[b]!));
}

/**
 * Cheapest path from a role (or the person's profile) to a target role, moving neighbour to
 * neighbour (the profile's neighbours are the roles cheapest for the person). Returns null only
 * when the target cannot be reached. `directCost` is the effort of jumping straight there.
 */
export function cheapestPath(
  prepared: PreparedCatalogue,
  from: { kind: 'role'; roleId: string } | { kind: 'profile'; profile: Profile },
  to: string,
  options: PathOptions = {},
): CareerPath | null {
  const engine = engineOf(prepared);
  const target = roleIndexOf(engine, to);
  const data = pathData(engine);
  const n = engine.nRoles;
  const S = engine.nSkills;
  const k = options.neighbours ?? NEIGHBOURS;
  const sets = neighbourSets(engine, data, k);

  // Node n is the start when it is the profile.
  const start = from.kind === 'role' ? roleIndexOf(engine, from.roleId) : n;
  const startLevels =
    from.kind === 'role' ? data.levels.subarray(start * S, (start + 1) * S) : denseProfile(engine, from.profile).have;
  const startRow = from.kind === 'role' ? data.cost.subarray(start * n, (start + 1) * n) : costsFrom(engine, startLevels);
  const fromOut: CareerPath['from'] = from.kind === 'role' ? { kind: 'role', roleId: from.roleId } : { kind: 'profile' };
  if (start === target) return { from: fromOut, to, steps: [], totalCost: 0, directCost: 0 };

  const startNeighbours =
    from.kind === 'role'
      ? sets[start]!
      : new Set(nearest(engine, startRow, (b) => costTo(engine, data, b, startLevels), -1, k));
  const dist = new Float64Array(n + 1).fill(Infinity);
  const prev = new Int32Array(n + 1).fill(-1);
  const done = new Uint8Array(n + 1);
  dist[start] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v <= n; v++) {
      if (done[v] || dist[v] === Infinity) continue;
      if (u === -1 || dist[v]! < dist[u]! || (dist[v] === dist[u] && v < n && u < n && engine.tieRank[v]! < engine.tieRank[u]!)) u = v;
    }
    if (u === -1 || u === target) break;
    done[u] = 1;
    const row = u === start ? startRow : data.cost.subarray(u * n, (u + 1) * n);
    const next = u === start ? startNeighbours : sets[u]!;
    for (const v of next) {
      if (v === start || done[v]) continue;
      const d = dist[u]! + row[v]!;
      if (d < dist[v]!) {
        dist[v] = d;
        prev[v] = u;
      }
    }
  }
  if (dist[target] === Infinity) return null;

  const nodes: number[] = [];
  for (let v = target; v !== start; v = prev[v]!) nodes.unshift(v);
  const steps: PathEdge[] = [];
  let previous = start;
  for (const v of nodes) {
    const levels = previous === start ? startLevels : data.levels.subarray(previous * S, (previous + 1) * S);
    const row = previous === start ? startRow : data.cost.subarray(previous * n, (previous + 1) * n);
    steps.push(edge(engine, levels, v, row[v]!));
    previous = v;
  }
  return { from: fromOut, to, steps, totalCost: steps.reduce((sum, s) => sum + s.cost, 0), directCost: startRow[target]! };
}
