/**
 * What `npm run data:build` writes into one role file, computed without touching the disk:
 * O*NET-sourced skill numbers, the O*NET Job Zone, the BLS OEWS May 2024 wage percentiles and
 * employment, the BLS EP 2024-34 growth figures and the BLS occupation's title. Works on
 * raw JSON (before schema validation) so a half-written role can still be filled in, and keeps
 * every existing key where it is. `data:check` runs the same function to detect drift.
 */
import { onetElementIssue, type CatalogueIssue } from '../../src/catalogue/validate';
import type { Skill } from '../../src/catalogue/schema';
import { importanceFromIm, levelFromLv } from './onet-convert';
import { RELEASES, type ReferenceData } from './sources';

export interface FieldChange {
  path: string;
  from: unknown;
  to: unknown;
  /** Where the new value comes from, e.g. "O*NET 27.x 15-2041.01 2.A.1.e IM 4.62". */
  basis: string;
}

export interface RoleBuild {
  /** The role with every sourced figure set (a copy; the input is not modified). */
  json: unknown;
  changes: FieldChange[];
  /** Sources that cannot be resolved: the file is not written while any remain. */
  issues: CatalogueIssue[];
  /** Likely mistakes that do not stop the build. */
  warnings: CatalogueIssue[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const SKILL_ORDER = ['skill', 'importance', 'level', 'source', 'note'];
const ONET_SOURCE_ORDER = ['kind', 'release', 'code', 'element'];
const ZONE_ORDER = ['zone', 'source'];
const SALARY_ORDER = ['currency', 'p10', 'p25', 'median', 'p75', 'p90', 'basis', 'source'];
const OCCUPATION_ORDER = ['soc', 'title', 'match', 'reason'];
const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

export type SkillLookup = ReadonlyMap<string, Pick<Skill, 'id' | 'onet'>>;

export function buildRole(
  file: string,
  input: unknown,
  ref: ReferenceData,
  skills: SkillLookup,
): RoleBuild {
  const result: RoleBuild = { json: input, changes: [], issues: [], warnings: [] };
  if (!isObj(input)) {
    result.issues.push({ file, path: '(root)', message: 'expected a role object' });
    return result;
  }
  const role = structuredClone(input);
  result.json = role;

  /** Sets obj[key]; a key that was missing is slotted in at its canonical position. */
  const put = (
    obj: Obj,
    key: string,
    value: unknown,
    order: string[],
    path: string,
    basis: string,
  ) => {
    const had = key in obj;
    if (had && Object.is(obj[key], value)) return;
    result.changes.push({ path, from: had ? obj[key] : undefined, to: value, basis });
    obj[key] = value;
    if (had) return;
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    const entries = Object.entries(obj).sort((a, b) => rank(a[0]) - rank(b[0]));
    for (const k of Object.keys(obj)) delete obj[k];
    for (const [k, v] of entries) obj[k] = v;
  };
  const issue = (path: string, message: string) => result.issues.push({ file, path, message });

  const onetCodes = Array.isArray(role.onetCodes) ? role.onetCodes : [];
  onetCodes.forEach((entry, i) => {
    if (!isObj(entry) || typeof entry.code !== 'string') return;
    const title = ref.titles.get(entry.code);
    if (title === undefined)
      issue(
        `onetCodes[${i}].code`,
        `"${entry.code}" is not an O*NET 29.2 occupation in data/sources; check the code, or run npm run data:extract if it is new`,
      );
    else if (entry.title !== title)
      issue(`onetCodes[${i}].title`, `expected the O*NET 29.2 title "${title}" for ${entry.code}`);
  });

  const codesWithRatings = onetCodes
    .map((c) => (isObj(c) ? c.code : undefined))
    .filter((c): c is string => typeof c === 'string' && ref.skills.has(c));

  const entries = Array.isArray(role.skills) ? role.skills : [];
  entries.forEach((entry, i) => {
    if (!isObj(entry) || !isObj(entry.source)) return;
    const source = entry.source;
    const skillId = typeof entry.skill === 'string' ? entry.skill : '';
    const skill = skills.get(skillId);
    const base = `skills[${i}]`;
    if (source.kind !== 'onet') {
      if (skill?.onet && codesWithRatings.length > 0)
        result.warnings.push({
          file,
          path: `${base}.source`,
          message: `skill "${skillId}" maps to O*NET element ${skill.onet.element}, and ${codesWithRatings.join(', ')} in onetCodes ${codesWithRatings.length > 1 ? 'have' : 'has'} Skills ratings; the taxonomy asks for an "onet" source here unless the rated occupation does not fit`,
        });
      return;
    }
    const mismatch = onetElementIssue(file, i, skillId, source.element, skill);
    if (mismatch) {
      result.issues.push(mismatch);
      return;
    }
    const code = source.code;
    const element = String(source.element);
    if (typeof code !== 'string') {
      issue(`${base}.source.code`, 'missing; expected the O*NET-SOC code whose ratings to use');
      return;
    }
    const occupation = ref.skills.get(code);
    if (!occupation) {
      issue(
        `${base}.source.code`,
        `O*NET-SOC code "${code}" has no Skills ratings in data/sources (O*NET 27.x or 30.0); expected a rated code, or a "judgement" source for this skill`,
      );
      return;
    }
    const rating = occupation.ratings.get(element);
    if (!rating || !Number.isFinite(rating.im) || !Number.isFinite(rating.lv)) {
      issue(
        `${base}.source.element`,
        `no O*NET ${occupation.release} rating for element "${element}" under ${code}`,
      );
      return;
    }
    const tag = `O*NET ${occupation.release} ${code} ${element}`;
    put(
      entry,
      'importance',
      importanceFromIm(rating.im),
      SKILL_ORDER,
      `${base}.importance`,
      `${tag} IM ${rating.im}`,
    );
    put(
      entry,
      'level',
      levelFromLv(rating.lv),
      SKILL_ORDER,
      `${base}.level`,
      `${tag} LV ${rating.lv}`,
    );
    put(source, 'release', occupation.release, ONET_SOURCE_ORDER, `${base}.source.release`, tag);
  });

  const education = role.education;
  const jobZone = isObj(education) ? education.jobZone : undefined;
  if (isObj(jobZone) && isObj(jobZone.source) && jobZone.source.kind === 'onet') {
    const code = jobZone.source.code;
    const zone = typeof code === 'string' ? ref.jobZones.get(code) : undefined;
    if (zone === undefined || !Number.isInteger(zone))
      issue(
        'education.jobZone.source.code',
        `no O*NET ${RELEASES.jobZones} Job Zone for "${String(code)}" in data/sources; expected an O*NET-SOC code such as 15-2051.00`,
      );
    else {
      const tag = `O*NET ${RELEASES.jobZones} Job Zones ${String(code)}`;
      put(jobZone, 'zone', zone, ZONE_ORDER, 'education.jobZone.zone', tag);
      put(
        jobZone.source,
        'release',
        RELEASES.jobZones,
        ONET_SOURCE_ORDER,
        'education.jobZone.source.release',
        tag,
      );
    }
  }

  const occupation = role.blsOccupation;
  const occupationSoc =
    isObj(occupation) && typeof occupation.soc === 'string' ? occupation.soc : undefined;
  if (!isObj(occupation))
    issue(
      'blsOccupation',
      'missing; expected { soc, title, match, reason }: the one BLS occupation behind the role’s pay and growth figures',
    );
  else if (occupationSoc !== undefined) {
    const wages = ref.wages.get(occupationSoc);
    if (!wages)
      issue(
        'blsOccupation.soc',
        `no BLS OEWS ${RELEASES.oews} national row for SOC "${occupationSoc}" in data/sources; run npm run data:extract if the code is new`,
      );
    else
      put(
        occupation,
        'title',
        wages.title,
        OCCUPATION_ORDER,
        'blsOccupation.title',
        `BLS OEWS ${RELEASES.oews} ${occupationSoc} OCC_TITLE`,
      );
  }
  /** Every BLS figure of a role describes its one occupation, so pay and growth never mix. */
  const sameOccupation = (path: string, soc: unknown) => {
    if (occupationSoc !== undefined && soc !== occupationSoc)
      issue(
        path,
        `is ${JSON.stringify(soc)}, but blsOccupation.soc is "${occupationSoc}"; pay and growth must describe the same occupation`,
      );
  };
  /** Wages and employment always come from the one OEWS release in data/sources. */
  const currentOews = (source: Obj, path: string, soc: unknown) =>
    put(
      source,
      'release',
      RELEASES.oews,
      ['kind', 'release', 'soc'],
      path,
      `BLS OEWS ${RELEASES.oews} ${String(soc)}`,
    );

  const salary = role.salary;
  if (isObj(salary) && isObj(salary.source) && salary.source.kind === 'bls-oews') {
    const soc = salary.source.soc;
    sameOccupation('salary.source.soc', soc);
    currentOews(salary.source, 'salary.source.release', soc);
    const wages = typeof soc === 'string' ? ref.wages.get(soc) : undefined;
    if (!wages)
      issue(
        'salary.source.soc',
        `no BLS OEWS ${RELEASES.oews} national row for SOC "${String(soc)}" in data/sources; expected a SOC code such as 15-2051`,
      );
    else {
      const tag = `BLS OEWS ${RELEASES.oews} ${String(soc)}`;
      const values: Partial<Record<(typeof PERCENTILES)[number], number | null>> = {};
      for (const key of PERCENTILES) {
        const raw = wages[key].trim();
        if (/^\d+$/.test(raw)) values[key] = Number(raw);
        else if (raw === '#' && key === 'p90') values[key] = null;
        else
          issue(
            `salary.${key}`,
            `BLS publishes no usable ${key} for SOC ${String(soc)} ("${raw}"); expected a number${key === 'p90' ? ' or "#"' : ''}; use a SOC code with published wages`,
          );
      }
      if (Object.keys(values).length === PERCENTILES.length) {
        for (const key of PERCENTILES)
          put(
            salary,
            key,
            values[key],
            SALARY_ORDER,
            `salary.${key}`,
            `${tag} ${key === 'median' ? 'A_MEDIAN' : `A_PCT${key.slice(1)}`} ${wages[key]}`,
          );
        put(
          salary,
          'basis',
          `${wages.title} (SOC ${String(soc)}), U.S. national, ${RELEASES.oews}`,
          SALARY_ORDER,
          'salary.basis',
          `${tag} OCC_TITLE`,
        );
      }
    }
  }

  const outlook = role.outlook;
  const figures = isObj(outlook) && Array.isArray(outlook.figures) ? outlook.figures : [];
  figures.forEach((figure, i) => {
    if (!isObj(figure) || !isObj(figure.source)) return;
    const source = figure.source;
    const base = `outlook.figures[${i}]`;
    const soc = source.soc;
    if (source.kind === 'bls-projections') {
      sameOccupation(`${base}.source.soc`, soc);
      if (source.period !== RELEASES.projections) {
        issue(
          `${base}.source.period`,
          `is ${JSON.stringify(source.period)}; expected "${RELEASES.projections}", the only BLS projections in data/sources (quote an older projection only as a seed article’s, with a "seed" source)`,
        );
        return;
      }
      const row = typeof soc === 'string' ? ref.projections.get(soc) : undefined;
      if (!row || !/^-?\d+(\.\d+)?$/.test(row.percent.trim())) {
        issue(
          `${base}.source.soc`,
          `no Employment Projections ${RELEASES.projections} line item with a percent change for SOC "${String(soc)}" in data/sources`,
        );
        return;
      }
      const percent = Number(row.percent);
      const tag = `BLS EP ${RELEASES.projections} Table 1.2 ${String(soc)} percent change ${row.percent}`;
      const order = ['label', 'value', 'percent', 'period', 'source', 'note'];
      put(
        figure,
        'label',
        `Projected employment growth, ${row.title.toLowerCase()}`,
        order,
        `${base}.label`,
        tag,
      );
      put(figure, 'value', `${percent}%`, order, `${base}.value`, tag);
      put(figure, 'percent', percent, order, `${base}.percent`, tag);
      put(figure, 'period', RELEASES.projections, order, `${base}.period`, tag);
      put(
        source,
        'citation',
        `BLS Employment Projections ${RELEASES.projections}, Table 1.2: ${row.title}`,
        ['kind', 'period', 'citation', 'soc'],
        `${base}.source.citation`,
        tag,
      );
    } else if (source.kind === 'bls-oews') {
      sameOccupation(`${base}.source.soc`, soc);
      currentOews(source, `${base}.source.release`, soc);
      const wages = typeof soc === 'string' ? ref.wages.get(soc) : undefined;
      const raw = wages?.employment.trim() ?? '';
      if (!wages || !/^\d+$/.test(raw)) {
        issue(
          `${base}.source.soc`,
          `no OEWS ${RELEASES.oews} employment (TOT_EMP) for SOC "${String(soc)}" in data/sources`,
        );
        return;
      }
      const tag = `BLS OEWS ${RELEASES.oews} ${String(soc)} TOT_EMP ${raw}`;
      const order = ['label', 'value', 'percent', 'period', 'source', 'note'];
      put(
        figure,
        'label',
        `U.S. employment, ${wages.title.toLowerCase()}`,
        order,
        `${base}.label`,
        tag,
      );
      put(
        figure,
        'value',
        `${Number(raw).toLocaleString('en-US')} jobs`,
        order,
        `${base}.value`,
        tag,
      );
      put(figure, 'period', RELEASES.oews, order, `${base}.period`, tag);
    }
  });

  if (result.issues.length > 0) result.json = input;
  return result;
}

/** The exact text data:build writes: 2-space JSON and a final newline. */
export function serialiseRole(json: unknown): string {
  return JSON.stringify(json, null, 2) + '\n';
}
