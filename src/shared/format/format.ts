/**
 * Small display formatters shared by every page: money and source citations.
 * Pure functions (no React) so tests and other features can reuse them.
 */
import { SEED_ARTICLES, type Role, type SeedArticleId, type Source } from '@/catalogue/schema';

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** Whole US dollars without cents, e.g. 123456.7 -> "$123,457". */
export function formatUsd(amount: number): string {
  return usd.format(Math.round(amount));
}

/** BLS top-codes annual wages at this figure in May 2021 (the p90 is null above it). */
export const BLS_TOP_CODE_USD = 208_000;

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
    case 'bls-projections':
      return `${source.citation}, projections ${source.period}${source.soc ? `, SOC ${source.soc}` : ''}`;
    case 'seed':
      return `Seed article: ${seedShortTitle(source.article)}${source.citing ? `, citing ${source.citing}` : ''}`;
    case 'judgement':
      return `Team judgement: ${source.reason}`;
  }
}
