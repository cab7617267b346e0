import { describe, expect, it } from 'vitest';
import { formatLevel, formatLevelChange, heldLevel, requiredLevel } from '@/shared/format/level';

describe('requiredLevel', () => {
  it('rounds a decimal requirement up to the whole level to reach, ignoring arithmetic noise', () => {
    expect(requiredLevel(2.3)).toBe(3);
    expect(requiredLevel(2)).toBe(2);
    expect(requiredLevel(2.0000001)).toBe(2);
    expect(requiredLevel(0.1)).toBe(1);
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
    expect(formatLevel(2.3, 'required')).toBe('3 (Proficient)');
    expect(formatLevel(2.3)).toBe('2 (Working)');
    expect(formatLevel(null)).toBe('Not answered');
    expect(formatLevel(undefined, 'required')).toBe('Not answered');
  });
});

describe('formatLevelChange', () => {
  it('rounds the start and rounds the target up', () => {
    expect(formatLevelChange(1.4, 2.3)).toBe('1 (Beginner) → 3 (Proficient)');
    expect(formatLevelChange(0, 4)).toBe('0 (Not yet) → 4 (Expert)');
  });

  it('keeps the start below the target when both round to the same level', () => {
    expect(formatLevelChange(2.6, 2.8)).toBe('2 (Working) → 3 (Proficient)');
    expect(formatLevelChange(0.2, 0.4)).toBe('0 (Not yet) → 1 (Beginner)');
  });
});
