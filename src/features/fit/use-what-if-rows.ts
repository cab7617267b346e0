import { useMemo } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { whatIf, type WhatIfRow } from '@/scoring';
import { useAnswers, usePreferences } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';

/**
 * Every role's score and rank before and after the temporary changes (ranked with the person's
 * preferences, as on the results page), keyed by role id; empty when nothing is being tried.
 */
export function useWhatIfRows(): ReadonlyMap<string, WhatIfRow> {
  const { prepared } = useCatalogueModel();
  const answers = useAnswers();
  const preferences = usePreferences();
  const overrides = useWhatIfStore((s) => s.overrides);
  return useMemo(() => {
    // Overrides for skills this catalogue lacks are ignored, as useEffectiveProfile does.
    const known = new Set(prepared.skillIds);
    const changes = Object.fromEntries(Object.entries(overrides).filter(([id]) => known.has(id)));
    if (Object.keys(changes).length === 0) return new Map();
    return new Map(
      whatIf(prepared, answers, changes, { preferences }).map((row) => [row.roleId, row]),
    );
  }, [prepared, answers, preferences, overrides]);
}
