import { describe, expect, it } from 'vitest';
import {
  prepareCatalogue,
  rankRoles,
  type PreferenceReason,
  type WorkPreferences,
} from '@/scoring';
import { describeReason } from '@/shared/format/voice';
import { resultsCatalogue } from '../../features/results/helpers';

const SECOND_PERSON = /\byou(?:r|rs|rself)?\b/i;

/** Every reason the engine can give on the fixture: both leadership leans, an industry, a set-aside. */
function engineReasons(): PreferenceReason[] {
  const prepared = prepareCatalogue(resultsCatalogue());
  const cases: WorkPreferences[] = [
    { leadership: 1, industries: ['finance', 'healthcare', 'technology'], maxJobZone: 1 },
    { leadership: -0.5, industries: ['finance', 'healthcare', 'technology'], maxJobZone: 1 },
  ];
  return cases.flatMap((preferences) =>
    rankRoles(prepared, { sql: 2 }, { preferences }).flatMap((r) => r.preferenceReasons),
  );
}

describe('describeReason', () => {
  it('puts every kind of engine reason into words for the person', () => {
    const reasons = engineReasons();
    expect(new Set(reasons.map((r) => r.kind))).toEqual(
      new Set(['leadership', 'industry', 'job-zone']),
    );
    for (const reason of reasons) expect(describeReason(reason, 'own')).toMatch(SECOND_PERSON);
    expect(
      describeReason({ kind: 'industry', points: 3, industries: ['finance', 'healthcare'] }, 'own'),
    ).toBe('+3: common in Finance and banking, Healthcare, which you picked');
    expect(describeReason({ kind: 'job-zone', zone: 5, maxJobZone: 4 }, 'own')).toBe(
      'Set aside: usually needs preparation at job zone 5, above the most you chose (4)',
    );
  });

  it('describes someone else’s preferences without addressing the viewer', () => {
    for (const reason of engineReasons())
      expect(describeReason(reason, 'other')).not.toMatch(SECOND_PERSON);
    expect(describeReason({ kind: 'leadership', points: 5, prefers: 'building' }, 'other')).toBe(
      '+5: a hands-on role, and they prefer building things themselves',
    );
    expect(describeReason({ kind: 'leadership', points: 2.5, prefers: 'leading' }, 'other')).toBe(
      '+2.5: a lead role, and they prefer leading people',
    );
  });
});
