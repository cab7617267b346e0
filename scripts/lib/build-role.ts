/**
 * What `npm run data:build` writes into one role file, computed without touching the disk:
 * O*NET-sourced skill numbers, the O*NET Job Zone and the BLS OEWS wage percentiles. Works on
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
const BLS_SOURCE_ORDER = ['kind', 'release', 'soc'];
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

  const salary = role.salary;
  if (isObj(salary) && isObj(salary.source) && salary.source.kind === 'bls-oews') {
    const soc = salary.source.soc;
    const wages = typeof soc === 'string' ? ref.wages.get(soc) : undefined;
    if (!wages)
      issue(
        'salary.source.soc',
        `no BLS OEWS May 2021 national row for SOC "${String(soc)}" in data/sources; expected a SOC code such as 15-2051`,
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
          salary.source,
          'release',
          RELEASES.oews,
          BLS_SOURCE_ORDER,
          'salary.source.release',
          tag,
        );
      }
    }
  }

  if (result.issues.length > 0) result.json = input;
  return result;
}

/** The exact text data:build writes: 2-space JSON and a final newline. */
export function serialiseRole(json: unknown): string {
  return JSON.stringify(json, null, 2) + '\n';
}
