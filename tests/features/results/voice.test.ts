import { describe, expect, it } from 'vitest';
import { reasonFor } from '@/features/results/voice';
import { prepareCatalogue, rankRoles, type WorkPreferences } from '@/scoring';
import { resultsCatalogue } from './helpers';

const SECOND_PERSON = /\byou(?:r|rs|rself)?\b/i;

/** Every reason the engine can give on the fixture: both leadership leans, an industry, a set-aside. */
function engineReasons(): string[] {
  const prepared = prepareCatalogue(resultsCatalogue());
  const cases: WorkPreferences[] = [
    { leadership: 1, industries: ['finance', 'healthcare', 'technology'], maxJobZone: 1 },
    { leadership: -0.5, industries: ['finance', 'healthcare', 'technology'], maxJobZone: 1 },
  ];
  return cases.flatMap((preferences) =>
    rankRoles(prepared, { sql: 2 }, { preferences }).flatMap((r) => r.preferenceReasons),
  );
}

describe('reasonFor', () => {
  it('keeps the engine’s words for the person’s own results', () => {
    for (const reason of engineReasons()) expect(reasonFor(reason, 'own')).toBe(reason);
  });

  it('describes someone else’s preferences without addressing the viewer', () => {
    const reasons = engineReasons();
    expect(reasons.some((r) => SECOND_PERSON.test(r))).toBe(true);
    for (const reason of reasons) expect(reasonFor(reason, 'other')).not.toMatch(SECOND_PERSON);
    expect(reasonFor('+3: common in Finance, which you picked', 'other')).toBe(
      '+3: common in Finance, which they picked',
    );
    expect(reasonFor('+5: a hands-on role, and you prefer building things yourself', 'other')).toBe(
      '+5: a hands-on role, and they prefer building things themselves',
    );
  });
});
