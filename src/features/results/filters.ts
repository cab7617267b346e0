/**
 * Results filters live in the URL search params (never in a store), so a link reproduces them:
 *   ?industry=<id>           roles that name this industry (repeatable)
 *   ?seniority=lead|individual-contributor
 *   ?education=<level>       the most formal education the person will consider; keeps roles whose
 *                            typical education is at or below it
 * Unknown or malformed values are ignored, never trusted.
 */
import { useCallback, useMemo } from 'react';
import type { EducationLevel } from '@/catalogue/schema';
import { EDUCATION_LEVELS } from '@/catalogue/vocabulary';
import { isIndustryId, type IndustryId } from '@/catalogue/vocabulary';
import type { RankFilters } from '@/scoring';
import { useSearchParamsMerge } from '@/shared/hooks/use-search-params-merge';

export type Seniority = NonNullable<RankFilters['seniority']>;

export interface FilterValues {
  industries: IndustryId[];
  seniority: Seniority | null;
  education: EducationLevel | null;
}

export const SENIORITY_LABELS: Record<Seniority, string> = {
  'individual-contributor': 'Individual contributor',
  lead: 'Lead or manager',
};

const EDUCATION_ORDER = Object.keys(EDUCATION_LEVELS) as EducationLevel[];

const isEducation = (v: string): v is EducationLevel => Object.hasOwn(EDUCATION_LEVELS, v);
const isSeniority = (v: string): v is Seniority => Object.hasOwn(SENIORITY_LABELS, v);

export function readFilters(params: URLSearchParams): FilterValues {
  const industries = [...new Set(params.getAll('industry').filter(isIndustryId))];
  const seniority = params.get('seniority') ?? '';
  const education = params.get('education') ?? '';
  return {
    industries,
    seniority: isSeniority(seniority) ? seniority : null,
    education: isEducation(education) ? education : null,
  };
}

/** Translates the URL's values into the scoring engine's filters. */
export function toRankFilters(values: FilterValues): RankFilters {
  const filters: RankFilters = {};
  if (values.industries.length > 0) filters.industries = values.industries;
  if (values.seniority) filters.seniority = values.seniority;
  if (values.education) {
    const max = EDUCATION_ORDER.indexOf(values.education);
    filters.education = EDUCATION_ORDER.slice(0, max + 1);
  }
  return filters;
}

export function hasFilters(values: FilterValues): boolean {
  return values.industries.length > 0 || values.seniority !== null || values.education !== null;
}

/** Writes the filters into params, leaving every other param (e.g. `example`) as it was. */
export function writeFilters(params: URLSearchParams, values: FilterValues): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('industry');
  next.delete('seniority');
  next.delete('education');
  for (const id of values.industries) next.append('industry', id);
  if (values.seniority) next.set('seniority', values.seniority);
  if (values.education) next.set('education', values.education);
  return next;
}

export function useResultFilters() {
  const [params, merge] = useSearchParamsMerge();
  const values = useMemo(() => readFilters(params), [params]);
  const filters = useMemo(() => toRankFilters(values), [values]);
  const setValues = useCallback(
    (change: Partial<FilterValues>) =>
      merge((prev) => writeFilters(prev, { ...readFilters(prev), ...change })),
    [merge],
  );
  return { values, filters, setValues };
}
