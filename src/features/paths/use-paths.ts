import { useMemo } from 'react';
import { usePrepared } from '@/features/shared/use-prepared';
import {
  adjacentRoles,
  cheapestPath,
  gapAnalysis,
  type CareerPath,
  type PathEdge,
  type Profile,
} from '@/scoring';

/** Where a path starts: a role, or the person's own answers. */
export type PathStart = { kind: 'role'; roleId: string } | { kind: 'profile'; profile: Profile };

const NEARBY = 6;

/**
 * The roles closest to the start, cheapest first. From a role this is the engine's adjacency;
 * from the person's answers it is the direct move to each role (its gap list: the same effort
 * the engine uses for the answers' first step), keeping the nearest.
 */
export function useNearbyRoles(start: PathStart | null): PathEdge[] {
  const prepared = usePrepared();
  return useMemo(() => {
    if (!start) return [];
    if (start.kind === 'role') return adjacentRoles(prepared, start.roleId, NEARBY);
    return prepared.roleIds
      .map((roleId): PathEdge => {
        const { items } = gapAnalysis(prepared, start.profile, roleId);
        return {
          roleId,
          cost: items.reduce((sum, item) => sum + item.effortWeeks, 0),
          skillsGained: items.map((item) => ({
            skillId: item.skillId,
            from: item.have,
            to: item.required,
          })),
        };
      })
      .sort((a, b) => a.cost - b.cost || a.roleId.localeCompare(b.roleId))
      .slice(0, NEARBY);
  }, [prepared, start]);
}

/** The cheapest path from the start to the target; undefined when there is nothing to compute. */
export function useCheapestPath(
  start: PathStart | null,
  to: string | null,
): CareerPath | null | undefined {
  const prepared = usePrepared();
  return useMemo(
    () => (start && to ? cheapestPath(prepared, start, to) : undefined),
    [prepared, start, to],
  );
}
