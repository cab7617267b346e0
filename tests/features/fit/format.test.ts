import { describe, expect, it } from 'vitest';
import { formatLevel, formatPoints, formatWeeks } from '@/features/fit/format';

describe('formatLevel', () => {
  it('names whole levels and keeps fractional requirements as numbers', () => {
    expect(formatLevel(3)).toBe('3 (Proficient)');
    expect(formatLevel(0)).toBe('0 (Not yet)');
    expect(formatLevel(2.35)).toBe('2.4');
    expect(formatLevel(null)).toBe('Not answered');
    expect(formatLevel(undefined)).toBe('Not answered');
  });
});

describe('formatWeeks', () => {
  it('rounds to whole weeks and adds years past one year', () => {
    expect(formatWeeks(0.4)).toBe('0 weeks');
    expect(formatWeeks(1.2)).toBe('1 week');
    expect(formatWeeks(51.4)).toBe('51 weeks');
    expect(formatWeeks(52)).toBe('52 weeks (about 1 year)');
    expect(formatWeeks(328)).toBe('328 weeks (about 6.5 years)');
  });
});

describe('formatPoints', () => {
  it('shows one decimal', () => {
    expect(formatPoints(6.25)).toBe('6.3');
    expect(formatPoints(10)).toBe('10.0');
  });
});
