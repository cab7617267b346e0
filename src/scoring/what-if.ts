/**
 * What-if: rescore with some levels changed and report each role's score and rank movement.
 */
import { addToDense, denseProfile, scoreAll } from './engine';
import { checkPreferences } from './preferences';
import { adjustScores, orderRoles, type RankOptions } from './score';
import type { PreparedCatalogue, Profile, WhatIfRow } from './types';

/**
 * Each role's skill score before and after applying `changes` on top of `profile` (a change sets
 * that skill's level), with ranks ordered exactly as rankRoles orders them (same preferences;
 * filters are not applied, so every role has a rank). Rows come in the new rank order.
 */
export function whatIf(
  prepared: PreparedCatalogue,
  profile: Profile,
  changes: Profile,
  options: Pick<RankOptions, 'preferences'> = {},
): WhatIfRow[] {
  const { preferences } = options;
  if (preferences) checkPreferences(preferences);
  const dense = denseProfile(prepared, profile);
  const before = scoreAll(prepared, dense);
  const rankBefore = new Int32Array(prepared.roles.length);
  orderRoles(prepared, adjustScores(prepared, dense, before, preferences), prepared.roles).forEach(
    (role, k) => (rankBefore[role.index] = k + 1),
  );
  addToDense(prepared, dense, changes, 'what-if changes');
  const after = scoreAll(prepared, dense);
  return orderRoles(
    prepared,
    adjustScores(prepared, dense, after, preferences),
    prepared.roles,
  ).map((role, k) => ({
    roleId: role.id,
    before: before[role.index]!,
    after: after[role.index]!,
    rankBefore: rankBefore[role.index]!,
    rankAfter: k + 1,
    movement: rankBefore[role.index]! - (k + 1),
  }));
}
