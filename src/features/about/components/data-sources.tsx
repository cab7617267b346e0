import type { SeedArticleId } from '@/catalogue/schema';
import { SEED_ARTICLES } from '@/catalogue/vocabulary';
import { BLS_TOP_CODE_USD, formatSeedDate, formatUsd } from '@/shared/format/format';

/** O*NET's required attribution, word for word (CC BY 4.0). */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET Database, by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';

export function DataSources() {
  const seeds = Object.keys(SEED_ARTICLES) as SeedArticleId[];
  return (
    <section className="card about-section" aria-labelledby="sources-title">
      <h2 id="sources-title">Data sources</h2>
      <p>
        Every figure on a role page names its source. Where no public data set covers a point, the
        role says it is the team’s judgement and gives the reason.
      </p>

      <h3>O*NET</h3>
      <blockquote className="attribution">
        <p>{ONET_ATTRIBUTION}</p>
      </blockquote>
      <p>
        Pathfinder uses the O*NET 29.2 database for occupation titles, job zones and the definitions
        of the 35 O*NET skills, and the O*NET 27.x skills tables for how important each skill is to
        an occupation and at what level, with O*NET 30.0 ratings where that release covers the
        occupation. Levels are rescaled from O*NET’s 0 to 7 to Pathfinder’s 0 to 4. Licence:{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer">
          Creative Commons Attribution 4.0
        </a>
        .
      </p>

      <h3>U.S. Bureau of Labor Statistics</h3>
      <ul className="bullets">
        <li>
          Occupational Employment and Wage Statistics (OEWS), May 2024: national annual wage
          percentiles and employment by occupation. BLS top-codes wages at{' '}
          {formatUsd(BLS_TOP_CODE_USD)}, so some 90th percentiles read “
          {formatUsd(BLS_TOP_CODE_USD)} or more”.
        </li>
        <li>
          Employment Projections 2024–34 (Table 1.2): projected employment growth per occupation
          from 2024 to 2034.
        </li>
      </ul>
      <p>
        BLS has no occupation for many data and AI roles. Each role takes its pay and growth from
        one BLS occupation, named beside every figure: the role’s own where BLS counts it by name
        (Data Scientists, Statisticians), otherwise the occupation BLS counts it in, with the
        reason. Such a figure describes the whole occupation, which is why several roles can show
        the same one.
      </p>
      <p>
        Growth figures a seed article quotes from older BLS projections (2019–29, 2020–30) are shown
        as the article’s, marked “Seed article”, beside the current projection.
      </p>
      <p>BLS data are in the public domain. Figures are for the United States.</p>

      <h3>Seed articles</h3>
      <p>
        Pathfinder began from two comparison articles. Facts taken from them are marked “Seed
        article” on the role pages; all wording in the app is our own.
      </p>
      <ul className="bullets">
        {seeds.map((id) => (
          <li key={id}>
            <cite>{SEED_ARTICLES[id].title}</cite>, published{' '}
            <time dateTime={SEED_ARTICLES[id].published}>{formatSeedDate(id)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
