import { useMemo } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import {
  cheapestPath,
  nearestRoles,
  NEIGHBOURS,
  type CareerPath,
  type PathEdge,
  type PathStart,
} from '@/scoring';

export type { PathStart };

/** The roles closest to the start (a role or the person's answers), cheapest move first. */
export function useNearbyRoles(start: PathStart | null): PathEdge[] {
  const { prepared } = useCatalogueModel();
  return useMemo(() => (start ? nearestRoles(prepared, start, NEIGHBOURS) : []), [prepared, start]);
}

/** The recommended route from the start to the target; undefined when there is nothing to compute. */
export function useCheapestPath(
  start: PathStart | null,
  to: string | null,
): CareerPath | undefined {
  const { prepared } = useCatalogueModel();
  return useMemo(
    () => (start && to ? cheapestPath(prepared, start, to) : undefined),
    [prepared, start, to],
  );
}
