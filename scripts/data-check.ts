/** `npm run data:check [dir]`: validates a data directory; exits non-zero on any error. */
import { resolve } from 'node:path';
import { formatIssue } from '../src/catalogue/validate';
import { readCatalogue } from './lib/read-catalogue';

const dir = resolve(process.argv[2] ?? 'data');
const result = readCatalogue(dir);
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(`\ndata:check: ${result.issues.length} error(s) in ${dir}`);
  process.exit(1);
}
const { roles, skills, categories } = result.catalogue;
console.log(
  `data:check: ok — ${roles.length} roles, ${skills.length} skills in ${categories.length} categories (${dir})`,
);
