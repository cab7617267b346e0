/**
 * Small display formatters shared by every page: money and source citations.
 * Pure functions (no React) so tests and other features can reuse them.
 */
import type { BlsOccupation, Role, SeedArticleId, Source } from '@/catalogue/schema';
import { SEED_ARTICLES } from '@/catalogue/vocabulary';

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** Whole US dollars without cents, e.g. 123456.7 -> "$123,457". */
export function formatUsd(amount: number): string {
  return usd.format(Math.round(amount));
}

/**
 * BLS top-codes annual wages at this figure in OEWS May 2024 (the p90 is null above it). The
 * bound moves with each release ($208,000 in May 2021), so it changes together with the wages.
 */
export const BLS_TOP_CODE_USD = 239_200;

/** The 90th percentile, or the top-coded wording when BLS withholds it. */
export function formatP90(p90: Role['salary']['p90']): string {
  return p90 === null ? `${formatUsd(BLS_TOP_CODE_USD)} or more (top-coded)` : formatUsd(p90);
}

/**
 * A seed article's short title: the part before the subtitle, with "Machine Learning"
 * shortened to "ML" so the citation fits on one line on a phone.
 */
export function seedShortTitle(article: SeedArticleId): string {
  const title = SEED_ARTICLES[article].title;
  return (title.split(':')[0] ?? title).replace(/Machine Learning/g, 'ML').trim();
}

/** A seed article's publication date as "30 October 2024" (UTC, so it never shifts a day). */
export function formatSeedDate(article: SeedArticleId): string {
  return new Date(`${SEED_ARTICLES[article].published}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** One short human citation for any catalogue source, e.g. "O*NET 27.x, 15-1243.00". */
export function formatSource(source: Source): string {
  switch (source.kind) {
    case 'onet':
      return `O*NET ${source.release}, ${source.code}`;
    case 'bls-oews':
      return `BLS OEWS ${source.release}, SOC ${source.soc}`;
    case 'bls-projections': {
      // Current citations name the release ("BLS Employment Projections 2024-34, ..."); say the
      // period only where the citation does not.
      const period = source.citation.includes(source.period)
        ? ''
        : `, projections ${source.period}`;
      return `${source.citation}${period}${source.soc ? `, SOC ${source.soc}` : ''}`;
    }
    case 'seed':
      return `Seed article: ${seedShortTitle(source.article)}${source.citing ? `, citing ${source.citing}` : ''}`;
    case 'judgement':
      return `Team judgement: ${source.reason}`;
  }
}

/**
 * How the BLS occupation behind a role's pay and growth figures relates to the role: its own
 * occupation, or a broader (or neighbouring) one the role is counted in.
 */
export function blsOccupationRelation(match: BlsOccupation['match']): string {
  return match === 'exact'
    ? 'the BLS occupation for this role'
    : 'the occupation BLS counts this role in';
}

/**
 * The BLS occupation a figure describes, named plainly, e.g. "Data Scientists (SOC 15-2051),
 * the BLS occupation for this role" or "Software Developers (SOC 15-1252), the occupation BLS
 * counts this role in".
 */
export function formatBlsOccupation(occupation: BlsOccupation): string {
  return `${occupation.title} (SOC ${occupation.soc}), ${blsOccupationRelation(occupation.match)}`;
}

/** The BLS release a wage or growth source cites, e.g. "OEWS May 2024", or undefined for others. */
export function blsRelease(source: Source): string | undefined {
  if (source.kind === 'bls-oews') return `OEWS ${source.release}`;
  if (source.kind === 'bls-projections') return `Employment Projections ${source.period}`;
  return undefined;
}

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Names joined as a sentence does it, e.g. ["A", "B", "C"] -> "A, B and C". */
export function formatList(items: readonly string[]): string {
  return list.format(items);
}

/**
 * The role's BLS occupation when an outlook figure comes from it (growth or employment), so the
 * figure can name the occupation it describes; undefined for seed and judgement figures.
 */
export function figureBlsOccupation(
  role: Role,
  figure: Role['outlook']['figures'][number],
): BlsOccupation | undefined {
  const { source } = figure;
  const occupation = role.blsOccupation;
  if (!occupation || (source.kind !== 'bls-projections' && source.kind !== 'bls-oews')) return;
  return source.soc === occupation.soc ? occupation : undefined;
}
