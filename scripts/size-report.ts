/**
 * `npm run size`: prints every built chunk's raw and gzip size and fails when the JS + CSS that
 * every page loads up front exceeds the budget: what the shell (app.html, the page every address
 * starts from; index.html in a build without prerendering) names. Prerendered pages add their own
 * route's CSS and code to that (scripts/lib/prerender-plugin.ts), which they would load next anyway.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 11: 111.7 KB before its pages were prerendered; 111.0 KB measured at that work's end
// (recharts gone, zod off every start-up path, start-up split into tasks), which is the budget.
const BUDGET_GZIP_BYTES = 111.0 * 1024;
const outDir = process.env.PF_OUT_DIR ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const shellFile = existsSync(join(outDir, 'app.html')) ? 'app.html' : 'index.html';
const html = readFileSync(join(outDir, shellFile), 'utf8');
const upFront = new Set(
  [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(outDir, m[1]!)),
);

const files = walk(outDir).filter((f) => /\.(js|css|json|webmanifest)$/.test(f));
const rows = files
  .map((file) => ({
    file,
    raw: statSync(file).size,
    gzip: gzipSize(file),
    upFront: upFront.has(file),
  }))
  .sort((a, b) => b.gzip - a.gzip);

console.log('chunk'.padEnd(56), 'raw'.padStart(10), 'gzip'.padStart(10), ' loaded');
for (const r of rows) {
  console.log(
    relative(outDir, r.file).padEnd(56),
    kb(r.raw).padStart(10),
    kb(r.gzip).padStart(10),
    r.upFront ? ' up front' : ' on demand',
  );
}
const total = rows.filter((r) => r.upFront).reduce((sum, r) => sum + r.gzip, 0);
console.log(
  `\nUp-front JS + CSS (${shellFile}): ${kb(total)} gzip (budget ${kb(BUDGET_GZIP_BYTES)})`,
);
if (upFront.size === 0) {
  console.error('size: found no scripts or styles in index.html; is the build complete?');
  process.exit(1);
}
if (total > BUDGET_GZIP_BYTES) {
  console.error(`size: over budget by ${kb(total - BUDGET_GZIP_BYTES)}`);
  process.exit(1);
}
