/**
 * `npm run bench:lighthouse [-- --runs 3 --dist DIR --pages home,role]`: issue 11's own measure.
 * Lighthouse's default mobile run (simulated slow 4G, 4× CPU slowdown, Moto G Power screen) on
 * home and a role page, beside the bare React + router + query + zustand + zod page built with
 * the same Vite (scripts/lib/bench-web/bare-page.ts), in one run, runs interleaved. Prints the
 * medians and fails when a page misses a floor: LCP ≤ 1.10× the bare page, performance ≥ 98,
 * TBT ≤ 50 ms, accessibility, best practices and SEO 100 (scripts/lib/lighthouse/floors.ts).
 *
 * Lighthouse is not a project dependency: one of its dependencies asks for "latest", which breaks
 * `npm ci`. So this script installs a pinned Lighthouse on first use into
 * node_modules/.cache/lighthouse-<version>/ (outside package.json and the lockfile; `npm ci`
 * clears it) and drives Debian's Chromium with it. The first run needs the npm registry.
 *
 * The build is served by the same small static host as bench:web (gzip, clean URLs for the
 * prerendered pages). Lighthouse's simulated throttling replays the unthrottled load through its
 * network and CPU model: its LCP barely moves with other work on the machine, but its TBT scales
 * the main-thread tasks it observed, so a busy machine inflates TBT (the output warns).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBarePage } from './lib/bench-web/bare-page';
import { buildApp } from './lib/bench-web/build-app';
import { serveStatic } from './lib/bench-web/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import {
  formatSummaryTable,
  missedFloors,
  readRun,
  summariseRuns,
  type LighthouseResultLike,
  type LighthouseRun,
} from './lib/lighthouse/floors';

const LIGHTHOUSE_VERSION = '12.8.2'; // the newest Lighthouse that runs on Node 20
const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = 'dist-bench';
const CACHE = join(ROOT, 'node_modules', '.cache', `lighthouse-${LIGHTHOUSE_VERSION}`);
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const PAGES: Record<string, string> = {
  home: '/',
  role: '/roles/data-scientist',
  roles: '/roles',
  about: '/about',
  compare: '/compare/data-manager/lead-machine-learning-engineer',
};

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4395' },
    dist: { type: 'string' },
    pages: { type: 'string', default: 'home,role' },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got ${args.runs}`);
const pages = args.pages.split(',').map((p) => p.trim());
for (const page of pages)
  if (!PAGES[page])
    throw new Error(`--pages: unknown page ${page} (${Object.keys(PAGES).join(', ')})`);

interface LighthouseModule {
  default: (
    url: string,
    flags: { port: number; output: 'json'; logLevel: 'error' },
  ) => Promise<{ lhr: LighthouseResultLike } | undefined>;
}
interface ChromeLauncherModule {
  launch: (options: {
    chromePath: string;
    chromeFlags: string[];
  }) => Promise<{ port: number; kill: () => void | Promise<void> }>;
}

/** Lighthouse and its chrome-launcher, installed into the cache folder on first use. */
async function loadLighthouse(): Promise<{
  lighthouse: LighthouseModule['default'];
  launcher: ChromeLauncherModule;
}> {
  const modules = join(CACHE, 'node_modules');
  if (!existsSync(join(modules, 'lighthouse', 'package.json'))) {
    console.log(`Installing Lighthouse ${LIGHTHOUSE_VERSION} into ${CACHE} (first run only) ...`);
    mkdirSync(CACHE, { recursive: true });
    // A package.json of its own keeps npm from walking up to the project's.
    writeFileSync(join(CACHE, 'package.json'), '{ "private": true }\n');
    const npm = spawnSync(
      'npm',
      [
        'install',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      { cwd: CACHE, encoding: 'utf8' },
    );
    if (npm.status !== 0)
      throw new Error(`installing Lighthouse failed:\n${npm.stderr}${npm.stdout}`);
  }
  const load = (path: string) => import(pathToFileURL(join(modules, path)).href);
  const lighthouse = ((await load('lighthouse/core/index.js')) as LighthouseModule).default;
  const launcher = (await load('chrome-launcher/dist/index.js')) as ChromeLauncherModule;
  return { lighthouse, launcher };
}

async function main() {
  const { lighthouse, launcher } = await loadLighthouse();
  const appDir = args.dist ? resolve(args.dist) : join(ROOT, OUT_DIR);
  if (!args.dist) buildApp(ROOT, OUT_DIR);
  console.log('Building the bare reference page ...');
  const bare = await buildBarePage(ROOT);
  const app = await serveStatic(appDir, port);
  const bareServer = await serveStatic(bare.outDir, port + 1);
  const chrome = await launcher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const targets = [
      { name: 'bare page', url: `${bareServer.url}/` },
      ...pages.map((name) => ({ name, url: `${app.url}${PAGES[name]}` })),
    ];
    const samples = new Map<string, LighthouseRun[]>();
    // Interleaved, so drift on the machine hits every page alike.
    for (let run = 1; run <= runs; run++) {
      for (const target of targets) {
        const result = await lighthouse(target.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
        const figures = readRun(result.lhr);
        samples.set(target.name, [...(samples.get(target.name) ?? []), figures]);
        console.log(
          `  run ${run}/${runs}  ${target.name.padEnd(10)} performance ${figures.performance}, ` +
            `LCP ${Math.round(figures.lcpMs)} ms, TBT ${Math.round(figures.tbtMs)} ms, ` +
            `a11y ${figures.accessibility}, BP ${figures.bestPractices}, SEO ${figures.seo}`,
        );
      }
    }
    const bareSummary = summariseRuns('bare page', samples.get('bare page')!, 0);
    bareSummary.lcpRatio = 1;
    const summaries = pages.map((name) =>
      summariseRuns(name, samples.get(name)!, bareSummary.lcpMs),
    );
    console.log(
      `\nLighthouse ${LIGHTHOUSE_VERSION}, mobile (simulated throttling), median of ${runs} run(s); ` +
        `load average ${loadavg()[0]!.toFixed(1)}.\n`,
    );
    console.log(formatSummaryTable([...summaries, bareSummary]));
    if (loadavg()[0]! > availableParallelism())
      console.log(
        '\nWarning: the machine was busy. Lighthouse simulates the network, but its TBT scales the ' +
          'main-thread tasks it saw, which other work lengthens: rerun when it is quiet.',
      );
    let missed = 0;
    for (const summary of summaries) {
      const misses = missedFloors(summary);
      missed += misses.length;
      if (misses.length > 0) console.error(`\n${summary.page}: ${misses.join('; ')}`);
      if (summary.failedAudits.length > 0)
        console.log(`${summary.page}: failed audits: ${summary.failedAudits.join(', ')}`);
    }
    console.log(
      missed === 0
        ? '\nEvery page meets issue 11: LCP ≤ 1.10× bare, performance ≥ 98, TBT ≤ 50 ms, a11y/BP/SEO 100.'
        : `\nbench:lighthouse: ${missed} floor(s) missed.`,
    );
    console.log(
      `BENCH_LIGHTHOUSE ${JSON.stringify({ runs, lighthouse: LIGHTHOUSE_VERSION, pages: [...summaries, bareSummary] })}`,
    );
    if (missed > 0) process.exitCode = 1;
  } finally {
    await chrome.kill();
    await app.close();
    await bareServer.close();
    await bare.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
