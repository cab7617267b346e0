import { useMemo } from 'react';
import { usePrepared } from '@/features/shared/use-prepared';
import { whatIf, type WhatIfRow } from '@/scoring';
import { useAnswers } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';

/**
 * Every role's score and rank before and after the temporary changes, keyed by role id;
 * empty when nothing is being tried.
 */
export function useWhatIfRows(): ReadonlyMap<string, WhatIfRow> {
  const prepared = usePrepared();
  const answers = useAnswers();
  const overrides = useWhatIfStore((s) => s.overrides);
  return useMemo(() => {
    if (Object.keys(overrides).length === 0) return new Map();
    return new Map(whatIf(prepared, answers, overrides).map((row) => [row.roleId, row]));
  }, [prepared, answers, overrides]);
}
