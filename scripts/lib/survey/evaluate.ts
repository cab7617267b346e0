/**
 * eval:survey's measurement: profiles from answers, hits from titles, the engine's ranking (full
 * profile and quick quiz) and three baselines, per title and as macro and micro averages.
 * Deterministic: the same responses and catalogue give the same result. The engine is reached
 * only through the adapter passed in.
 */
import type { Catalogue } from '../../../src/catalogue/schema';
import type { EngineAdapter } from './engine-adapter';
import { profileOf, optionsUsed, SKILL_MAPPING } from './mapping';
import {
  expectedOutcome,
  macro,
  outcomeOfRank,
  quantile,
  summarise,
  tiedOutcome,
  type Outcome,
  type Summary,
} from './metrics';
import type { SurveyResponse } from './read-survey';
import { hitRolesFor, NO_JOB_TITLES, TITLE_ROLES } from './titles';

export const METHODS = ['engine', 'quiz', 'popularity', 'random', 'skillCount'] as const;
export type Method = (typeof METHODS)[number];

/** Skill-count baseline: a requirement counts when its importance is at least this... */
export const SKILL_COUNT_IMPORTANCE = 3.5;
/** ...and the person holds it at this level or above. */
export const SKILL_COUNT_LEVEL = 2;

export interface TitleResult {
  title: string;
  hits: string[];
  n: number;
  methods: Record<Method, Summary>;
}

export interface EvalResult {
  respondents: number;
  evaluated: number;
  /** Evaluable titles whose people had no mapped answer at all (left the survey early). */
  emptyProfiles: number;
  skipped: { title: string; n: number; reason: string }[];
  titles: TitleResult[];
  macro: Record<Method, Summary>;
  micro: Record<Method, Summary>;
  quizQuestions: {
    median: number;
    p10: number;
    p90: number;
    max: number;
    medianAnswered: number;
    meanAnswered: number;
  };
  defining: {
    /** Roles with at least one defining skill marked. */
    roles: number;
    /** People whose #1 role has a defining skill they answered 0 on. */
    engine: number;
    quiz: number;
  };
  /** Share of evaluated people who get each role at #1 (engine full profile, quick quiz). */
  topShare: { roleId: string; engine: number; quiz: number }[];
  /** Titles whose engine top-3 is below the random baseline's. */
  belowRandom: string[];
  /** Skills the mapping never sets (unanswered for everyone). */
  neverObserved: string[];
  /** Catalogue roles no title counts as a hit. */
  unclaimedRoles: string[];
  /** Mapping options no respondent chose (typo guard), and unknown skill ids. */
  warnings: string[];
}

interface Person {
  title: string;
  hits: string[];
  profile: Record<string, number>;
}

function skipReason(title: string, known: boolean): string {
  if (title === '') return 'no title given';
  if (NO_JOB_TITLES.includes(title)) return 'no job to match';
  return known ? 'no fitting role in this catalogue' : 'title not in the mapping';
}

export function evaluate(
  catalogue: Catalogue,
  engine: EngineAdapter,
  responses: readonly SurveyResponse[],
): EvalResult {
  const roleIds = [...engine.roleIds];
  const roleSet = new Set(roleIds);
  const skillSet = new Set(catalogue.skills.map((s) => s.id));
  const warnings: string[] = [];
  for (const m of SKILL_MAPPING)
    if (!skillSet.has(m.skill))
      warnings.push(`mapping names skill "${m.skill}", which data/skills.json lacks`);
  const mappings = SKILL_MAPPING.filter((m) => skillSet.has(m.skill));

  // Typo guard: every option the mapping tests should be chosen by someone.
  const seen = new Set<string>();
  for (const r of responses)
    for (const [q, options] of r.answers) for (const o of options) seen.add(`${q}\u0000${o}`);
  for (const { q, option } of optionsUsed(mappings))
    if (!seen.has(`${q}\u0000${option}`)) warnings.push(`no respondent chose "${option}" in ${q}`);

  const people: Person[] = [];
  const skipped = new Map<string, { n: number; reason: string }>();
  let emptyProfiles = 0;
  for (const r of responses) {
    const hits = hitRolesFor(r.title, roleSet);
    if (hits.length === 0) {
      const known = TITLE_ROLES.some((t) => t.title === r.title);
      const entry = skipped.get(r.title) ?? { n: 0, reason: skipReason(r.title, known) };
      entry.n++;
      skipped.set(r.title, entry);
      continue;
    }
    const profile = profileOf(r.answers, mappings);
    if (Object.keys(profile).length === 0) {
      emptyProfiles++;
      continue;
    }
    people.push({ title: r.title, hits, profile });
  }

  // Popularity: one fixed order, by how many evaluated people count each role as a hit.
  const popularity = new Map<string, number>(roleIds.map((id) => [id, 0]));
  for (const p of people) for (const id of p.hits) popularity.set(id, popularity.get(id)! + 1);
  const popularOrder = [...roleIds].sort(
    (a, b) => popularity.get(b)! - popularity.get(a)! || a.localeCompare(b),
  );
  const popularRank = new Map(popularOrder.map((id, i) => [id, i + 1] as const));

  const keySkills = catalogue.roles.map((role) => ({
    id: role.id,
    skills: role.skills.filter((s) => s.importance >= SKILL_COUNT_IMPORTANCE).map((s) => s.skill),
  }));
  const definingOf = new Map(
    catalogue.roles.map((role) => [
      role.id,
      role.skills.filter((s) => s.defining !== undefined).map((s) => s.skill),
    ]),
  );

  const bestRank = (ranking: readonly string[], hits: readonly string[]) =>
    Math.min(...hits.map((id) => ranking.indexOf(id) + 1).filter((r) => r > 0));
  const zeroOnDefining = (roleId: string | undefined, profile: Readonly<Record<string, number>>) =>
    roleId !== undefined && (definingOf.get(roleId) ?? []).some((skill) => profile[skill] === 0);

  const outcomes = new Map<string, Record<Method, Outcome[]>>();
  const all: Record<Method, Outcome[]> = {
    engine: [],
    quiz: [],
    popularity: [],
    random: [],
    skillCount: [],
  };
  const asked: number[] = [];
  const answeredCounts: number[] = [];
  let answered = 0;
  const firsts = { engine: new Map<string, number>(), quiz: new Map<string, number>() };
  const defining = { engine: 0, quiz: 0 };

  for (const p of people) {
    const ranking = engine.rank(p.profile);
    const quiz = engine.quickQuiz(p.profile);
    asked.push(quiz.asked);
    answered += Object.keys(quiz.answers).length;
    answeredCounts.push(Object.keys(quiz.answers).length);
    const skillScores = new Map(
      keySkills.map(
        (r) =>
          [r.id, r.skills.filter((s) => (p.profile[s] ?? -1) >= SKILL_COUNT_LEVEL).length] as const,
      ),
    );
    const row: Record<Method, Outcome> = {
      engine: outcomeOfRank(bestRank(ranking, p.hits)),
      quiz: outcomeOfRank(bestRank(quiz.ranking, p.hits)),
      popularity: outcomeOfRank(Math.min(...p.hits.map((id) => popularRank.get(id)!))),
      random: expectedOutcome(p.hits.length, roleIds.length),
      skillCount: tiedOutcome(skillScores, p.hits),
    };
    let byTitle = outcomes.get(p.title);
    if (!byTitle)
      outcomes.set(
        p.title,
        (byTitle = { engine: [], quiz: [], popularity: [], random: [], skillCount: [] }),
      );
    for (const m of METHODS) {
      byTitle[m].push(row[m]);
      all[m].push(row[m]);
    }
    const [engineTop] = ranking;
    const [quizTop] = quiz.ranking;
    if (engineTop) firsts.engine.set(engineTop, (firsts.engine.get(engineTop) ?? 0) + 1);
    if (quizTop) firsts.quiz.set(quizTop, (firsts.quiz.get(quizTop) ?? 0) + 1);
    if (zeroOnDefining(engineTop, p.profile)) defining.engine++;
    if (zeroOnDefining(quizTop, quiz.answers)) defining.quiz++;
  }

  const titles: TitleResult[] = TITLE_ROLES.filter((t) => outcomes.has(t.title)).map((t) => {
    const byTitle = outcomes.get(t.title)!;
    const methods = Object.fromEntries(METHODS.map((m) => [m, summarise(byTitle[m])])) as Record<
      Method,
      Summary
    >;
    return { title: t.title, hits: hitRolesFor(t.title, roleSet), n: methods.engine.n, methods };
  });
  const macroAll = Object.fromEntries(
    METHODS.map((m) => [m, macro(titles.map((t) => t.methods[m]))]),
  ) as Record<Method, Summary>;
  const microAll = Object.fromEntries(METHODS.map((m) => [m, summarise(all[m])])) as Record<
    Method,
    Summary
  >;
  const sortedAsked = [...asked].sort((a, b) => a - b);
  const n = people.length || 1;
  const claimed = new Set(titles.flatMap((t) => t.hits));
  const observed = new Set(mappings.map((m) => m.skill));

  return {
    respondents: responses.length,
    evaluated: people.length,
    emptyProfiles,
    skipped: [...skipped]
      .map(([title, v]) => ({ title: title || '(blank)', ...v }))
      .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title)),
    titles,
    macro: macroAll,
    micro: microAll,
    quizQuestions: {
      median: quantile(sortedAsked, 0.5),
      p10: quantile(sortedAsked, 0.1),
      p90: quantile(sortedAsked, 0.9),
      max: sortedAsked.at(-1) ?? 0,
      medianAnswered: quantile(
        [...answeredCounts].sort((a, b) => a - b),
        0.5,
      ),
      meanAnswered: answered / n,
    },
    defining: {
      roles: [...definingOf.values()].filter((d) => d.length > 0).length,
      ...defining,
    },
    topShare: roleIds
      .map((roleId) => ({
        roleId,
        engine: (firsts.engine.get(roleId) ?? 0) / n,
        quiz: (firsts.quiz.get(roleId) ?? 0) / n,
      }))
      .filter((r) => r.engine > 0 || r.quiz > 0)
      .sort((a, b) => b.engine - a.engine || b.quiz - a.quiz || a.roleId.localeCompare(b.roleId)),
    belowRandom: titles
      .filter((t) => t.methods.engine.top3 < t.methods.random.top3)
      .map((t) => t.title),
    neverObserved: catalogue.skills.map((s) => s.id).filter((id) => !observed.has(id)),
    unclaimedRoles: roleIds.filter((id) => !claimed.has(id)).sort(),
    warnings,
  };
}
