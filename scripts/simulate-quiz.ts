/**
 * `npm run simulate:quiz`: how long the quick quiz runs on the real catalogue, and how well its
 * top 5 agrees with the top 5 the same person would get by answering every skill.
 *
 * Synthetic people (deterministic, seeded PRNG):
 * - role-like: for each role, 8 people whose levels are the role's requirements plus noise
 *   (sd 0.8, rounded, clamped to 0-4); skills the role does not list sit at 0-1, sometimes 2;
 * - mixed: 64 people halfway between two roles (plus noise);
 * - flat: 32 people with every skill near one level (1, 2 or 3) plus noise.
 * About 4% of questions are skipped, and passed to the engine as `exclude`, exactly as in the
 * quiz. The loop is the quiz's askNext without "keep refining": ask the engine with the answers so
 * far, the preferences (none here) and the skipped skills, and stop where the quiz goes to its
 * checkpoint: at the first `settled` answer, which includes the 20-question budget (skips
 * included), or when it has nothing left to ask or repeats itself.
 * Reported: questions asked (median, p10, p90, max), top-5 overlap of the ranking shown at the
 * stop (rankRoles, unanswered skills at 0, like the results page) with the full-information top 5,
 * and the share of exact matches (same five roles); also the overlap counting a shown role whose
 * full-information score is within 2 points of the full 5th (a near tie) as agreeing, and the
 * overlap of the engine's own expected top 5 (NextQuestion.leading).
 */
import { nextQuestion, prepareCatalogue, rankRoles, type Profile } from '../src/scoring/index';
import type { Catalogue } from '../src/catalogue/schema';
import { readCatalogue } from './lib/read-catalogue';
import { rng } from './lib/rng';

/** Standard normal draw (Box-Muller). */
function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
const clampLevel = (x: number) => Math.min(4, Math.max(0, Math.round(x)));

const result = readCatalogue('data');
if (!result.ok) {
  console.error('simulate-quiz: the catalogue in data/ does not validate; run npm run data:check.');
  process.exit(1);
}
const catalogue: Catalogue = result.catalogue;
const prepared = prepareCatalogue(catalogue);
const skillIds = catalogue.skills.map((s) => s.id);

interface Person {
  label: string;
  levels: Record<string, number>;
  seed: number;
}

function people(): Person[] {
  const random = rng(20261122);
  const out: Person[] = [];
  const background = () => (random() < 0.15 ? 2 : random() < 0.5 ? 1 : 0);
  const required = (roleIndex: number) =>
    new Map(catalogue.roles[roleIndex]!.skills.map((s) => [s.skill, s.level] as const));
  catalogue.roles.forEach((role, r) => {
    const req = required(r);
    for (let k = 0; k < 8; k++) {
      const levels: Record<string, number> = {};
      for (const id of skillIds) {
        const base = req.get(id);
        levels[id] = base === undefined ? background() : clampLevel(base + 0.8 * normal(random));
      }
      out.push({ label: `like ${role.id}`, levels, seed: out.length + 1 });
    }
  });
  for (let k = 0; k < 64; k++) {
    const a = required(Math.floor(random() * catalogue.roles.length));
    const b = required(Math.floor(random() * catalogue.roles.length));
    const levels: Record<string, number> = {};
    for (const id of skillIds) {
      const x = a.get(id) ?? background();
      const y = b.get(id) ?? background();
      levels[id] = clampLevel((x + y) / 2 + 0.7 * normal(random));
    }
    out.push({ label: 'mixed', levels, seed: out.length + 1 });
  }
  for (let k = 0; k < 32; k++) {
    const level = 1 + (k % 3);
    const levels: Record<string, number> = {};
    for (const id of skillIds) levels[id] = clampLevel(level + 0.9 * normal(random));
    out.push({ label: `flat ${level}`, levels, seed: out.length + 1 });
  }
  return out;
}

const top5 = (profile: Profile) =>
  rankRoles(prepared, profile)
    .slice(0, 5)
    .map((r) => r.roleId);

/** Points within which a role counts as tied with the full-information 5th (nearOverlap). */
const NEAR_TIE = 2;

interface Run {
  asked: number;
  answered: number;
  overlap: number;
  /** Shown roles whose full-information score is within NEAR_TIE points of the full 5th. */
  nearOverlap: number;
  /** Overlap of the engine's expected top 5 (NextQuestion.leading) at the stop. */
  expectedOverlap: number;
  reason: string;
  /** Defining skills of contenders still unrated at the stop (what the checkpoint names). */
  unratedDefining: number;
}

function runQuiz(person: Person): Run {
  const random = rng(person.seed * 7919);
  const answers: Record<string, number> = {};
  const asked: string[] = [];
  const skipped: string[] = [];
  let reason = 'exhausted';
  let leading: string[] = [];
  let unratedDefining = 0;
  for (;;) {
    const next = nextQuestion(prepared, answers, undefined, { exclude: skipped });
    const id = next.skillId;
    leading = next.leading;
    unratedDefining = next.unratedDefining.length;
    if (id === null || asked.includes(id) || next.settled) {
      reason =
        (next as { reason?: string | null }).reason ?? (next.settled ? 'settled' : 'exhausted');
      break;
    }
    asked.push(id);
    if (random() < 0.04) skipped.push(id);
    else answers[id] = person.levels[id]!;
  }
  const fullRanking = rankRoles(prepared, person.levels);
  const full = new Set(fullRanking.slice(0, 5).map((r) => r.roleId));
  const fifth = fullRanking[4]!.adjustedScore;
  const fullScore = new Map(fullRanking.map((r) => [r.roleId, r.adjustedScore] as const));
  const shown = top5(answers);
  return {
    asked: asked.length,
    answered: Object.keys(answers).length,
    overlap: shown.filter((id) => full.has(id)).length,
    nearOverlap: shown.filter((id) => fullScore.get(id)! >= fifth - NEAR_TIE).length,
    expectedOverlap: leading.filter((id) => full.has(id)).length,
    reason,
    unratedDefining,
  };
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const started = performance.now();
const population = people();
const runs = population.map(runQuiz);
const lengths = runs.map((r) => r.asked).sort((a, b) => a - b);
const overlap = runs.reduce((s, r) => s + r.overlap, 0) / runs.length;
const nearOverlap = runs.reduce((s, r) => s + r.nearOverlap, 0) / runs.length;
const expectedOverlap = runs.reduce((s, r) => s + r.expectedOverlap, 0) / runs.length;
const exact = runs.filter((r) => r.overlap === 5).length / runs.length;
const reasons = new Map<string, number>();
for (const r of runs) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
const byGroup = new Map<string, Run[]>();
population.forEach((p, i) => {
  const group = p.label.split(' ')[0]!;
  byGroup.set(group, [...(byGroup.get(group) ?? []), runs[i]!]);
});

console.log(
  `Catalogue: ${catalogue.roles.length} roles, ${skillIds.length} skills; ${runs.length} synthetic people.`,
);
for (const [group, list] of byGroup) {
  const sorted = list.map((r) => r.asked).sort((a, b) => a - b);
  const avg = list.reduce((s, r) => s + r.overlap, 0) / list.length;
  console.log(
    `  ${group.padEnd(6)} n=${String(list.length).padStart(3)}  median ${quantile(sorted, 0.5)} questions, overlap ${avg.toFixed(2)}/5`,
  );
}
console.log(
  `Stop reasons: ${[...reasons]
    .map(([k, v]) => {
      const list = runs.filter((r) => r.reason === k);
      const avg = list.reduce((sum, r) => sum + r.overlap, 0) / list.length;
      const sorted = list.map((r) => r.asked).sort((a, b) => a - b);
      return `${k} ${v} (median ${quantile(sorted, 0.5)} questions, overlap ${avg.toFixed(2)})`;
    })
    .join(', ')}`,
);
const summary = {
  people: runs.length,
  median: quantile(lengths, 0.5),
  p10: quantile(lengths, 0.1),
  p90: quantile(lengths, 0.9),
  max: lengths.at(-1),
  overlap: Math.round(overlap * 100) / 100,
  exact: Math.round(exact * 1000) / 1000,
  nearOverlap: Math.round(nearOverlap * 100) / 100,
  within10to20:
    Math.round((runs.filter((r) => r.asked >= 10 && r.asked <= 20).length / runs.length) * 1000) /
    1000,
  within12to20:
    Math.round((runs.filter((r) => r.asked >= 12 && r.asked <= 20).length / runs.length) * 1000) /
    1000,
  seconds: Math.round((performance.now() - started) / 100) / 10,
};
console.log(
  `Questions asked: median ${summary.median}, p10 ${summary.p10}, p90 ${summary.p90}, max ${summary.max}. ` +
    `Top-5 overlap with full information: ${overlap.toFixed(2)}/5; exact match ${(exact * 100).toFixed(1)}%.`,
);
console.log(
  `Counting roles within ${NEAR_TIE} points of the full-information 5th as agreeing: ${nearOverlap.toFixed(2)}/5.`,
);
console.log(
  `The engine's expected top 5 (leading) at the stop: overlap ${expectedOverlap.toFixed(2)}/5.`,
);
const budgetStops = runs.filter((r) => r.reason === 'budget');
const openAtBudget = budgetStops.filter((r) => r.unratedDefining > 0);
console.log(
  `At the budget: ${openAtBudget.length} of ${budgetStops.length} stops still had defining skills of contenders unrated ` +
    `(median ${quantile(
      openAtBudget.map((r) => r.unratedDefining).sort((a, b) => a - b),
      0.5,
    )}); the checkpoint says "Not settled yet" and names them.`,
);
console.log(`SIMULATE ${JSON.stringify(summary)}`);
