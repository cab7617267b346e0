import { describe, expect, it } from 'vitest';
import {
  formatCounts,
  formatLevel,
  formatLevelChange,
  heldLevel,
  requiredLevel,
} from '@/shared/format/level';

describe('requiredLevel', () => {
  it('reads a decimal requirement as its nearest whole level, as the engine does, never 0 when it asks for anything', () => {
    expect(requiredLevel(2.3)).toBe(2);
    expect(requiredLevel(2.5)).toBe(3);
    expect(requiredLevel(2)).toBe(2);
    expect(requiredLevel(2.0000001)).toBe(2);
    expect(requiredLevel(0.1)).toBe(1);
    expect(requiredLevel(0)).toBe(0);
    expect(requiredLevel(4)).toBe(4);
  });
});

describe('heldLevel', () => {
  it('rounds a held level to the nearest whole level within 0-4', () => {
    expect(heldLevel(2.4)).toBe(2);
    expect(heldLevel(2.6)).toBe(3);
    expect(heldLevel(0)).toBe(0);
  });
});

describe('formatLevel', () => {
  it('shows whole levels with their labels, never a decimal', () => {
    expect(formatLevel(3)).toBe('3 (Proficient)');
    expect(formatLevel(0)).toBe('0 (Not yet)');
    expect(formatLevel(2.6, 'required')).toBe('3 (Proficient)');
    expect(formatLevel(2.3, 'required')).toBe('2 (Working)');
    expect(formatLevel(2.3)).toBe('2 (Working)');
    expect(formatLevel(null)).toBe('Not rated yet');
    expect(formatLevel(undefined, 'required')).toBe('Not rated yet');
  });
});

describe('formatLevelChange', () => {
  it('rounds the start and reads the target as the engine does', () => {
    expect(formatLevelChange(1.4, 2.6)).toBe('1 (Beginner) → 3 (Proficient)');
    expect(formatLevelChange(1.4, 2.3)).toBe('1 (Beginner) → 2 (Working)');
    expect(formatLevelChange(0, 4)).toBe('0 (Not yet) → 4 (Expert)');
  });

  it('keeps the start below the target when both round to the same level', () => {
    expect(formatLevelChange(2.6, 2.8)).toBe('2 (Working) → 3 (Proficient)');
    expect(formatLevelChange(0.2, 0.4)).toBe('0 (Not yet) → 1 (Beginner)');
    expect(formatLevelChange(2.4, 2.2)).toBe('1 (Beginner) → 2 (Working)');
  });
});

describe('formatCounts', () => {
  it('names unrated requirements apart, never as missing', () => {
    expect(formatCounts({ met: 8, partial: 2, missing: 1, unrated: 3 })).toBe(
      '8 met, 2 partly met, 1 missing, 3 not rated yet',
    );
    expect(formatCounts({ met: 1, partial: 0, missing: 0, unrated: 0 })).toBe(
      '1 met, 0 partly met, 0 missing',
    );
  });
});
