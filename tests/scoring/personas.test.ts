/**
 * Five people we know well, on the real catalogue: each must get a fitting top 3 after the full
 * quiz (every skill answered) and after the quick quiz (only what nextQuestion asks, answered from
 * the same profile, skipping nothing). Fitting, the team's judgement: the role the person holds
 * (or its twin) is in the top 3, and every top-3 role comes from a family such a person works in.
 */
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/lib/read-catalogue';
import {
  nextQuestion,
  prepareCatalogue,
  QUESTION_BUDGET,
  rankRoles,
  type Profile,
} from '@/scoring';

const result = readCatalogue('data');
if (!result.ok) throw new Error('the catalogue in data/ does not validate');
const catalogue = result.catalogue;
const prepared = prepareCatalogue(catalogue);

/** Every skill at `base`, with the given skills set. */
const person = (levels: Record<string, number>, base = 1): Profile =>
  Object.fromEntries(catalogue.skills.map((s) => [s.id, levels[s.id] ?? base]));

const GENERIC = {
  communication: 3,
  writing: 3,
  'critical-thinking': 3,
  'complex-problem-solving': 3,
  'judgment-decision-making': 3,
  coordination: 3,
  'active-learning': 3,
};

const personas: {
  name: string;
  profile: Profile;
  primary: string[];
  families: string[];
  /** Roles from other families that fit too. */
  also?: string[];
}[] = [
  {
    name: 'a data governance lead',
    profile: person({
      ...GENERIC,
      'data-governance': 4,
      'data-quality': 3,
      'metadata-management': 3,
      'privacy-compliance': 3,
      'data-security': 2,
      'people-management': 3,
      'project-management': 3,
      'business-acumen': 3,
      'requirements-analysis': 3,
      sql: 2,
      'data-analysis': 2,
      'machine-learning': 0,
      'deep-learning': 0,
      'computer-vision': 0,
      nlp: 0,
    }),
    primary: ['data-governance-manager', 'data-manager'],
    families: ['governance', 'leadership'],
  },
  {
    name: 'a BI analyst',
    profile: person({
      ...GENERIC,
      sql: 3,
      'business-intelligence': 4,
      'data-visualisation': 4,
      'data-analysis': 3,
      'business-acumen': 3,
      'requirements-analysis': 2,
      statistics: 2,
      'data-modelling': 2,
      python: 1,
      'machine-learning': 0,
      'deep-learning': 0,
      'computer-vision': 0,
      nlp: 0,
      'llm-applications': 0,
    }),
    primary: ['business-intelligence-analyst', 'data-analyst'],
    families: ['analytics'],
  },
  {
    name: 'a hands-on ML engineer',
    profile: person({
      ...GENERIC,
      programming: 4,
      python: 4,
      'software-engineering': 3,
      algorithms: 3,
      'machine-learning': 4,
      'deep-learning': 3,
      'feature-engineering': 3,
      mlops: 3,
      statistics: 3,
      mathematics: 3,
      'cloud-platforms': 3,
      experimentation: 3,
      sql: 2,
      'people-management': 0,
    }),
    primary: ['machine-learning-engineer', 'machine-learning-software-engineer'],
    families: ['ml-engineering', 'data-science', 'research'],
  },
  {
    name: 'an ML team lead',
    profile: person({
      ...GENERIC,
      communication: 4,
      'people-management': 4,
      'project-management': 3,
      'business-acumen': 3,
      instructing: 3,
      'machine-learning': 4,
      'deep-learning': 3,
      mlops: 3,
      'software-engineering': 3,
      programming: 3,
      python: 3,
      'feature-engineering': 3,
      statistics: 3,
      'cloud-platforms': 2,
    }),
    primary: ['lead-machine-learning-engineer'],
    families: ['ml-engineering', 'leadership', 'data-science'],
  },
  {
    name: 'a data platform engineer',
    profile: person({
      ...GENERIC,
      'etl-pipelines': 4,
      'data-modelling': 3,
      sql: 4,
      python: 3,
      programming: 3,
      'software-engineering': 3,
      'cloud-platforms': 3,
      'big-data': 3,
      'data-architecture': 3,
      'database-administration': 2,
      'data-quality': 3,
      monitoring: 3,
      'machine-learning': 1,
    }),
    primary: ['data-engineer', 'data-warehouse-engineer'],
    families: ['data-engineering'],
    also: ['analytics-engineer'],
  },
];

/** The quick quiz: ask until the engine says settled, answering from the profile. */
function quickQuiz(profile: Profile): { answers: Profile; asked: number } {
  const answers: Record<string, number> = {};
  for (;;) {
    const next = nextQuestion(prepared, answers);
    if (next.settled || next.skillId === null)
      return { answers, asked: Object.keys(answers).length };
    answers[next.skillId] = profile[next.skillId]!;
  }
}

const familyOf = new Map(catalogue.roles.map((r) => [r.id, r.family as string]));
const top3 = (profile: Profile) =>
  rankRoles(prepared, profile)
    .slice(0, 3)
    .map((r) => r.roleId);

function expectFitting(
  top: string[],
  { primary, families, also = [] }: (typeof personas)[number],
  when: string,
) {
  const why = `top 3 ${when}: ${top.join(', ')}`;
  expect(
    top.some((id) => primary.includes(id)),
    why,
  ).toBe(true);
  expect(
    top.filter((id) => !families.includes(familyOf.get(id)!) && !also.includes(id)),
    why,
  ).toEqual([]);
}

describe('personas on the real catalogue', () => {
  for (const persona of personas) {
    const { name, profile } = persona;
    it(`gives ${name} a fitting top 3 after the full quiz`, () => {
      expectFitting(top3(profile), persona, 'after the full quiz');
    });

    it(`gives ${name} a fitting top 3 after the quick quiz`, () => {
      const { answers, asked } = quickQuiz(profile);
      expectFitting(top3(answers), persona, `after ${asked} questions`);
      // The quiz stops at its budget of 20 questions at the latest (the UI's checkpoint).
      expect(asked).toBeLessThanOrEqual(QUESTION_BUDGET);
    });
  }
});
