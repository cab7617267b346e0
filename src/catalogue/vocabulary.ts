/**
 * The catalogue's controlled vocabulary that more than the schema needs: industry ids and the id
 * pattern. Zod-free, so stored-answer sanitising and share codes can use the same rule without
 * pulling the validator into the first download; schema.ts builds its zod types from these.
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
