import { describe, expect, it } from 'vitest';
import {
  formatP90,
  formatSeedDate,
  formatSource,
  formatUsd,
  seedShortTitle,
} from '@/shared/format/format';

describe('formatUsd', () => {
  it('shows whole dollars with thousands separators and no cents', () => {
    expect(formatUsd(123456)).toBe('$123,456');
    expect(formatUsd(99999.6)).toBe('$100,000');
  });
});

describe('formatP90', () => {
  it('states the top-coded bound when BLS withholds the 90th percentile', () => {
    expect(formatP90(null)).toBe('$208,000 or more (top-coded)');
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
    expect(formatSource({ kind: 'bls-oews', release: 'May 2021', soc: '15-2051' })).toBe(
      'BLS OEWS May 2021, SOC 15-2051',
    );
  });
  it('cites BLS projections with their period', () => {
    expect(
      formatSource({
        kind: 'bls-projections',
        period: '2023-33',
        citation: 'BLS Occupational Outlook Handbook: Data Scientists',
      }),
    ).toBe('BLS Occupational Outlook Handbook: Data Scientists, projections 2023-33');
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
