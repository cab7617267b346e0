/**
 * `npm run data:build [dir]`: writes the sourced figures into every data/roles/*.json: O*NET
 * Skills importance and level, O*NET Job Zones and BLS OEWS wages, from the extracts in
 * <dir>/sources (see docs/data.md). Idempotent; prints what changed; exits non-zero when a
 * source cannot be resolved (that file is left untouched, the others are still written).
 */
import { resolve } from 'node:path';
import { formatIssue } from '../src/catalogue/validate';
import { buildDataDir } from './lib/build-data';

const dir = resolve(process.argv[2] ?? 'data');
const result = buildDataDir(dir, { write: true });

const show = (v: unknown) => (v === undefined ? '(missing)' : JSON.stringify(v));
let changed = 0;
for (const role of result.roles) {
  for (const c of role.changes)
    console.log(`${role.file}: ${c.path}: ${show(c.from)} -> ${show(c.to)} (${c.basis})`);
  if (role.written && role.changes.length === 0)
    console.log(`${role.file}: reformatted (2-space JSON)`);
  for (const w of role.warnings) console.warn(`warning: ${formatIssue(w)}`);
  changed += role.changes.length;
}
const issues = [...result.issues, ...result.roles.flatMap((r) => r.issues)];
for (const issue of issues) console.error(formatIssue(issue));

const written = result.roles.filter((r) => r.written).length;
const blocked = result.roles.filter((r) => r.issues.length > 0).length;
console.log(
  `\ndata:build: ${result.roles.length} role file(s) read, ${written} written, ${changed} value(s) changed` +
    (blocked > 0 ? `, ${blocked} left untouched because of errors` : '') +
    `, ${issues.length} error(s)`,
);
if (issues.length > 0) process.exit(1);
