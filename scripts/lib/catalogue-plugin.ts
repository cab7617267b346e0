/**
 * Vite plugin: validates data/ and ships it as its own hashed asset (never inside the JS bundle).
 * `import catalogueUrl, { roleCount, skillCount, groupCount } from 'virtual:catalogue-url'` gives
 * the asset's URL and how many roles, skills and skill groups it holds (for pages that say so
 * before the file loads). An invalid catalogue
 * fails the build with the same messages as `npm run data:check`.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Catalogue } from '../../src/catalogue/schema';
import { formatIssue } from '../../src/catalogue/validate';
import { readCatalogue } from './read-catalogue';

const VIRTUAL_ID = 'virtual:catalogue-url';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const DEV_PATH = '/catalogue.json';

function loadOrThrow(dir: string): string {
  const result = readCatalogue(dir);
  if (!result.ok) {
    throw new Error(
      `The catalogue in ${dir} is invalid:\n${result.issues.map(formatIssue).join('\n')}`,
    );
  }
  return JSON.stringify(result.catalogue);
}

/** The counts pages show before the file loads; groups are categories with a skill, as the quiz has. */
function countsModule(catalogue: Catalogue): string {
  const groups = catalogue.categories.filter((c) =>
    catalogue.skills.some((s) => s.category === c.id),
  ).length;
  return [
    `export const roleCount = ${catalogue.roles.length};`,
    `export const skillCount = ${catalogue.skills.length};`,
    `export const groupCount = ${groups};`,
  ].join('\n');
}

export function cataloguePlugin(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'data');
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'pathfinder-catalogue',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const source = loadOrThrow(dir);
      const counts = countsModule(JSON.parse(source) as Catalogue);
      if (command === 'serve') return `export default ${JSON.stringify(DEV_PATH)};\n${counts}`;
      const ref = this.emitFile({ type: 'asset', name: 'catalogue.json', source });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};\n${counts}`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.middlewares.use(DEV_PATH, (_req, res) => {
        try {
          const body = loadOrThrow(dir);
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch (err) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain');
          res.end((err as Error).message);
        }
      });
    },
  };
}
