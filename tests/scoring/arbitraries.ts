/** fast-check generators for small random catalogues and profiles. */
import fc from 'fast-check';
import type { Profile, ScoringInput, ScoringRole } from '@/scoring';

const oneDecimal = (min: number, max: number) =>
  fc.integer({ min: min * 10, max: max * 10 }).map((x) => x / 10);

export function scoringRole(
  id: string,
  skills: ScoringRole['skills'],
  extra: Partial<ScoringRole> = {},
): ScoringRole {
  return {
    id,
    title: id,
    seniority: 'individual-contributor',
    skills,
    education: { typical: 'bachelor', jobZone: { zone: 4 } },
    industries: { items: [{ id: 'technology' }] },
    ...extra,
  };
}

export function skillList(ids: readonly string[]): ScoringInput['skills'] {
  return ids.map((id) => ({ id, name: id, category: 'test' }));
}

/** A catalogue of 1-8 skills and some roles; every role needs at least one skill above level 0. */
export const catalogueArbOf = ({
  minRoles = 1,
  maxRoles = 7,
  minSkills = 1,
  maxSkills = 8,
  /** Chance that a requirement is marked defining. */
  definingShare = 0.3,
} = {}): fc.Arbitrary<ScoringInput> =>
  fc.integer({ min: minSkills, max: maxSkills }).chain((nSkills) => {
    const ids = Array.from({ length: nSkills }, (_, i) => `s${i}`);
    const entry = (skill: string) =>
      fc
        .record({
          skill: fc.constant(skill),
          importance: oneDecimal(1, 5),
          level: oneDecimal(0, 4),
          defining: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < definingShare),
        })
        .map(({ defining, ...e }) => (defining ? { ...e, defining: true } : e));
    const role = fc
      .tuple(
        fc.subarray(ids, { minLength: 1 }),
        oneDecimal(0.1, 4),
        fc.constantFrom('individual-contributor' as const, 'lead' as const),
        fc.integer({ min: 1, max: 5 }),
      )
      .chain(([chosen, firstLevel, seniority, zone]) =>
        fc.tuple(...chosen.map(entry)).map((entries) => {
          entries[0] = { ...entries[0]!, level: firstLevel };
          return { entries, seniority, zone };
        }),
      );
    return fc.array(role, { minLength: minRoles, maxLength: maxRoles }).map((roles) => ({
      skills: skillList(ids),
      roles: roles.map((r, i) =>
        scoringRole(`r${i}`, r.entries, {
          seniority: r.seniority,
          education: { typical: 'bachelor', jobZone: { zone: r.zone } },
        }),
      ),
    }));
  });

/** Some of the catalogue's skills answered with whole levels 0-4. */
export function profileArb(input: ScoringInput): fc.Arbitrary<Profile> {
  const ids = input.skills.map((s) => s.id);
  return fc
    .subarray(ids)
    .chain((answered) =>
      fc
        .tuple(...answered.map(() => fc.integer({ min: 0, max: 4 })))
        .map((levels) => Object.fromEntries(answered.map((id, i) => [id, levels[i]!]))),
    );
}

export const catalogueArb = catalogueArbOf();

export const withProfile = catalogueArb.chain((input) =>
  fc.tuple(fc.constant(input), profileArb(input)),
);

/** Deterministic Fisher-Yates shuffle driven by a seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const RUNS = { numRuns: 1000 } as const;

/** The worked example in docs/scoring.md: two roles, five skills and one person. */
export const WORKED_EXAMPLE = {
  input: {
    skills: skillList(['communication', 'machine-learning', 'python', 'sql', 'statistics']),
    roles: [
      scoringRole('analyst', [
        { skill: 'sql', importance: 5, level: 3 },
        { skill: 'statistics', importance: 3, level: 2 },
        { skill: 'communication', importance: 4, level: 2 },
      ]),
      scoringRole('ml', [
        { skill: 'python', importance: 5, level: 3 },
        { skill: 'machine-learning', importance: 5, level: 3 },
        { skill: 'statistics', importance: 4, level: 3 },
        { skill: 'sql', importance: 2, level: 2 },
      ]),
    ],
  } satisfies ScoringInput,
  profile: { sql: 2, statistics: 3, python: 4 },
};
