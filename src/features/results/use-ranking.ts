import { useMemo } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import {
  explainRole,
  rankRoles,
  type Profile,
  type RoleScore,
  type RankFilters,
  type RankedRole,
  type WorkPreferences,
} from '@/scoring';

export interface Ranking {
  ranked: RankedRole[];
  /** The ranking of `baseline` when one was given, else `ranked` itself. */
  baseline: RankedRole[];
  /** role id -> places moved relative to the baseline (positive = up); empty without one. */
  movement: ReadonlyMap<string, number>;
  /** A ranked role's score with its per-skill contributions (computed for the roles shown). */
  explain: (roleId: string) => RoleScore;
  /** The same on the baseline answers. */
  explainBaseline: (roleId: string) => RoleScore;
}

/** explainRole for one profile, each role worked out once. */
function explainer(prepared: Parameters<typeof explainRole>[0], profile: Profile) {
  const done = new Map<string, RoleScore>();
  return (roleId: string): RoleScore => {
    let score = done.get(roleId);
    if (!score) done.set(roleId, (score = explainRole(prepared, profile, roleId)));
    return score;
  };
}

/**
 * Ranks roles for `profile`. With a `baseline` (the saved answers while what-if changes are
 * tried), each role's movement is measured under the same filters and preferences, so the
 * arrows match the list on screen. Two rankings of a few dozen roles take well under a frame.
 */
export function useRanking(
  profile: Profile,
  preferences: WorkPreferences | null,
  filters: RankFilters,
  baseline?: Profile,
): Ranking {
  const { prepared } = useCatalogueModel();
  return useMemo(() => {
    const options = preferences ? { filters, preferences } : { filters };
    const ranked = rankRoles(prepared, profile, options);
    const explain = explainer(prepared, profile);
    if (!baseline || baseline === profile)
      return { ranked, baseline: ranked, movement: new Map(), explain, explainBaseline: explain };
    const before = rankRoles(prepared, baseline, options);
    const rankBefore = new Map(before.map((r) => [r.roleId, r.rank]));
    const movement = new Map<string, number>();
    for (const role of ranked) {
      const was = rankBefore.get(role.roleId);
      if (was !== undefined && was !== role.rank) movement.set(role.roleId, was - role.rank);
    }
    return {
      ranked,
      baseline: before,
      movement,
      explain,
      explainBaseline: explainer(prepared, baseline),
    };
  }, [prepared, profile, preferences, filters, baseline]);
}
