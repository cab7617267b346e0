/**
 * What-if: rescore with some levels changed and report each role's score and rank movement.
 */
import { addToDense, denseProfile, engineOf, type Engine } from './engine';
import { checkPreferences, preferenceEffect } from './preferences';
import { orderRoles, scoreVector, type RankOptions } from './score';
import type { PreparedCatalogue, Profile, WhatIfRow } from './types';

function ranksFor(engine: Engine, scores: Float64Array, options: RankOptions) {
  const n = engine.nRoles;
  let adjusted = scores;
  let excluded: Uint8Array | null = null;
  if (options.preferences) {
    adjusted = new Float64Array(n);
    excluded = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      const effect = preferenceEffect(engine.roles[r]!, options.preferences);
      adjusted[r] = Math.min(100, Math.max(0, scores[r]! + effect.adjustment));
      excluded[r] = effect.excluded ? 1 : 0;
    }
  }
  return orderRoles(engine, adjusted, excluded, null);
}

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
  const engine = engineOf(prepared);
  if (options.preferences) checkPreferences(options.preferences);
  const dense = denseProfile(engine, profile);
  const before = scoreVector(engine, dense.have);
  addToDense(engine, dense, changes, 'what-if changes');
  const after = scoreVector(engine, dense.have);
  const ranksBefore = ranksFor(engine, before, options);
  const ranksAfter = ranksFor(engine, after, options);
  return Array.from(ranksAfter.order, (r) => {
    const rankBefore = ranksBefore.rankOf[r]!;
    const rankAfter = ranksAfter.rankOf[r]!;
    return {
      roleId: engine.roles[r]!.id,
      before: before[r]!,
      after: after[r]!,
      rankBefore,
      rankAfter,
      movement: rankBefore - rankAfter,
    };
  });
}
