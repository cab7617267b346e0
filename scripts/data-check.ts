/**
 * `npm run data:check [dir]`: validates a data directory (schema and cross-references, via
 * src/catalogue/validate.ts) and checks that every O*NET / BLS figure in the role files equals
 * what `npm run data:build` would write from <dir>/sources (O*NET ratings and Job Zones, OEWS
 * May 2024 wages and employment, EP 2024-34 growth), and that no outlook text quotes a percentage
 * its figures do not show. Exits non-zero on any error.
 */
import { join, resolve } from 'node:path';
import { formatIssue, type CatalogueIssue } from '../src/catalogue/validate';
import { buildDataDir } from './lib/build-data';
import { outlookTextIssues } from './lib/outlook-text';
import { readCatalogue, shownPath } from './lib/read-catalogue';
import { skillIdIssues } from './lib/skill-ids';

const dir = resolve(process.argv[2] ?? 'data');
const result = readCatalogue(dir);
const build = buildDataDir(dir, { write: false });

const show = (v: unknown) => (v === undefined ? '(missing)' : JSON.stringify(v));
const drift: CatalogueIssue[] = build.roles.flatMap((role) =>
  role.changes.map((c) => ({
    file: role.file,
    path: c.path,
    message: `is ${show(c.from)}, but data:build would write ${show(c.to)} (${c.basis}); run npm run data:build`,
  })),
);

const staleText: CatalogueIssue[] = result.ok
  ? result.catalogue.roles.flatMap((role) =>
      outlookTextIssues(shownPath(join(dir, 'roles', `${role.id}.json`)), role),
    )
  : [];

// Validation and the build both check O*NET elements; report each problem once.
const seen = new Set<string>();
const errors = [
  ...(result.ok ? [] : result.issues),
  ...build.issues,
  ...build.roles.flatMap((r) => r.issues),
  ...drift,
  ...staleText,
  ...(result.ok
    ? skillIdIssues(
        dir,
        result.catalogue.skills.map((s) => s.id),
      )
    : []),
].filter((issue) => {
  const key = formatIssue(issue);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
});
const warnings = build.roles.flatMap((r) => r.warnings);

for (const w of warnings) console.warn(`warning: ${formatIssue(w)}`);
for (const issue of errors) console.error(formatIssue(issue));
if (errors.length > 0 || !result.ok) {
  console.error(`\ndata:check: ${errors.length} error(s), ${warnings.length} warning(s) in ${dir}`);
  process.exit(1);
}
const { roles, skills, categories, comparisons } = result.catalogue;
console.log(
  `data:check: ok — ${roles.length} roles, ${skills.length} skills in ${categories.length} categories, ` +
    `${comparisons.length} comparisons; O*NET and BLS figures match data/sources` +
    (warnings.length > 0 ? `; ${warnings.length} warning(s)` : '') +
    ` (${dir})`,
);
