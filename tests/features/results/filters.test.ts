import { describe, expect, it } from 'vitest';
import { readFilters, toRankFilters, writeFilters } from '@/features/results/filters';

describe('results filters in the URL', () => {
  it('reads valid industry, seniority and education values', () => {
    const values = readFilters(
      new URLSearchParams('industry=finance&industry=healthcare&seniority=lead&education=master'),
    );
    expect(values).toEqual({
      industries: ['finance', 'healthcare'],
      seniority: 'lead',
      education: 'master',
    });
  });

  it('ignores unknown or malformed values instead of trusting them', () => {
    const values = readFilters(
      new URLSearchParams('industry=mars&industry=__proto__&seniority=ceo&education=<b>'),
    );
    expect(values).toEqual({ industries: [], seniority: null, education: null });
  });

  it('turns a maximum education into every level up to and including it', () => {
    expect(toRankFilters({ industries: [], seniority: null, education: 'bachelor' })).toEqual({
      education: ['none', 'associate', 'bachelor'],
    });
    expect(toRankFilters({ industries: [], seniority: null, education: null })).toEqual({});
  });

  it('writes filters without touching other params such as the example flag', () => {
    const next = writeFilters(new URLSearchParams('example=1&seniority=lead'), {
      industries: ['finance'],
      seniority: null,
      education: 'master',
    });
    expect(next.get('example')).toBe('1');
    expect(next.get('seniority')).toBeNull();
    expect(next.getAll('industry')).toEqual(['finance']);
    expect(next.get('education')).toBe('master');
  });
});
