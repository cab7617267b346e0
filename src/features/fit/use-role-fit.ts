import { useMemo } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { useWhatIfRows } from './use-what-if-rows';
import {
  explainRole,
  gapAnalysis,
  type GapAnalysis,
  type RoleScore,
  type WhatIfRow,
} from '@/scoring';
import { useEffectiveProfile } from '@/store/what-if';

export interface RoleFitData {
  /** The role scored against the answers with any temporary what-if changes applied. */
  score: RoleScore;
  gaps: GapAnalysis;
  /** Before/after for this role while what-if changes are active. */
  change: WhatIfRow | undefined;
}

/** The person's fit to one role; recomputed synchronously whenever answers or what-if change. */
export function useRoleFit(roleId: string): RoleFitData | null {
  const { prepared } = useCatalogueModel();
  const profile = useEffectiveProfile();
  const rows = useWhatIfRows();
  const fit = useMemo(() => {
    if (!prepared.roleIndex.has(roleId)) return null;
    return {
      score: explainRole(prepared, profile, roleId),
      gaps: gapAnalysis(prepared, profile, roleId),
    };
  }, [prepared, profile, roleId]);
  return fit && { ...fit, change: rows.get(roleId) };
}
