import { describe, expect, it } from 'vitest';
import {
  BLS_TOP_CODE_USD,
  blsRelease,
  figureBlsOccupation,
  formatBlsOccupation,
  formatList,
  formatP90,
  formatSeedDate,
  formatSource,
  formatUsd,
  seedShortTitle,
} from '@/shared/format/format';
import { makeRole } from '../../fixtures/catalogue';

describe('formatUsd', () => {
  it('shows whole dollars with thousands separators and no cents', () => {
    expect(formatUsd(123456)).toBe('$123,456');
    expect(formatUsd(99999.6)).toBe('$100,000');
  });
});

describe('formatP90', () => {
  it('states the OEWS May 2024 top-code bound when BLS withholds the 90th percentile', () => {
    expect(BLS_TOP_CODE_USD).toBe(239_200);
    expect(formatP90(null)).toBe('$239,200 or more (top-coded)');
  });
  it('shows the figure when there is one', () => {
    expect(formatP90(187500)).toBe('$187,500');
  });
});

describe('formatSource', () => {
  it('cites an O*NET release and occupation code', () => {
    expect(formatSource({ kind: 'onet', release: '27.x', code: '15-1243.00' })).toBe(
      'O*NET 27.x, 15-1243.00',
    );
  });
  it('cites BLS wage data by release and SOC code', () => {
    expect(formatSource({ kind: 'bls-oews', release: 'May 2024', soc: '15-2051' })).toBe(
      'BLS OEWS May 2024, SOC 15-2051',
    );
  });
  it('cites BLS projections by release and SOC code, naming the period once', () => {
    expect(
      formatSource({
        kind: 'bls-projections',
        period: '2024-34',
        citation: 'BLS Employment Projections 2024-34, Table 1.2: Data scientists',
        soc: '15-2051',
      }),
    ).toBe('BLS Employment Projections 2024-34, Table 1.2: Data scientists, SOC 15-2051');
    expect(
      formatSource({
        kind: 'bls-projections',
        period: '2024-34',
        citation: 'BLS Occupational Outlook Handbook: Data Scientists',
      }),
    ).toBe('BLS Occupational Outlook Handbook: Data Scientists, projections 2024-34');
  });
  it('names the seed article in short and whom it cites', () => {
    expect(
      formatSource({
        kind: 'seed',
        article: 'data-manager-vs-lead-machine-learning-engineer',
        citing: 'BLS',
      }),
    ).toBe('Seed article: Data Manager vs. Lead ML Engineer, citing BLS');
    expect(
      formatSource({ kind: 'seed', article: 'data-operations-manager-vs-ml-software-engineer' }),
    ).toBe('Seed article: Data Operations Manager vs. ML Software Engineer');
  });
  it('gives the reason for a team judgement', () => {
    expect(
      formatSource({ kind: 'judgement', reason: 'No O*NET skills ratings exist for it' }),
    ).toBe('Team judgement: No O*NET skills ratings exist for it');
  });
});

describe('seed article labels', () => {
  it('drops the subtitle from the short title', () => {
    expect(seedShortTitle('data-manager-vs-lead-machine-learning-engineer')).not.toMatch(/:/);
  });
  it('formats the publication date without shifting the day', () => {
    expect(formatSeedDate('data-manager-vs-lead-machine-learning-engineer')).toBe(
      '30 October 2024',
    );
    expect(formatSeedDate('data-operations-manager-vs-ml-software-engineer')).toBe(
      '6 December 2023',
    );
  });
});

describe('the BLS occupation behind pay and growth', () => {
  const exact = {
    soc: '15-2051',
    title: 'Data Scientists',
    match: 'exact',
    reason: 'BLS counts data scientists as an occupation of their own',
  } as const;
  const standIn = {
    soc: '15-1252',
    title: 'Software Developers',
    match: 'stand-in',
    reason: 'BLS has no machine learning engineer occupation',
  } as const;

  it('names an exact occupation as the role’s own and a stand-in as the one BLS counts it in', () => {
    expect(formatBlsOccupation(exact)).toBe(
      'Data Scientists (SOC 15-2051), the BLS occupation for this role',
    );
    expect(formatBlsOccupation(standIn)).toBe(
      'Software Developers (SOC 15-1252), the occupation BLS counts this role in',
    );
  });

  it('names the release a BLS source cites', () => {
    expect(blsRelease({ kind: 'bls-oews', release: 'May 2024', soc: '15-1252' })).toBe(
      'OEWS May 2024',
    );
    expect(
      blsRelease({ kind: 'bls-projections', period: '2024-34', citation: 'EP', soc: '15-1252' }),
    ).toBe('Employment Projections 2024-34');
    expect(blsRelease({ kind: 'judgement', reason: 'Not a BLS figure at all' })).toBeUndefined();
  });

  it('ties a growth or employment figure to the role’s occupation, never a seed figure', () => {
    const role = makeRole({ blsOccupation: standIn });
    const growth = {
      label: 'Projected employment growth, software developers',
      value: '15.8%',
      period: '2024-34',
      source: {
        kind: 'bls-projections',
        period: '2024-34',
        citation: 'BLS Employment Projections 2024-34, Table 1.2: Software developers',
        soc: '15-1252',
      },
    } as const;
    const employment = {
      label: 'U.S. employment, software developers',
      value: '1,654,440 jobs',
      period: 'May 2024',
      source: { kind: 'bls-oews', release: 'May 2024', soc: '15-1252' },
    } as const;
    const seed = {
      label: 'Annual growth in hiring, as the article reports it',
      value: '74% a year',
      period: 'Four years to 2021',
      source: { kind: 'seed', article: 'data-operations-manager-vs-ml-software-engineer' },
    } as const;
    expect(figureBlsOccupation(role, growth)).toBe(standIn);
    expect(figureBlsOccupation(role, employment)).toBe(standIn);
    expect(figureBlsOccupation(role, seed)).toBeUndefined();
    expect(figureBlsOccupation(makeRole(), growth)).toBeUndefined();
  });

  it('joins names as a sentence does', () => {
    expect(formatList(['AI Engineer'])).toBe('AI Engineer');
    expect(formatList(['AI Engineer', 'NLP Engineer', 'MLOps Engineer'])).toBe(
      'AI Engineer, NLP Engineer and MLOps Engineer',
    );
  });
});
