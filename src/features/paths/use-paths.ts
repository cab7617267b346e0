import { useMemo } from 'react';
import { usePrepared } from '@/features/shared/use-prepared';
import {
  cheapestPath,
  nearestRoles,
  type CareerPath,
  type PathEdge,
  type PathStart,
} from '@/scoring';

export type { PathStart };

const NEARBY = 6;

/** The roles closest to the start (a role or the person's answers), cheapest move first. */
export function useNearbyRoles(start: PathStart | null): PathEdge[] {
  const prepared = usePrepared();
  return useMemo(() => (start ? nearestRoles(prepared, start, NEARBY) : []), [prepared, start]);
}

/** The recommended route from the start to the target; undefined when there is nothing to compute. */
export function useCheapestPath(
  start: PathStart | null,
  to: string | null,
): CareerPath | undefined {
  const prepared = usePrepared();
  return useMemo(
    () => (start && to ? cheapestPath(prepared, start, to) : undefined),
    [prepared, start, to],
  );
}
