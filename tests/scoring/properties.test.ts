import fc from 'fast-check';
import {
  BELOW_FULL,
  explainRole,
  gapAnalysis,
  MIN_ANSWERS,
  nextQuestion,
  prepareCatalogue,
  QUESTION_BUDGET,
  rankRoles,
  requiredLevel,
  scoreRoles,
  whatIf,
  type Profile,
  type ScoringInput,
} from '@/scoring';
import {
  catalogueArb,
  catalogueArbOf,
  profileArb,
  RUNS,
  shuffled,
  withProfile,
} from './arbitraries';

/** A cheap assertion for hot property loops (expect() is costly at 1,000 runs). */
function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Every requirement of one role met (rounded up to whole levels). */
function meetsAll(input: ScoringInput, roleIndex: number, base: Profile): Profile {
  const out: Record<string, number> = { ...base };
  for (const e of input.roles[roleIndex]!.skills)
    out[e.skill] = Math.max(out[e.skill] ?? 0, Math.ceil(e.level));
  return out;
}

/** 6-10 roles, 6-12 skills, most answered and one to three still open: where a quiz may stop early. */
const mostlyAnsweredOf = (definingShare: number) =>
  catalogueArbOf({
    minRoles: 6,
    maxRoles: 10,
    minSkills: 6,
    maxSkills: 12,
    definingShare,
  }).chain((input) =>
    fc
      .tuple(
        fc.tuple(...input.skills.map(() => fc.integer({ min: 0, max: 4 }))),
        fc.subarray(
          input.skills.map((s) => s.id),
          { minLength: 1, maxLength: Math.min(3, input.skills.length) },
        ),
      )
      .map(([levels, open]) => {
        const answers = Object.fromEntries(
          input.skills
            .map((s, i) => [s.id, levels[i]!] as const)
            .filter(([id]) => !open.includes(id)),
        );
        return [input, answers] as const;
      }),
  );
// Without defining marks, so the stable and budget rules can be reached.
const mostlyAnswered = mostlyAnsweredOf(0);

describe('scoring properties', () => {
  it('keeps every score within 0-100 and every confidence within 0-1, never NaN', () => {
    fc.assert(
      fc.property(withProfile, ([input, profile]) => {
        for (const s of scoreRoles(prepareCatalogue(input), profile)) {
          check(s.score >= 0 && s.score <= 100, `score ${s.score}`);
          check(s.confidence >= 0 && s.confidence <= 1, `confidence ${s.confidence}`);
          for (const c of s.contributions)
            check(Number.isFinite(c.points) && Number.isFinite(c.maxPoints), 'NaN points');
        }
      }),
      RUNS,
    );
  });

  it('scores 100 for a role whose every requirement the profile meets', () => {
    fc.assert(
      fc.property(
        withProfile.chain(([input, profile]) =>
          fc.tuple(
            fc.constant(input),
            fc.constant(profile),
            fc.nat({ max: input.roles.length - 1 }),
          ),
        ),
        ([input, profile, r]) => {
          const scores = scoreRoles(prepareCatalogue(input), meetsAll(input, r, profile));
          check(scores[r]!.score === 100, `score ${scores[r]!.score}`);
          check(scores[r]!.missing + scores[r]!.partial === 0, 'a requirement counted as unmet');
        },
      ),
      RUNS,
    );
  });

  it('never lowers any role score when an answered level rises (rating a defining skill low may)', () => {
    fc.assert(
      fc.property(
        withProfile.chain(([input, profile]) =>
          fc.tuple(
            fc.constant(input),
            fc.constant(profile),
            fc.constantFrom(...input.skills.map((s) => s.id)),
            fc.integer({ min: 1, max: 4 }),
          ),
        ),
        ([input, profile, skill, raise]) => {
          const prepared = prepareCatalogue(input);
          // Rating a skill for the first time can lower a role it defines (see the defining
          // limit), so the property compares answered levels only.
          const start = { ...profile, [skill]: profile[skill] ?? 0 };
          const raised = { ...start, [skill]: Math.min(4, start[skill]! + raise) };
          const before = scoreRoles(prepared, start);
          const after = scoreRoles(prepared, raised);
          before.forEach((b, i) =>
            check(after[i]!.score >= b.score, `${b.roleId}: ${b.score} -> ${after[i]!.score}`),
          );
        },
      ),
      RUNS,
    );
  });

  it('splits each score into contributions that sum to it (within 0.01), none above its maximum', () => {
    fc.assert(
      fc.property(withProfile, ([input, profile]) => {
        const prepared = prepareCatalogue(input);
        for (const r of rankRoles(prepared, profile)) {
          const s = explainRole(prepared, profile, r.roleId);
          check(s.score === r.score, `explainRole and rankRoles agree on ${r.roleId}`);
          const sum = s.contributions.reduce((t, c) => t + c.points, 0);
          check(Math.abs(sum - s.score) <= 0.01, `sum ${sum} vs score ${s.score}`);
          const max = s.contributions.reduce((t, c) => t + c.maxPoints, 0);
          check(Math.abs(max - 100) <= 0.01, `max points sum to ${max}`);
          for (const c of s.contributions)
            check(c.points <= c.maxPoints + 1e-9, `${c.skillId} above its maximum`);
        }
      }),
      RUNS,
    );
  });

  it('gives the same scores and ranking whatever order skills, roles and requirements come in', () => {
    fc.assert(
      fc.property(withProfile, fc.integer(), ([input, profile], seed) => {
        const reordered: ScoringInput = {
          skills: shuffled(input.skills, seed),
          roles: shuffled(input.roles, seed + 1).map((r, i) => ({
            ...r,
            skills: shuffled(r.skills, seed + 2 + i),
          })),
        };
        const a = rankRoles(prepareCatalogue(input), profile);
        const b = rankRoles(prepareCatalogue(reordered), profile);
        expect(b.map((r) => [r.roleId, r.score])).toEqual(a.map((r) => [r.roleId, r.score]));
        const counts = (p: ScoringInput) =>
          scoreRoles(prepareCatalogue(p), profile)
            .map((r) => [r.roleId, r.score, r.confidence, r.met, r.partial])
            .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
        expect(counts(reordered)).toEqual(counts(input));
      }),
      RUNS,
    );
  });

  it('gives 0 with zero confidence for an empty profile', () => {
    fc.assert(
      fc.property(catalogueArb, (input) => {
        for (const s of scoreRoles(prepareCatalogue(input), {})) {
          check(s.score === 0 && s.confidence === 0, `${s.roleId}: ${s.score}, ${s.confidence}`);
        }
      }),
      RUNS,
    );
  });

  it('ranks 1..n in adjusted-score order, roles set aside (by preferences or a defining 0) last', () => {
    fc.assert(
      fc.property(
        withProfile,
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        ([input, profile], leadership, zone) => {
          const ranked = rankRoles(prepareCatalogue(input), profile, {
            preferences: { leadership, industries: ['technology'], maxJobZone: zone },
          });
          ranked.forEach((r, i) => check(r.rank === i + 1, 'ranks not 1..n'));
          for (let i = 1; i < ranked.length; i++) {
            const [prev, cur] = [ranked[i - 1]!, ranked[i]!];
            const last = (r: typeof cur) => r.excludedByPreferences || r.setAside;
            if (last(prev) === last(cur))
              check(prev.adjustedScore >= cur.adjustedScore - 1e-6, 'out of order');
            else check(last(cur), 'a set-aside role before another');
            const ceiling = cur.score < 100 ? BELOW_FULL : 100;
            check(
              cur.adjustedScore ===
                Math.min(ceiling, Math.max(0, cur.score + cur.preferenceAdjustment)),
              'adjusted score',
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('limits a score by its weakest answered defining skill, and shows 100 only when nothing is unmet', () => {
    fc.assert(
      fc.property(withProfile, ([input, profile]) => {
        const prepared = prepareCatalogue(input);
        for (const s of scoreRoles(prepared, profile)) {
          const role = input.roles.find((r) => r.id === s.roleId)!;
          for (const req of role.skills) {
            const have = profile[req.skill];
            const need = requiredLevel(req.level);
            if (!req.defining || have === undefined || need === 0) continue;
            check(
              s.score <= (100 * Math.min(have, need)) / need + 1e-9,
              `${s.roleId} above its ${req.skill} limit`,
            );
          }
          const unmet = s.contributions.some((c) => c.status !== 'met');
          check(!unmet || s.score <= BELOW_FULL, `${s.roleId} shows ${s.score} beside a gap`);
          check(unmet || s.score === 100, `${s.roleId} meets everything but scores ${s.score}`);
          check(
            s.setAside === (s.limit !== null && s.limit.have === 0),
            `${s.roleId} set aside flag`,
          );
        }
      }),
      RUNS,
    );
  });

  it('lists a role whose defining skill is answered 0 after every role without one', () => {
    fc.assert(
      fc.property(withProfile, ([input, profile]) => {
        const ranked = rankRoles(prepareCatalogue(input), profile);
        const firstAside = ranked.findIndex((r) => r.setAside);
        if (firstAside >= 0)
          check(
            ranked.slice(firstAside).every((r) => r.setAside),
            'set-aside roles come last',
          );
        const explained = new Map(
          scoreRoles(prepareCatalogue(input), profile).map((s) => [s.roleId, s]),
        );
        for (const r of ranked)
          check(r.setAside === explained.get(r.roleId)!.setAside, 'rank and explain agree');
      }),
      RUNS,
    );
  });

  it('never lowers a score when a defining skill improves', () => {
    fc.assert(
      fc.property(withProfile, ([input, profile]) => {
        const prepared = prepareCatalogue(input);
        for (const role of input.roles)
          for (const req of role.skills.filter((r) => r.defining)) {
            const have = profile[req.skill] ?? 0;
            if (have >= 4) continue;
            const before = explainRole(prepared, { ...profile, [req.skill]: have }, role.id).score;
            const after = explainRole(
              prepared,
              { ...profile, [req.skill]: have + 1 },
              role.id,
            ).score;
            check(after >= before - 1e-9, `${role.id}: raising ${req.skill} lowered the score`);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees between whatIf, rankRoles and gapAnalysis', () => {
    fc.assert(
      fc.property(
        withProfile.chain(([input, profile]) =>
          fc.tuple(fc.constant(input), fc.constant(profile), profileArb(input)),
        ),
        ([input, profile, changes]) => {
          const prepared = prepareCatalogue(input);
          const rows = whatIf(prepared, profile, changes);
          const after = rankRoles(prepared, { ...profile, ...changes });
          expect(rows.map((r) => [r.roleId, r.rankAfter])).toEqual(
            after.map((r) => [r.roleId, r.rank]),
          );
          for (const row of rows) {
            check(row.movement === row.rankBefore - row.rankAfter, 'movement');
            const gaps = gapAnalysis(prepared, profile, row.roleId);
            check(
              (gaps.items.length + gaps.unrated.length === 0) === (row.before === 100),
              'gaps or unrated requirements exist exactly when the score is below 100',
            );
            check(
              gaps.items.every((g) => profile[g.skillId] !== undefined),
              'a gap is always on a rated skill',
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('asks each skill at most once and runs out within the number of skills', () => {
    fc.assert(
      fc.property(
        catalogueArb.chain((input) =>
          fc.tuple(fc.constant(input), profileArb(input), fc.boolean()),
        ),
        ([input, truth, stopWhenSettled]) => {
          const prepared = prepareCatalogue(input);
          const answers: Record<string, number> = {};
          const asked = new Set<string>();
          for (let i = 0; i <= input.skills.length; i++) {
            const next = nextQuestion(prepared, answers);
            if (next.skillId === null || (stopWhenSettled && next.settled)) return;
            check(!asked.has(next.skillId), `asked ${next.skillId} twice`);
            asked.add(next.skillId);
            answers[next.skillId] = truth[next.skillId] ?? 0;
          }
          throw new Error(`still asking after ${input.skills.length} skills`);
        },
      ),
      RUNS,
    );
  });

  it('never calls the top 5 settled while a leading role has a defining skill not answered, and lists each such skill', () => {
    fc.assert(
      fc.property(
        mostlyAnsweredOf(0.4).chain(([input, answers]) =>
          fc.tuple(
            fc.constant(input),
            fc.constant(answers),
            fc.subarray(Object.keys(answers), { maxLength: 3 }),
          ),
        ),
        ([input, all, skipped]) => {
          // Some answered skills skipped instead: skipped is not answered.
          const answers = Object.fromEntries(
            Object.entries(all).filter(([id]) => !skipped.includes(id)),
          );
          const now = nextQuestion(prepareCatalogue(input), answers, undefined, {
            exclude: skipped,
          });
          check(
            now.questions === Object.keys(answers).length + skipped.length,
            `questions ${now.questions}`,
          );
          for (const id of now.leading) {
            const role = input.roles.find((r) => r.id === id)!;
            for (const req of role.skills)
              if (
                req.defining &&
                requiredLevel(req.level) > 0 &&
                answers[req.skill] === undefined
              ) {
                check(
                  now.unratedDefining.includes(req.skill),
                  `${id}: ${req.skill} unrated but not listed`,
                );
                // Only the budget (or nothing left to ask) may stop the quiz then, never as settled.
                check(
                  now.reason !== 'stable' && now.reason !== 'certain',
                  `${id}: ${String(now.reason)} with ${req.skill} unrated`,
                );
              }
          }
          for (const id of now.unratedDefining) check(answers[id] === undefined, `${id} answered`);
        },
      ),
      RUNS,
    );
  });

  it('settles only for a stated reason: stable needs the minimum, budget the budget, complete every answer', () => {
    let stable = 0;
    fc.assert(
      fc.property(mostlyAnswered, ([input, answers]) => {
        const prepared = prepareCatalogue(input);
        const now = nextQuestion(prepared, answers);
        const count = Object.keys(answers).length;
        check(
          now.settled === (now.reason !== null),
          `settled ${now.settled} with reason ${String(now.reason)}`,
        );
        check(
          now.certain === (now.reason === 'certain' || now.reason === 'complete'),
          'certain disagrees with reason',
        );
        if (now.reason === 'stable') {
          stable++;
          check(count >= MIN_ANSWERS && count < QUESTION_BUDGET, `stable after ${count} answers`);
        }
        if (now.reason === 'budget')
          check(count >= QUESTION_BUDGET, `budget after ${count} answers`);
        check(
          (now.reason === 'complete') === (count === input.skills.length),
          'complete disagrees with the answers',
        );
        check(
          now.skillId === null || answers[now.skillId] === undefined,
          `asks answered ${String(now.skillId)}`,
        );
      }),
      RUNS,
    );
    // Not vacuous: some runs were settled as stable.
    expect(stable).toBeGreaterThan(5);
  });

  it('gives the same question and verdict whatever order the answers came in', () => {
    fc.assert(
      fc.property(
        mostlyAnswered.chain(([input, answers]) =>
          fc.tuple(
            fc.constant(input),
            fc.constant(answers),
            fc.shuffledSubarray(Object.keys(answers), { minLength: Object.keys(answers).length }),
          ),
        ),
        ([input, answers, order]) => {
          const prepared = prepareCatalogue(input);
          const reordered = Object.fromEntries(order.map((id) => [id, answers[id]!] as const));
          const a = nextQuestion(prepared, answers);
          const b = nextQuestion(prepared, reordered);
          expect(b).toEqual(a);
        },
      ),
      RUNS,
    );
  });

  it('keeps a certain top 5 whatever the remaining answers are', () => {
    let settledWithMoreThanFive = 0;
    fc.assert(
      fc.property(
        mostlyAnswered.chain(([input, answers]) =>
          fc.tuple(fc.constant(input), fc.constant(answers), profileArb(input)),
        ),
        ([input, answers, rest]) => {
          const prepared = prepareCatalogue(input);
          const now = nextQuestion(prepared, answers);
          if (!now.certain) return;
          settledWithMoreThanFive++;
          const top = (p: Profile) =>
            new Set(
              rankRoles(prepared, p)
                .slice(0, 5)
                .map((r) => r.roleId),
            );
          expect(top({ ...rest, ...answers })).toEqual(top(answers));
        },
      ),
      RUNS,
    );
    // Not vacuous: enough runs stopped early with more than five roles in play.
    expect(settledWithMoreThanFive).toBeGreaterThan(20);
  });
});
