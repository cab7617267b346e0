/**
 * The catalogue schema: the one description of what a role, a skill and a source look like.
 * Types are inferred from it, so the data files, `npm run data:check`, the Vite build and the
 * app's load-time validation all agree by construction.
 */
// Before any schema is built: zod must not probe for eval under our CSP.
import './zod-config';
import { z } from 'zod';
import {
  EDUCATION_LEVELS,
  ID_PATTERN,
  INDUSTRY_IDS,
  ROLE_FAMILIES,
  SEED_ARTICLES,
  type EducationLevel,
  type RoleFamilyId,
  type SeedArticleId,
} from './vocabulary';

const seedArticleIds = Object.keys(SEED_ARTICLES) as [SeedArticleId, ...SeedArticleId[]];

// The vocabulary lives in ./vocabulary (zod-free: pages import it without the validator).
export {
  EDUCATION_LEVELS,
  INDUSTRIES,
  LEVEL_LABELS,
  ROLE_FAMILIES,
  SEED_ARTICLES,
  type EducationLevel,
  type IndustryId,
  type RoleFamilyId,
  type SeedArticleId,
} from './vocabulary';
const industryIds = INDUSTRY_IDS;

const roleFamilyIds = Object.keys(ROLE_FAMILIES) as [RoleFamilyId, ...RoleFamilyId[]];

const educationLevels = Object.keys(EDUCATION_LEVELS) as [EducationLevel, ...EducationLevel[]];

const id = z.string().regex(ID_PATTERN, 'a kebab-case id such as "data-engineer"');
const text = z.string().trim().min(1, 'a non-empty text');
const onetSocCode = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 15-2051.00');
const socCode = z.string().regex(/^\d{2}-\d{4}$/, 'a SOC code such as 15-2051');

/** Where a fact or figure came from. Every figure in the catalogue carries one. */
export const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('onet'),
    /** O*NET release, e.g. "29.2", "27.3" or "30.0". */
    release: text,
    code: onetSocCode,
    /** Content-model element id, e.g. 2.B.3.e for Programming. */
    element: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('bls-oews'),
    /** May 2024 is current (data:check requires it); May 2021 only survives in old fixtures. */
    release: z.enum(['May 2024', 'May 2021']),
    soc: socCode,
  }),
  z.strictObject({
    kind: z.literal('bls-projections'),
    /** e.g. "2024-34" (data:check backs only that period, from EP Table 1.2). */
    period: text,
    /** Human-readable citation, e.g. "BLS Occupational Outlook Handbook: Data Scientists". */
    citation: text,
    soc: socCode.optional(),
  }),
  z.strictObject({
    kind: z.literal('seed'),
    article: z.enum(seedArticleIds),
    /** When the article itself cites someone (e.g. "U.S. Bureau of Labor Statistics"). */
    citing: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('judgement'),
    /** One line on why the team chose this value. */
    reason: z.string().trim().min(10, 'a one-line reason (at least 10 characters)'),
  }),
]);
export type Source = z.infer<typeof sourceSchema>;

export const skillCategorySchema = z.strictObject({
  id,
  name: text,
  description: text,
});
export type SkillCategory = z.infer<typeof skillCategorySchema>;

export const skillLevelSchema = z.strictObject({
  level: z.number().int().min(0).max(4),
  /** What a person at this level can observably do. */
  anchor: text,
});

/** One climb up a skill's scale: something to do, a free resource to do it with, and how you know. */
export const learningStepSchema = z.strictObject({
  from: z.number().int().min(0).max(3),
  to: z.number().int().min(1).max(4),
  /** A concrete activity suited to this climb, in one sentence. */
  activity: text,
  /** A named free resource suited to this climb; `url` only where it is known to be right. */
  resource: z.strictObject({
    name: text,
    url: z
      .string()
      .regex(/^https:\/\/\S+$/, 'an https:// address')
      .optional(),
  }),
  /** What shows you have reached level `to`, in line with that level's anchor. */
  evidence: text,
});
export type LearningStep = z.infer<typeof learningStepSchema>;

const STEP_ORDER = '0->1, 1->2, 2->3 and 3->4';

/** Exactly four steps in order, so steps[n] is always the climb from level n to n + 1. */
export const learningStepsSchema = z
  .array(learningStepSchema, {
    error: (issue) =>
      issue.input === undefined
        ? `missing; every skill needs four learning steps, ${STEP_ORDER} (see docs/data.md)`
        : undefined,
  })
  .length(4, `exactly four steps: ${STEP_ORDER}`)
  .superRefine((steps, ctx) => {
    steps.forEach((step, i) => {
      if (step.from !== i || step.to !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `climbs ${step.from}->${step.to}; expected ${i}->${i + 1} (steps run ${STEP_ORDER}, in order)`,
        });
    });
  });

export const skillSchema = z.strictObject({
  id,
  name: text,
  category: id,
  description: text,
  /** The O*NET skill element this skill corresponds to, if any. */
  onet: z
    .strictObject({
      element: z
        .string()
        .regex(/^2\.[AB]\.\d\.[a-z]$/, 'an O*NET skill element id such as 2.B.3.e'),
      name: text,
    })
    .optional(),
  levels: z
    .array(skillLevelSchema)
    .length(5, 'exactly five levels, 0 to 4')
    .refine((levels) => levels.every((l, i) => l.level === i), 'levels in order 0, 1, 2, 3, 4'),
  /** Older, level-blind learning tips; superseded by `steps`, kept until the gap plan reads those. */
  learning: z.array(text).min(1).optional(),
  /**
   * The learning plan keyed to the level: steps[n] climbs from level n to n + 1. Required in
   * data/skills.json (skillsFileSchema); optional here so small test catalogues may omit it.
   */
  steps: learningStepsSchema.optional(),
});
export type Skill = z.infer<typeof skillSchema>;

export const skillsFileSchema = z.strictObject({
  categories: z.array(skillCategorySchema).min(6),
  skills: z.array(skillSchema.extend({ steps: learningStepsSchema })).min(35),
});
export type SkillsFile = z.infer<typeof skillsFileSchema>;

export const roleSkillSchema = z.strictObject({
  skill: id,
  /** How much the role relies on the skill, 1 (barely) to 5 (essential). */
  importance: z.number().min(1).max(5),
  /** The level the role needs, on our 0-4 scale. */
  level: z.number().min(0).max(4),
  source: sourceSchema,
  /** Optional detail, e.g. which languages or tools the requirement means. */
  note: z.string().optional(),
  /**
   * Present when this is a defining skill of the role: one without which nobody holds the job.
   * The value says why (a seed article, an O*NET rating, or the team's judgement with a reason).
   * A shortfall on a defining skill caps the role's score (docs/scoring.md).
   */
  defining: sourceSchema.optional(),
});
export type RoleSkill = z.infer<typeof roleSkillSchema>;

const figureSchema = z.strictObject({
  /** What the figure measures, e.g. "Employment growth". */
  label: text,
  /** Human-readable value, e.g. "11%" or "74% a year in hiring". */
  value: text,
  /** Numeric percentage where there is one (for sorting and charts). */
  percent: z.number().optional(),
  /** e.g. "2020-2030". */
  period: text,
  source: sourceSchema,
  /** A caveat or correction shown with the figure, e.g. what a cited report actually said. */
  note: z.string().optional(),
});

/**
 * The one BLS occupation whose pay and growth figures a role shows. `match` says how it
 * relates to the role: "exact" when BLS counts the job under that occupation by name,
 * "stand-in" when the role is counted inside a broader or neighbouring occupation, so the
 * figures describe that whole occupation rather than the role. data:check requires it on
 * every role file and fills `title` from OEWS.
 */
export const blsOccupationSchema = z.strictObject({
  soc: socCode,
  /** The OEWS occupation title, e.g. "Software Developers". */
  title: text,
  match: z.enum(['exact', 'stand-in']),
  /** One line on why this occupation stands for the role. */
  reason: z.string().trim().min(10, 'a one-line reason (at least 10 characters)'),
});
export type BlsOccupation = z.infer<typeof blsOccupationSchema>;

export const roleSchema = z.strictObject({
  id,
  title: text,
  family: z.enum(roleFamilyIds),
  summary: text,
  definition: text,
  seniority: z.enum(['individual-contributor', 'lead']),
  responsibilities: z.array(text).min(5),
  skills: z.array(roleSkillSchema).min(8),
  education: z.strictObject({
    typical: z.enum(educationLevels),
    degrees: z.array(text).min(1),
    certifications: z.array(text),
    notes: z.array(text).optional(),
    jobZone: z.strictObject({
      zone: z.number().int().min(1).max(5),
      source: sourceSchema,
    }),
    source: sourceSchema,
  }),
  tools: z.array(text).min(4),
  industries: z.strictObject({
    items: z.array(z.strictObject({ id: z.enum(industryIds), note: z.string().optional() })).min(3),
    source: sourceSchema,
  }),
  outlook: z.strictObject({
    text,
    figures: z.array(figureSchema).min(1),
  }),
  salary: z.strictObject({
    currency: z.literal('USD'),
    /** Annual wage percentiles; p90 is null when BLS top-codes it (>= $239,200 in May 2024). */
    p10: z.number().positive(),
    p25: z.number().positive(),
    median: z.number().positive(),
    p75: z.number().positive(),
    p90: z.number().positive().nullable(),
    /** Which occupation the figures describe, e.g. "Data Scientists (SOC 15-2051)". */
    basis: text,
    source: sourceSchema,
  }),
  gettingStarted: z.array(text).min(4),
  related: z.array(id).min(1),
  onetCodes: z.array(z.strictObject({ code: onetSocCode, title: text })),
  /** The BLS occupation behind `salary` and the BLS outlook figures (see blsOccupationSchema). */
  blsOccupation: blsOccupationSchema.optional(),
  /** The seed article this role comes from, if any. */
  seed: z.enum(seedArticleIds).optional(),
});
export type Role = z.infer<typeof roleSchema>;

export const comparisonSchema = z.strictObject({
  id,
  a: id,
  b: id,
  title: text,
  intro: text,
  source: sourceSchema,
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const comparisonsFileSchema = z.array(comparisonSchema);

/** The single asset the app downloads: everything in data/ after validation. */
export const catalogueSchema = z.strictObject({
  version: text,
  categories: z.array(skillCategorySchema),
  skills: z.array(skillSchema),
  roles: z.array(roleSchema).min(1),
  comparisons: comparisonsFileSchema,
  /**
   * Renamed or merged skill ids (data/skill-aliases.json): old id -> the id that replaced it.
   * Shipped with the skills it belongs to, so answers saved under an old id move to the new one
   * whichever build reads them.
   */
  aliases: z.record(id, id).optional(),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
