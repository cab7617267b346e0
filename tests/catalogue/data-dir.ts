/**
 * A small, valid data directory on disk (skills.json, two roles, comparisons.json and tiny
 * reference extracts in sources/) for the data:check and data:build tests. Each test copies it,
 * corrupts one thing and checks the error names the file and the field.
 *
 * The O*NET and BLS numbers in the roles are worked out by hand from the fixture sources below,
 * independently of data:build: Biostatisticians (15-2041.01) Mathematics IM 4.62 -> importance
 * 4.6, LV 5.12 -> 5.12 x 4/7 = 2.93 -> level 2.9; Programming IM 3.38 -> 3.4, LV 4.00 -> 2.29
 * -> 2.3; Speaking IM 4.0 -> 4, LV 5.25 -> 3.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Comparison, Role, RoleSkill, Skill, SkillCategory } from '@/catalogue/schema';

// Own builders rather than tests/fixtures: these files are the contract data:check enforces,
// so they must not change when shared fixtures change.
const judged = { kind: 'judgement', reason: 'Fixture value chosen for a test.' } as const;

const CATEGORY_IDS = [
  'programming',
  'data-engineering',
  'ml-ai',
  'math-stats',
  'analytics',
  'leadership',
];
export const FIXTURE_CATEGORIES: SkillCategory[] = CATEGORY_IDS.map((id) => ({
  id,
  name: `Category ${id}`,
  description: `Skills in ${id}.`,
}));

function skill(id: string, category: string, onet?: Skill['onet']): Skill {
  return {
    id,
    name: `Skill ${id}`,
    category,
    description: `Working with ${id}.`,
    ...(onet ? { onet } : {}),
    levels: [0, 1, 2, 3, 4].map((level) => ({ level, anchor: `${id} at level ${level}` })),
    steps: [0, 1, 2, 3].map((from) => ({
      from,
      to: from + 1,
      activity: `Practise ${id} from level ${from} to ${from + 1}.`,
      resource: { name: `Resource ${from + 1} for ${id}` },
      evidence: `You can do ${id} at level ${from + 1}.`,
    })),
  };
}

/** 35 skills (the schema's minimum): the ones the roles use, then fillers. */
export const FIXTURE_SKILLS: Skill[] = [
  skill('python', 'programming'),
  skill('sql', 'programming'),
  skill('statistics', 'math-stats'),
  skill('machine-learning', 'ml-ai'),
  skill('data-visualisation', 'analytics'),
  skill('communication', 'leadership', { element: '2.A.1.d', name: 'Speaking' }),
  skill('software-engineering', 'programming'),
  skill('business-acumen', 'leadership'),
  skill('mathematics', 'math-stats', { element: '2.A.1.e', name: 'Mathematics' }),
  skill('programming', 'programming', { element: '2.B.3.e', name: 'Programming' }),
  ...Array.from({ length: 25 }, (_, i) => skill(`filler-skill-${i + 1}`, 'data-engineering')),
];

const need = (
  id: string,
  importance: number,
  level: number,
  source: RoleSkill['source'] = judged,
  defining?: RoleSkill['defining'],
): RoleSkill => ({
  skill: id,
  importance,
  level,
  source,
  ...(defining ? { defining } : {}),
});
/** Every role marks 1-4 defining skills (validate.ts); the fixtures mark one each. */
const DEFINING = {
  kind: 'judgement',
  reason: 'Fixture: the skill the role is named for.',
} as const;
const ONET = (code: string, element: string) =>
  ({ kind: 'onet', release: '27.x', code, element }) as const;

/** A schema-valid role; the fields data:build fills come from `sourced`. */
function role(
  id: string,
  sourced: Pick<
    Role,
    'skills' | 'education' | 'salary' | 'related' | 'onetCodes' | 'blsOccupation'
  >,
): Role {
  const soc = sourced.blsOccupation?.soc ?? '';
  return {
    id,
    title: `Role ${id}`,
    family: 'data-science',
    summary: 'One line.',
    definition: 'What the role does.',
    seniority: 'individual-contributor',
    responsibilities: [
      'Frame questions',
      'Prepare data',
      'Build models',
      'Explain results',
      'Keep work tidy',
    ],
    skills: sourced.skills,
    education: sourced.education,
    tools: ['Python', 'SQL', 'Git', 'Jupyter'],
    industries: {
      items: [{ id: 'technology' }, { id: 'finance' }, { id: 'healthcare' }],
      source: judged,
    },
    outlook: {
      text: 'Demand is growing.',
      figures: [
        {
          label: 'Employment growth',
          value: '11%',
          percent: 11,
          period: '2023-2033',
          source: judged,
        },
        {
          label: `Projected employment growth, ${PROJECTIONS[soc]?.title.toLowerCase() ?? ''}`,
          value: `${PROJECTIONS[soc]?.percent ?? ''}%`,
          percent: PROJECTIONS[soc]?.percent ?? 0,
          period: '2024-34',
          source: {
            kind: 'bls-projections',
            period: '2024-34',
            citation: `BLS Employment Projections 2024-34, Table 1.2: ${PROJECTIONS[soc]?.title}`,
            soc,
          },
        },
      ],
    },
    salary: sourced.salary,
    gettingStarted: ['Learn Python', 'Learn SQL', 'Do a project', 'Share it'],
    related: sourced.related,
    onetCodes: sourced.onetCodes,
    blsOccupation: sourced.blsOccupation,
  };
}

/** The EP 2024-34 rows in SOURCES below, written out by hand for the fixture roles. */
const PROJECTIONS: Record<string, { title: string; percent: number }> = {
  '15-2041': { title: 'Statisticians', percent: 8.5 },
  '11-3021': { title: 'Computer and information systems managers', percent: 15.2 },
};
/** Index of the EP growth figure in both fixture roles' outlook.figures. */
export const GROWTH_INDEX = 1;

/** Index of the O*NET-sourced Mathematics entry in the statistician's skills. */
export const MATHS_INDEX = 8;
export const PROGRAMMING_INDEX = 9;

export function statisticianRole(): Role {
  return role('statistician', {
    skills: [
      need('python', 4, 3),
      need('sql', 3, 2),
      need('statistics', 5, 4, judged, DEFINING),
      need('machine-learning', 3, 2),
      need('data-visualisation', 3, 2),
      need('communication', 4, 3, ONET('15-2041.01', '2.A.1.d')),
      need('software-engineering', 2, 1),
      need('business-acumen', 2, 1),
      need('mathematics', 4.6, 2.9, ONET('15-2041.01', '2.A.1.e')),
      need('programming', 3.4, 2.3, ONET('15-2041.01', '2.B.3.e')),
    ],
    education: {
      typical: 'master',
      degrees: ['Statistics'],
      certifications: [],
      jobZone: { zone: 5, source: { kind: 'onet', release: '29.2', code: '15-2041.01' } },
      source: judged,
    },
    salary: {
      currency: 'USD',
      p10: 60390,
      p25: 79210,
      median: 103300,
      p75: 137610,
      p90: 170700,
      basis: 'Statisticians (SOC 15-2041), U.S. national, May 2024',
      source: { kind: 'bls-oews', release: 'May 2024', soc: '15-2041' },
    },
    related: ['data-scientist'],
    onetCodes: [{ code: '15-2041.01', title: 'Biostatisticians' }],
    blsOccupation: {
      soc: '15-2041',
      title: 'Statisticians',
      match: 'exact',
      reason: 'BLS counts statisticians as an occupation of their own',
    },
  });
}

/** No Skills ratings for 15-2051.00, so every skill is a judgement; wages are top-coded. */
export function dataScientistRole(): Role {
  return role('data-scientist', {
    skills: [
      need('python', 5, 3),
      need('sql', 4, 3),
      need('statistics', 4, 3),
      need('machine-learning', 5, 3, judged, DEFINING),
      need('data-visualisation', 3, 2),
      need('communication', 3, 2),
      need('software-engineering', 3, 2),
      need('business-acumen', 3, 2),
    ],
    education: {
      typical: 'bachelor',
      degrees: ['Computer science'],
      certifications: [],
      jobZone: { zone: 4, source: { kind: 'onet', release: '29.2', code: '15-2051.00' } },
      source: judged,
    },
    salary: {
      currency: 'USD',
      p10: 104450,
      p25: 134350,
      median: 171200,
      p75: 216220,
      p90: null,
      basis: 'Computer and Information Systems Managers (SOC 11-3021), U.S. national, May 2024',
      source: { kind: 'bls-oews', release: 'May 2024', soc: '11-3021' },
    },
    related: ['statistician'],
    onetCodes: [{ code: '15-2051.00', title: 'Data Scientists' }],
    blsOccupation: {
      soc: '11-3021',
      title: 'Computer and Information Systems Managers',
      match: 'stand-in',
      reason: 'A top-coded occupation, so the fixture covers a null p90',
    },
  });
}

const comparison: Comparison = {
  id: 'statistician-vs-data-scientist',
  a: 'statistician',
  b: 'data-scientist',
  title: 'Statistician vs data scientist',
  intro: 'How the two roles differ.',
  source: judged,
};

const SOURCES: Record<string, string> = {
  'onet-29.2-skill-elements.tsv': [
    'Element ID\tElement Name',
    '2.A.1.d\tSpeaking',
    '2.A.1.e\tMathematics',
    '2.B.3.e\tProgramming',
  ].join('\n'),
  'onet-27.x-skills-importance.csv': [
    'O*NET-SOC Code,Title,Speaking,Mathematics,Programming',
    '15-2041.01,Biostatisticians,4.0,4.62,3.38',
    '15-2051.01,Business Intelligence Analysts,3.88,3.38,2.62',
  ].join('\n'),
  'onet-27.x-skills-level.csv': [
    'O*NET-SOC Code,Title,Speaking,Mathematics,Programming',
    '15-2041.01,Biostatisticians,5.25,5.12,4.0',
    '15-2051.01,Business Intelligence Analysts,4.0,3.88,2.5',
  ].join('\n'),
  'onet-30.0-skills-excerpt.tsv': [
    'O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source',
    '15-2051.01\t2.A.1.e\tMathematics\tIM\t3.50\t8\t0\t0\t0\tN\tn/a\t08/2024\tAnalyst',
    '15-2051.01\t2.A.1.e\tMathematics\tLV\t3.75\t8\t0\t0\t0\tN\tN\t08/2024\tAnalyst',
  ].join('\n'),
  'onet-29.2-job-zones.tsv': [
    'O*NET-SOC Code\tJob Zone\tDate\tDomain Source',
    '15-2041.01\t5\t08/2021\tAnalyst',
    '15-2051.00\t4\t11/2021\tAnalyst - Preliminary',
    '15-2051.01\t4\t08/2024\tAnalyst',
  ].join('\n'),
  'onet-29.2-occupations.tsv': [
    'O*NET-SOC Code\tTitle',
    '15-2041.01\tBiostatisticians',
    '15-2051.00\tData Scientists',
    '15-2051.01\tBusiness Intelligence Analysts',
  ].join('\n'),
  // Real May 2024 rows, trimmed to the columns data:build reads.
  'bls-oews-national-may2024.csv': [
    'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90',
    '15-2041,Statisticians,detailed,29800,60390,79210,103300,137610,170700',
    '11-3021,Computer and Information Systems Managers,detailed,645970,104450,134350,171200,216220,#',
    '15-9999,An occupation with a suppressed wage,detailed,1000,40000,*,60000,70000,80000',
  ].join('\n'),
  'bls-ep-2024-34-table-1.2.csv': [
    '2024 National Employment Matrix title,2024 National Employment Matrix code,Occupation type,"Employment change, percent, 2024–34","Occupational openings, 2024–34 annual average"',
    'Statisticians,15-2041,Line item,8.5,2',
    'Computer and information systems managers,11-3021,Line item,15.2,55.6',
    '"Mathematical science occupations, summary",15-2000,Summary,9.9,9',
  ].join('\n'),
};

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Writes the valid fixture data directory into a fresh temp folder and returns its path. */
export function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-data-'));
  const files: Record<string, string> = {
    'skills.json': json({ categories: FIXTURE_CATEGORIES, skills: FIXTURE_SKILLS }),
    'roles/statistician.json': json(statisticianRole()),
    'roles/data-scientist.json': json(dataScientistRole()),
    'comparisons.json': json([comparison]),
    ...Object.fromEntries(
      Object.entries(SOURCES).map(([f, text]) => [`sources/${f}`, text + '\n']),
    ),
  };
  for (const [file, text] of Object.entries(files)) writeText(dir, file, text);
  return dir;
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeText(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Rewrites one JSON file through `edit` (which may mutate or return a replacement). */
export function editJson<T = Record<string, unknown>>(
  dir: string,
  file: string,
  edit: (value: T) => T | void,
): void {
  const value = JSON.parse(readText(dir, file)) as T;
  writeText(dir, file, json(edit(value) ?? value));
}
