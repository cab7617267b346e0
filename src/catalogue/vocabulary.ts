/**
 * The catalogue's controlled vocabulary: industries, role families, education levels, level
 * labels, the seed articles and the id pattern. Zod-free, so pages, stored-answer sanitising and
 * share codes use the same words without pulling the validator into their download; schema.ts
 * builds its zod types from these.
 */

/** Controlled vocabulary so industry filters work across roles. */
export const INDUSTRIES = {
  technology: 'Technology and software',
  finance: 'Finance and banking',
  insurance: 'Insurance',
  healthcare: 'Healthcare',
  'pharma-biotech': 'Pharmaceuticals and biotech',
  'retail-ecommerce': 'Retail and e-commerce',
  government: 'Government and public sector',
  telecommunications: 'Telecommunications',
  automotive: 'Automotive and mobility',
  manufacturing: 'Manufacturing',
  'energy-utilities': 'Energy and utilities',
  'media-entertainment': 'Media and entertainment',
  'consulting-professional-services': 'Consulting and professional services',
  'education-research': 'Education and research',
  'logistics-transport': 'Logistics and transport',
  marketing: 'Marketing and advertising',
} as const;
export type IndustryId = keyof typeof INDUSTRIES;
/** Every industry id, typed as a non-empty tuple so `z.enum(INDUSTRY_IDS)` accepts it. */
export const INDUSTRY_IDS = Object.keys(INDUSTRIES) as [IndustryId, ...IndustryId[]];

export function isIndustryId(value: unknown): value is IndustryId {
  return typeof value === 'string' && Object.hasOwn(INDUSTRIES, value);
}

/** Industry ids as people read them; an unknown id is shown as it is. */
export function industryName(id: string): string {
  return isIndustryId(id) ? INDUSTRIES[id] : id;
}

/** Role, skill and category ids: kebab-case, e.g. "data-engineer". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SEED_ARTICLES = {
  'data-manager-vs-lead-machine-learning-engineer': {
    file: '000_48beb8ad812c623c.txt',
    title: 'Data Manager vs. Lead Machine Learning Engineer: A Comprehensive Comparison',
    published: '2024-10-30',
  },
  'data-operations-manager-vs-ml-software-engineer': {
    file: '004_f569adcfa349a58f.txt',
    title:
      'Data Operations Manager vs. Machine Learning Software Engineer: A Comprehensive Comparison',
    published: '2023-12-06',
  },
} as const;
export type SeedArticleId = keyof typeof SEED_ARTICLES;

/** Role families, used to browse and filter the role list. */
export const ROLE_FAMILIES = {
  analytics: 'Analytics and BI',
  'data-engineering': 'Data engineering and platforms',
  'data-science': 'Data science and statistics',
  'ml-engineering': 'Machine learning and AI engineering',
  research: 'AI research',
  governance: 'Data governance, quality and privacy',
  leadership: 'Leadership and product',
} as const;
export type RoleFamilyId = keyof typeof ROLE_FAMILIES;

export const EDUCATION_LEVELS = {
  none: 'No degree required',
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctoral degree',
} as const;
export type EducationLevel = keyof typeof EDUCATION_LEVELS;

/** Proficiency labels are fixed; each skill supplies its own concrete anchor per level. */
export const LEVEL_LABELS = ['Not yet', 'Beginner', 'Working', 'Proficient', 'Expert'] as const;
