/**
 * `npm run eval:survey [csv] [--json out.json]`: checks the ranking against real people, the
 * Kaggle Machine Learning & Data Science Survey 2021 (Kaggle, ODbL), read at run time and never
 * stored. How and why: docs/validation.md. Exits 0 with a one-line note when the file is absent.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineFor } from './lib/survey/engine-adapter';
import { evaluate } from './lib/survey/evaluate';
import { readSurveyFile } from './lib/survey/read-survey';
import { formatReport, headline } from './lib/survey/report';
import { readCatalogue } from './lib/read-catalogue';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CSV = resolve(
  repo,
  '../shared/datasets/kaggle-survey-2021/kaggle_survey_2021_responses.csv.gz',
);

function parseArgs(argv: string[]): { csv: string; json: string | null; data: string } {
  let csv: string | null = null;
  let json: string | null = null;
  let data = resolve(repo, 'data');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = resolve(argv[++i] ?? '');
    else if (arg === '--data') data = resolve(argv[++i] ?? '');
    else if (arg.startsWith('--'))
      throw new Error(`unknown option ${arg}; use [csv] [--json out.json] [--data dir]`);
    else csv = resolve(arg);
  }
  return { csv: csv ?? DEFAULT_CSV, json, data };
}

const started = performance.now();
const args = parseArgs(process.argv.slice(2));
if (!existsSync(args.csv)) {
  console.log(
    `eval:survey: no survey file at ${args.csv}; nothing to measure (see docs/validation.md).`,
  );
  process.exit(0);
}
const result = readCatalogue(args.data);
if (!result.ok) {
  console.error(
    `eval:survey: the catalogue in ${args.data} does not validate; run npm run data:check.`,
  );
  process.exit(1);
}
const catalogue = result.catalogue;
const survey = readSurveyFile(args.csv);
const evaluation = evaluate(catalogue, engineFor(catalogue), survey.responses);

console.log(
  `Kaggle Machine Learning & Data Science Survey (Kaggle, ODbL): ${args.csv}\n` +
    `Catalogue ${catalogue.version}: ${catalogue.roles.length} roles, ${catalogue.skills.length} skills.`,
);
console.log(formatReport(evaluation));
if (args.json) {
  writeFileSync(
    args.json,
    `${JSON.stringify({ catalogue: catalogue.version, ...evaluation }, null, 2)}\n`,
  );
  console.log(`Full result written to ${args.json}.`);
}
// Timing goes to stderr so stdout stays the same for the same input.
console.error(`eval:survey took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(
  `EVAL_SURVEY ${JSON.stringify({ catalogue: catalogue.version, ...headline(evaluation) })}`,
);
