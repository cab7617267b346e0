/**
 * The reference extracts in data/sources/ (written by `npm run data:extract`) and the lookups
 * `data:build` and `data:check` make in them. Node only.
 *
 * Release policy for O*NET Skills ratings: an occupation present in the O*NET 30.0 excerpt takes
 * all its ratings from 30.0 (newer: 15-2051.01 was re-rated in 08/2024); every other occupation
 * takes them from the 27.x matrices. Releases are never mixed within one occupation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogueIssue } from '../../src/catalogue/validate';
import { parseTable } from './delimited';

export const SOURCE_FILES = {
  skillElements: 'onet-29.2-skill-elements.tsv',
  importance27: 'onet-27.x-skills-importance.csv',
  level27: 'onet-27.x-skills-level.csv',
  skills30: 'onet-30.0-skills-excerpt.tsv',
  jobZones: 'onet-29.2-job-zones.tsv',
  occupations: 'onet-29.2-occupations.tsv',
  oews: 'bls-oews-national-may2024.csv',
  projections: 'bls-ep-2024-34-table-1.2.csv',
} as const;

export const RELEASES = {
  skills27: '27.x',
  skills30: '30.0',
  jobZones: '29.2',
  oews: 'May 2024',
  projections: '2024-34',
} as const;

/** One occupation's Skills ratings: element id -> raw O*NET IM (1-5) and LV (0-7). */
export interface OnetSkillRatings {
  release: string;
  ratings: Map<string, { im: number; lv: number }>;
}

/** OEWS annual wage percentiles as BLS prints them: digits, "#" (top-coded) or "*"/"NA". */
export interface OewsWages {
  title: string;
  /** TOT_EMP: national employment, excluding the self-employed ("**" when not published). */
  employment: string;
  p10: string;
  p25: string;
  median: string;
  p75: string;
  p90: string;
}

/** Everything data:build needs, as plain maps so tests can build one in memory. */
export interface ReferenceData {
  /** O*NET-SOC code -> ratings, release policy already applied. */
  skills: Map<string, OnetSkillRatings>;
  /** O*NET-SOC code -> Job Zone 1-5 (O*NET 29.2). */
  jobZones: Map<string, number>;
  /** O*NET-SOC code -> occupation title (O*NET 29.2). */
  titles: Map<string, string>;
  /** SOC code (e.g. 15-2051) -> national wages and employment, OEWS May 2024. */
  wages: Map<string, OewsWages>;
  /** SOC code -> Employment Projections 2024-34 (Table 1.2), detailed occupations only. */
  projections: Map<string, Projection>;
}

/** One EP Table 1.2 line item, as BLS prints it (employment in thousands). */
export interface Projection {
  /** The EP title, in sentence case, e.g. "Software developers". */
  title: string;
  /** "Employment change, percent, 2024–34", e.g. "15.8" or "-0.7". */
  percent: string;
  /** "Occupational openings, 2024–34 annual average", in thousands. */
  openings: string;
}

export function emptyReferenceData(): ReferenceData {
  return {
    skills: new Map(),
    jobZones: new Map(),
    titles: new Map(),
    wages: new Map(),
    projections: new Map(),
  };
}

function readText(dir: string, file: string, issues: CatalogueIssue[]): string | undefined {
  const full = join(dir, file);
  if (!existsSync(full)) {
    issues.push({
      file: relative(process.cwd(), full) || full,
      path: '(file)',
      message: 'reference extract is missing; run npm run data:extract (needs ../shared/reference)',
    });
    return undefined;
  }
  return readFileSync(full, 'utf8');
}

function num(value: string | undefined): number {
  return value === undefined || value.trim() === '' ? NaN : Number(value);
}

/** Reads data/sources (or a test's copy); issues name any missing or malformed file. */
export function loadSources(dir: string): { data: ReferenceData; issues: CatalogueIssue[] } {
  const issues: CatalogueIssue[] = [];
  const data = emptyReferenceData();
  const shown = (file: string) => relative(process.cwd(), join(dir, file)) || join(dir, file);

  const elementsText = readText(dir, SOURCE_FILES.skillElements, issues);
  const elementByName = new Map<string, string>();
  if (elementsText !== undefined)
    for (const row of parseTable(elementsText, '\t').rows)
      elementByName.set(row['Element Name'] ?? '', row['Element ID'] ?? '');

  const imText = readText(dir, SOURCE_FILES.importance27, issues);
  const lvText = readText(dir, SOURCE_FILES.level27, issues);
  if (imText !== undefined && lvText !== undefined && elementByName.size > 0) {
    const im = parseTable(imText, ',');
    const lv = parseTable(lvText, ',');
    const lvByCode = new Map(lv.rows.map((r) => [r['O*NET-SOC Code'] ?? '', r]));
    const skillColumns = im.header.filter((h) => h !== 'O*NET-SOC Code' && h !== 'Title');
    for (const column of skillColumns)
      if (!elementByName.has(column))
        issues.push({
          file: shown(SOURCE_FILES.importance27),
          path: `(header) "${column}"`,
          message: `no element id for this column in ${SOURCE_FILES.skillElements}`,
        });
    for (const row of im.rows) {
      const code = row['O*NET-SOC Code'] ?? '';
      const lvRow = lvByCode.get(code);
      if (!lvRow) {
        issues.push({
          file: shown(SOURCE_FILES.level27),
          path: code,
          message: 'occupation has importance ratings but no level ratings',
        });
        continue;
      }
      const ratings = new Map<string, { im: number; lv: number }>();
      for (const column of skillColumns) {
        const element = elementByName.get(column);
        if (element) ratings.set(element, { im: num(row[column]), lv: num(lvRow[column]) });
      }
      data.skills.set(code, { release: RELEASES.skills27, ratings });
    }
  }

  const excerptText = readText(dir, SOURCE_FILES.skills30, issues);
  if (excerptText !== undefined) {
    const newer = new Map<string, OnetSkillRatings>();
    for (const row of parseTable(excerptText, '\t').rows) {
      const code = row['O*NET-SOC Code'] ?? '';
      const element = row['Element ID'] ?? '';
      const scale = row['Scale ID'];
      if (scale !== 'IM' && scale !== 'LV') continue;
      let entry = newer.get(code);
      if (!entry) newer.set(code, (entry = { release: RELEASES.skills30, ratings: new Map() }));
      const rating = entry.ratings.get(element) ?? { im: NaN, lv: NaN };
      if (scale === 'IM') rating.im = num(row['Data Value']);
      else rating.lv = num(row['Data Value']);
      entry.ratings.set(element, rating);
    }
    for (const [code, entry] of newer) data.skills.set(code, entry);
  }

  const zonesText = readText(dir, SOURCE_FILES.jobZones, issues);
  if (zonesText !== undefined)
    for (const row of parseTable(zonesText, '\t').rows)
      data.jobZones.set(row['O*NET-SOC Code'] ?? '', num(row['Job Zone']));

  const titlesText = readText(dir, SOURCE_FILES.occupations, issues);
  if (titlesText !== undefined)
    for (const row of parseTable(titlesText, '\t').rows)
      data.titles.set(row['O*NET-SOC Code'] ?? '', row['Title'] ?? '');

  const oewsText = readText(dir, SOURCE_FILES.oews, issues);
  if (oewsText !== undefined)
    for (const row of parseTable(oewsText, ',').rows) {
      const soc = row['OCC_CODE'] ?? '';
      // A code BLS prints both as a broad and a detailed group: the detailed row is the occupation.
      if (data.wages.has(soc) && row['O_GROUP'] !== 'detailed') continue;
      data.wages.set(soc, {
        title: row['OCC_TITLE'] ?? '',
        employment: row['TOT_EMP'] ?? '',
        p10: row['A_PCT10'] ?? '',
        p25: row['A_PCT25'] ?? '',
        median: row['A_MEDIAN'] ?? '',
        p75: row['A_PCT75'] ?? '',
        p90: row['A_PCT90'] ?? '',
      });
    }

  const epText = readText(dir, SOURCE_FILES.projections, issues);
  if (epText !== undefined)
    for (const row of parseTable(epText, ',').rows) {
      if (row['Occupation type'] !== 'Line item') continue;
      data.projections.set(row['2024 National Employment Matrix code'] ?? '', {
        title: row['2024 National Employment Matrix title'] ?? '',
        percent: row['Employment change, percent, 2024–34'] ?? '',
        openings: row['Occupational openings, 2024–34 annual average'] ?? '',
      });
    }

  return { data, issues };
}
