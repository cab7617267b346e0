/**
 * `npm run bench`: how fast the engine ranks roles, next to the compute floor.
 *
 * For synthetic catalogues of 30, 1,000 and 10,000 roles x 60 skills (every role lists all 60
 * skills: the densest, slowest case; real roles list 8-20 of 47), it times rankRoles, the very
 * function the results page calls, on a profile answering 40 of the 60 skills: validation,
 * scoring, counts, the sort and the result objects (contributions are built on first read, so
 * they are not part of the ranking cost). The baseline is a bare Float64Array loop computing a
 * weighted sum over roles x skills: the least work any scoring of this data could do.
 * Prints medians in ms and ends with one line: BENCH {...}.
 */
import { performance } from 'node:perf_hooks';
import { prepareCatalogue, rankRoles, type Profile, type ScoringInput } from '../src/scoring/index';
import { rng } from './lib/rng';

const SKILLS = 60;
const ANSWERED = 40;

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

function syntheticCatalogue(roles: number, seed: number): ScoringInput {
  const random = rng(seed);
  const skillIds = Array.from({ length: SKILLS }, (_, i) => `skill-${String(i).padStart(2, '0')}`);
  return {
    skills: skillIds.map((id) => ({ id, name: id, category: 'synthetic' })),
    roles: Array.from({ length: roles }, (_, r) => ({
      id: `role-${r}`,
      title: `Role ${r}`,
      seniority: random() < 0.25 ? ('lead' as const) : ('individual-contributor' as const),
      skills: skillIds.map((skill) => ({
        skill,
        importance: oneDecimal(1 + 4 * random()),
        level: oneDecimal(0.5 + 3.5 * random()),
      })),
      education: { typical: 'bachelor', jobZone: { zone: 1 + Math.floor(5 * random()) } },
      industries: {
        items: [{ id: 'technology' }, { id: random() < 0.5 ? 'finance' : 'healthcare' }],
      },
    })),
  };
}

function syntheticProfile(seed: number): Profile {
  const random = rng(seed);
  const profile: Record<string, number> = {};
  for (let i = 0; i < ANSWERED; i++)
    profile[`skill-${String((i * 1.5) | 0).padStart(2, '0')}`] = Math.floor(5 * random());
  return profile;
}

/** Median wall time of `fn` in ms, after warm-up; at least `minRuns` runs and about `budgetMs`. */
function median(fn: () => unknown, minRuns: number, budgetMs: number): number {
  for (let i = 0; i < Math.max(10, minRuns / 5); i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length >= 20 * minRuns) break;
  }
  times.sort((a, b) => a - b);
  if (process.env.BENCH_DEBUG)
    console.log(
      `  runs ${times.length}: p10 ${times[Math.floor(times.length * 0.1)]!.toFixed(3)} p50 ${times[times.length >> 1]!.toFixed(3)} p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(3)}`,
    );
  return times[times.length >> 1]!;
}

/** The compute floor: weighted sum over a dense roles x skills Float64Array. */
function baseline(roles: number): () => Float64Array {
  const random = rng(7);
  const weights = Float64Array.from({ length: roles * SKILLS }, () => random());
  const have = Float64Array.from({ length: SKILLS }, () => Math.floor(5 * random()));
  const out = new Float64Array(roles);
  return () => {
    for (let r = 0; r < roles; r++) {
      let sum = 0;
      const base = r * SKILLS;
      for (let s = 0; s < SKILLS; s++) sum += weights[base + s]! * have[s]!;
      out[r] = sum;
    }
    return out;
  };
}

let sink = 0;
const profile = syntheticProfile(42);
const results: Record<string, number> = {};
for (const roles of [30, 1000, 10000]) {
  const input = syntheticCatalogue(roles, roles);
  const t0 = performance.now();
  const prepared = prepareCatalogue(input);
  const prepareMs = performance.now() - t0;
  const rankMs = median(
    () => (sink += rankRoles(prepared, profile).length),
    roles > 5000 ? 100 : 500,
    1500,
  );
  results[`roles${roles}`] = rankMs;
  console.log(
    `rankRoles  ${String(roles).padStart(5)} roles x ${SKILLS} skills: median ${rankMs.toFixed(4)} ms (prepare once: ${prepareMs.toFixed(1)} ms)`,
  );
}
const floor = baseline(1000);
const baseMs = median(() => (sink += floor()[0]!), 500, 1500);
console.log(
  `baseline    1000 roles x ${SKILLS} skills: median ${baseMs.toFixed(4)} ms (Float64Array weighted sum)`,
);
if (sink === 42) console.log('');

const round = (x: number) => Math.round(x * 10000) / 10000;
console.log(
  `BENCH ${JSON.stringify({
    roles30: round(results.roles30!),
    roles1000: round(results.roles1000!),
    roles10000: round(results.roles10000!),
    baseline1000: round(baseMs),
    ratio1000: Math.round((results.roles1000! / baseMs) * 100) / 100,
  })}`,
);
