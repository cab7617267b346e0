/**
 * `npm run data:extract [referenceDir]`: regenerates data/sources/ from the full reference files
 * (default ../shared/reference, or $PF_REFERENCE), keeping only the occupations the catalogue
 * can use: every 15-* code, the management/business codes data roles map to, and any code a
 * role file mentions. Rows are copied unchanged (CRLF normalised to LF), so each extract can be
 * diffed against its original. The committed extracts let a clone run data:build without them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitCsvLine, toLines } from './lib/delimited';
import { SOURCE_FILES } from './lib/sources';

const root = resolve(import.meta.dirname, '..');
const ref = resolve(
  process.argv[2] ?? process.env.PF_REFERENCE ?? join(root, '..', 'shared', 'reference'),
);
const out = join(root, 'data', 'sources');

if (['onet-29.2', 'onet-27-skills', 'bls-new'].some((d) => !existsSync(join(ref, d)))) {
  console.error(
    `data:extract: no reference data at ${ref} (expected onet-29.2/, onet-27-skills/, bls-new/).\n` +
      'Pass its path as an argument or set PF_REFERENCE. The committed data/sources/ still works for data:build.',
  );
  process.exit(1);
}

/** Occupation groups that data and AI roles map to (SOC prefixes). */
const BASE_PREFIXES = ['15-', '11-3021', '13-1111', '13-1082', '13-2051', '13-1161'];

/** Every SOC / O*NET-SOC code mentioned anywhere in the role files. */
function codesInRoles(): string[] {
  const dir = join(root, 'data', 'roles');
  if (!existsSync(dir)) return [];
  const codes = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && /^\d{2}-\d{4}(\.\d{2})?$/.test(value)) codes.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    try {
      visit(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    } catch {
      console.warn(`data:extract: skipped ${file} (not valid JSON)`);
    }
  }
  return [...codes].sort();
}

const roleCodes = codesInRoles();
const prefixes = [...BASE_PREFIXES, ...roleCodes.map((c) => c.slice(0, 7))];
const wanted = (code: string) => prefixes.some((p) => code.startsWith(p));

type Splitter = (line: string) => string[];
const tab: Splitter = (line) => line.split('\t');

/** Copies the header and the rows whose `column` passes `keep`; returns the row count. */
function filterFile(
  input: string,
  output: string,
  split: Splitter,
  column: string,
  keep: (value: string) => boolean,
  columns?: string[],
): number {
  const [header, ...lines] = toLines(readFileSync(join(ref, input), 'utf8'));
  if (header === undefined) throw new Error(`${input} is empty`);
  const names = split(header);
  const at = names.indexOf(column);
  if (at < 0) throw new Error(`${input} has no column "${column}"`);
  const pick = columns?.map((c) => {
    const i = names.indexOf(c);
    if (i < 0) throw new Error(`${input} has no column "${c}"`);
    return i;
  });
  const project = (line: string) => (pick ? pick.map((i) => split(line)[i]).join('\t') : line);
  const kept = lines.filter((line) => keep(split(line)[at] ?? ''));
  writeFileSync(join(out, output), [project(header), ...kept.map(project)].join('\n') + '\n');
  return kept.length;
}

mkdirSync(out, { recursive: true });

interface Extract {
  from: string;
  to: string;
  what: string;
  split: Splitter;
  column: string;
  keep: (value: string) => boolean;
  columns?: string[];
}
const isSkillElement = (id: string) => /^2\.[AB]\.\d\.[a-z]$/.test(id);
const EXTRACTS: Extract[] = [
  {
    from: 'onet-27-skills/skills-importance.csv',
    to: SOURCE_FILES.importance27,
    what: 'O*NET 27.x Skills, Importance (IM 1-5), one column per skill',
    split: splitCsvLine,
    column: 'O*NET-SOC Code',
    keep: wanted,
  },
  {
    from: 'onet-27-skills/skills-level.csv',
    to: SOURCE_FILES.level27,
    what: 'O*NET 27.x Skills, Level (LV 0-7), one column per skill',
    split: splitCsvLine,
    column: 'O*NET-SOC Code',
    keep: wanted,
  },
  {
    from: 'onet-27-skills/skills-onet30-excerpt.tsv',
    to: SOURCE_FILES.skills30,
    what: 'O*NET 30.0 Skills rows (IM and LV), long format',
    split: tab,
    column: 'O*NET-SOC Code',
    keep: wanted,
  },
  {
    from: 'onet-29.2/Job Zones.txt',
    to: SOURCE_FILES.jobZones,
    what: 'O*NET 29.2 Job Zones',
    split: tab,
    column: 'O*NET-SOC Code',
    keep: wanted,
  },
  {
    from: 'onet-29.2/Occupation Data.txt',
    to: SOURCE_FILES.occupations,
    what: 'O*NET 29.2 Occupation Data (code and title only)',
    split: tab,
    column: 'O*NET-SOC Code',
    keep: wanted,
    columns: ['O*NET-SOC Code', 'Title'],
  },
  {
    from: 'onet-29.2/Content Model Reference.txt',
    to: SOURCE_FILES.skillElements,
    what: 'O*NET 29.2 Content Model: the 35 skill elements (id and name)',
    split: tab,
    column: 'Element ID',
    keep: isSkillElement,
    columns: ['Element ID', 'Element Name'],
  },
  {
    from: 'bls-new/oews-national-may2024.csv',
    to: SOURCE_FILES.oews,
    what: 'BLS OEWS national, cross-industry, May 2024 (all columns)',
    split: splitCsvLine,
    column: 'OCC_CODE',
    keep: wanted,
  },
  {
    from: 'bls-new/ep-occupational-projections-2024-34.csv',
    to: SOURCE_FILES.projections,
    what: 'BLS Employment Projections 2024-34, Table 1.2 (employment in thousands)',
    split: splitCsvLine,
    column: '2024 National Employment Matrix code',
    keep: wanted,
  },
];

const counts = EXTRACTS.map((e) => filterFile(e.from, e.to, e.split, e.column, e.keep, e.columns));

const attribution = readFileSync(join(ref, 'README.md'), 'utf8').match(
  /"This product includes[\s\S]*?USDOL\/ETA\."/,
)?.[0];
if (!attribution)
  throw new Error('could not find the O*NET attribution text in the reference README.md');

const table = EXTRACTS.map((e, i) => `| ${e.to} | ${counts[i]} | ${e.what} | \`${e.from}\` |`).join(
  '\n',
);
const shownCodes = roleCodes.length > 0 ? roleCodes.map((c) => `\`${c}\``).join(', ') : 'none';

const readme = `# Reference extracts (generated by \`npm run data:extract\`; do not edit by hand)

Filtered copies of the reference files \`npm run data:build\` reads. Rows are copied unchanged from
the originals (line ends normalised to LF); only occupations a data or AI role can use are kept:
every \`15-*\` code, ${BASE_PREFIXES.slice(1)
  .map((p) => `\`${p}*\``)
  .join(', ')}, and every code a role
file mentions (at the last extraction: ${shownCodes}).
To add an occupation, reference it in a role file and run \`npm run data:extract\` again.

| file | rows | what | original file |
| --- | --- | --- | --- |
${table}

## How data:build uses them
- O*NET Skills: an occupation found in \`${SOURCE_FILES.skills30}\` takes all its ratings from
  O*NET 30.0 (source \`"release": "30.0"\`); every other occupation takes them from the 27.x
  matrices (\`"release": "27.x"\`: the reference copy does not record the minor release).
  importance = IM (1-5) rounded to 1 decimal; level = LV (0-7) x 4/7 rounded to 1 decimal.
  \`${SOURCE_FILES.skillElements}\` maps the 27.x column names to element ids.
- Job Zones: O*NET 29.2 (\`"release": "29.2"\`).
- Wages: OEWS May 2024 A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90 become p10, p25, median,
  p75, p90; "#" (top-coded: $239,200 a year or more) becomes \`"p90": null\`. Where a code is
  printed both as a broad and a detailed group, the detailed row is used. An outlook figure with
  a \`bls-oews\` source is the occupation's TOT_EMP (employment, excluding the self-employed).
- Growth: an outlook figure with a \`bls-projections\` source (period \`2024-34\`) takes
  "Employment change, percent, 2024–34" from the Table 1.2 line item of its SOC code.
- Every role names one BLS occupation (\`blsOccupation.soc\`); its salary and every BLS outlook
  figure must use that code, so pay and growth always describe the same occupation.

## Licences and attribution
O*NET (U.S. Department of Labor, Employment and Training Administration), CC BY 4.0: the O*NET
29.2 Database (February 2025 release) for Job Zones, Occupation Data and the Content Model; the
O*NET 27.x Skills tables and an O*NET 30.0 Skills excerpt for the ratings. Required attribution:

${attribution}

BLS data, public domain: "Source: U.S. Bureau of Labor Statistics, Occupational Employment and
Wage Statistics (May 2024) and Employment Projections (2024–34)." Provenance (BLS workbooks copied
from public GitHub repositories and cross-checked; see \`../shared/reference/bls-new/README.md\`):
- OEWS May 2024 national estimates: \`national_M2024_dl.xlsx\`, sha256
  \`0b70d339f53d12c91509e72ad78cbfc32a5c43d7b82efff1705f83475da115b9\`, first sheet as CSV.
- Employment Projections 2024–34, Table 1.2: \`occupation.xlsx\` (bls.gov/emp/ind-occ-matrix),
  sha256 \`05103e6770b8ffebd6f024ff52afc9aed7e586b4aa159396ddc483c6ec572a07\`; title and footnote
  rows dropped, the title column's indentation moved to \`Indent level\`.
- Checked there: EP's 2024 median wage equals OEWS May 2024 A_MEDIAN for every detailed
  occupation with a numeric wage.
- The May 2021 OEWS extract is no longer used: every wage now cites May 2024. Figures a seed
  article quotes from older BLS releases stay in the role files as the article's (source \`seed\`).
`;

writeFileSync(join(out, 'README.md'), readme);
console.log(`data:extract: wrote ${EXTRACTS.length} extracts and README.md to ${out}`);
EXTRACTS.forEach((e, i) => console.log(`  ${e.to}: ${counts[i]} rows`));
