import { describe, expect, it } from 'vitest';
import { formatPoints, formatWeeks } from '@/shared/format/effort';

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
