import { useMemo } from 'react';
import { INDUSTRIES, type IndustryId } from '@/catalogue/schema';
import { usePrepared } from '@/features/shared/use-prepared';
import {
  rankRoles,
  type Profile,
  type RankFilters,
  type RankedRole,
  type WorkPreferences,
} from '@/scoring';

/** Industry ids as people read them, for the engine's preference reasons. */
export const industryName = (id: string): string =>
  Object.hasOwn(INDUSTRIES, id) ? INDUSTRIES[id as IndustryId] : id;

export interface Ranking {
  ranked: RankedRole[];
  /** The ranking of `baseline` when one was given, else `ranked` itself. */
  baseline: RankedRole[];
  /** role id -> places moved relative to the baseline (positive = up); empty without one. */
  movement: ReadonlyMap<string, number>;
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
  const prepared = usePrepared();
  return useMemo(() => {
    const options = preferences ? { filters, preferences, industryName } : { filters };
    const ranked = rankRoles(prepared, profile, options);
    if (!baseline || baseline === profile) return { ranked, baseline: ranked, movement: new Map() };
    const before = rankRoles(prepared, baseline, options);
    const rankBefore = new Map(before.map((r) => [r.roleId, r.rank]));
    const movement = new Map<string, number>();
    for (const role of ranked) {
      const was = rankBefore.get(role.roleId);
      if (was !== undefined && was !== role.rank) movement.set(role.roleId, was - role.rank);
    }
    return { ranked, baseline: before, movement };
  }, [prepared, profile, preferences, filters, baseline]);
}
