/**
 * `npm run bench:web [-- --runs 3 --port 4390 --dist DIR --budget FILE]`: page speed as a person on a
 * mid-range phone over slow 4G meets it, on four pages and on a bare page for reference.
 *
 * Builds the app into dist-bench/ and a bare React + router + TanStack Query + zustand + zod page
 * into a temp folder (same Vite), serves each with a small static host (gzip, SPA fallback to
 * index.html; scripts/lib/bench-web/static-server.ts), and loads every page cold in Debian
 * Chromium with Lighthouse mobile's throttling applied over CDP. Prints medians, each page's LCP
 * as a multiple of the bare page's, and fails when a figure is over scripts/bench-web-budget.json.
 *
 * Windows: LCP is the last largest-contentful-paint entry; for the quiz it is instead the time
 * from navigation start until the first question is painted, with "Start the quick quiz" pressed
 * as soon as it is on screen (one frame after it appears). TBT sums (duration - 50 ms) over long
 * tasks from navigation start until the page is quiet: no request open for 1 s and no long task
 * for 1.5 s (the budgeted figure). "TBT≥FCP" counts as Lighthouse does, only the part of each
 * long task after first contentful paint, so the HTML parse and first layout of a prerendered
 * page, which come before anything is painted, are left out.
 *
 * "score~" estimates Lighthouse's mobile performance score from FCP, LCP, TBT≥FCP and CLS (the
 * largest session window of layout shifts) with Lighthouse 10+'s curves and weights
 * (scripts/lib/bench-web/score.ts). Approximated: Speed Index is not measured, so its 10% weight
 * is shared out among the other four; the throttling is applied by DevTools on this machine, not
 * simulated as Lighthouse's default run does; TBT ends when the page is quiet, not at
 * Lighthouse's time to interactive. It tracks the direction and rough size of a change, not
 * Lighthouse's exact number.
 *
 * `--pages home,role` measures only those pages (and the bare page); the budget check then covers
 * only them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { buildBarePage, type BareBuild } from './lib/bench-web/bare-page';
import { buildApp } from './lib/bench-web/build-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { measureLoad, THROTTLING, type LoadResult, type LoadSpec } from './lib/bench-web/measure';
import {
  checkBudget,
  describeViolation,
  formatTable,
  summarise,
  type Budget,
  type PageResult,
} from './lib/bench-web/report';
import { serveStatic, type StaticServer } from './lib/bench-web/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = 'dist-bench';
const BUDGET_FILE = join(ROOT, 'scripts', 'bench-web-budget.json');
const STORAGE_KEY = 'pathfinder:answers'; // src/store/answers.ts

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4390' },
    // Serve an existing build instead of building (e.g. one made from another commit).
    dist: { type: 'string' },
    budget: { type: 'string', default: BUDGET_FILE },
    // Comma-separated page names (home, role, results, quiz question 1): measure only these.
    pages: { type: 'string' },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
const budgetFile = resolve(args.budget);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got ${args.runs}`);
if (!Number.isInteger(port) || port < 1024)
  throw new Error(`--port must be a port ≥ 1024, got ${args.port}`);

/** A fixed, mixed profile over every skill in the catalogue, stored the way the app stores it. */
function seededAnswers(): string {
  const { skills } = JSON.parse(readFileSync(join(ROOT, 'data', 'skills.json'), 'utf8')) as {
    skills: { id: string }[];
  };
  const levels = [3, 1, 2, 0, 4, 2];
  const answers = Object.fromEntries(skills.map((s, i) => [s.id, levels[i % levels.length]]));
  const stored = JSON.stringify({ state: { answers }, version: 1 });
  return `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(stored)});`;
}

/** Presses "Start the quick quiz" one frame after it shows, and marks when question 1 is painted. */
const QUIZ_SCRIPT = `(() => {
  let clicked = false;
  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  const observer = new MutationObserver(() => {
    if (!clicked) {
      const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the quick quiz');
      if (start) { clicked = true; afterPaint(() => start.click()); }
    } else if (document.querySelector('form[aria-label="Question 1"] input[type=radio]')) {
      observer.disconnect();
      afterPaint(() => { window.__benchQuestion = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface PageDef {
  name: string;
  spec: (origin: string) => LoadSpec;
}

const BARE: PageDef = {
  name: 'bare page',
  spec: (o) => ({ url: `${o}/`, heading: /data career/ }),
};
const PAGES: PageDef[] = [
  { name: 'home', spec: (o) => ({ url: `${o}/`, heading: /career that fits/ }) },
  { name: 'role', spec: (o) => ({ url: `${o}/roles/data-scientist`, heading: /data scientist/i }) },
  {
    name: 'results',
    spec: (o) => ({ url: `${o}/results`, initScript: seededAnswers(), heading: /your results/i }),
  },
  {
    name: 'quiz question 1',
    spec: (o) => ({
      url: `${o}/quiz`,
      initScript: QUIZ_SCRIPT,
      paintMark: '__benchQuestion',
      heading: /skills quiz/i,
    }),
  },
];

function readBudget(): { note?: string; pages: Budget } {
  const parsed = JSON.parse(readFileSync(budgetFile, 'utf8')) as { pages?: Budget };
  if (!parsed.pages || typeof parsed.pages !== 'object') {
    throw new Error(`${budgetFile}: expected a "pages" object mapping page name to limits`);
  }
  return parsed as { pages: Budget };
}

async function main() {
  const budget = readBudget();
  const started = Date.now();
  const cleanups: (() => Promise<unknown>)[] = [];
  let browser: Browser | undefined;
  const onSignal = () => {
    console.error('bench:web: interrupted, cleaning up');
    process.exitCode = 130;
    void Promise.allSettled(cleanups.map((c) => c())).then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const appDir = args.dist ? resolve(args.dist) : join(ROOT, OUT_DIR);
    if (!args.dist) buildApp(ROOT, OUT_DIR);
    if (!existsSync(join(appDir, 'index.html'))) {
      throw new Error(`${appDir} has no index.html: build the app first or pass --dist`);
    }
    console.log('Building the bare reference page ...');
    const bare: BareBuild = await buildBarePage(ROOT);
    cleanups.push(bare.cleanup);

    const appServer: StaticServer = await serveStatic(appDir, port);
    cleanups.push(appServer.close);
    const bareServer: StaticServer = await serveStatic(bare.outDir, port + 1);
    cleanups.push(bareServer.close);

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    const b = browser;
    cleanups.unshift(() => b.close());

    const wanted = args.pages?.split(',').map((name) => name.trim());
    const pages = wanted ? PAGES.filter((p) => wanted.includes(p.name)) : PAGES;
    if (wanted && pages.length !== wanted.length)
      throw new Error(
        `--pages: unknown page in ${args.pages} (${PAGES.map((p) => p.name).join(', ')})`,
      );
    const samples = new Map<string, LoadResult[]>();
    // Runs are interleaved (every page once, then again) so drift on the machine hits all alike.
    for (let run = 1; run <= runs; run++) {
      for (const def of [BARE, ...pages]) {
        const origin = def === BARE ? bareServer.url : appServer.url;
        const result = await measureLoad(browser, def.spec(origin));
        samples.set(def.name, [...(samples.get(def.name) ?? []), result]);
        console.log(
          `  run ${run}/${runs}  ${def.name.padEnd(16)} LCP ${Math.round(result.lcpMs)} ms (${result.lcpElement}), ` +
            `FCP ${Math.round(result.fcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms (${Math.round(result.tbtAfterFcpMs)} after FCP), ` +
            `CLS ${result.cls.toFixed(3)}, ${(result.bytes / 1024).toFixed(1)} KB, ${result.requests} requests`,
        );
      }
    }

    const bareResult = summarise(BARE.name, samples.get(BARE.name)!, 0);
    const results: PageResult[] = pages.map((p) =>
      summarise(p.name, samples.get(p.name)!, bareResult.lcpMs),
    );
    bareResult.lcpRatio = 1;

    console.log(
      `\nMedian of ${runs} cold load(s) per page; Chromium, ${THROTTLING.viewport.width}x${THROTTLING.viewport.height} mobile, ` +
        `${THROTTLING.rttMs} ms RTT, ${(THROTTLING.downKbps / 1024).toFixed(1)} Mbps down, ${THROTTLING.upKbps} Kbps up, ` +
        `${THROTTLING.cpuSlowdown}x CPU slowdown; served by a Node static host with gzip and SPA fallback.\n`,
    );
    console.log(formatTable([...results, bareResult]));
    console.log(
      '\nquiz question 1: "LCP" is the first question painted after pressing Start as soon as it shows.' +
        '\nTBT: long tasks from navigation start until quiet (no request for 1 s, no long task for 1.5 s);' +
        ' TBT≥FCP: their part after first contentful paint, as Lighthouse counts.' +
        '\nscore~: estimated Lighthouse mobile performance score (v10+ curves and weights) from FCP, LCP,' +
        ' TBT≥FCP and CLS. Approximated: Speed Index is not measured (its 10% is shared among the rest),' +
        ' throttling is applied by DevTools rather than simulated, TBT ends when quiet rather than at TTI.',
    );

    // Other work on the machine slows every page, the bare one too: say so beside the figures.
    const load = Number(loadavg()[0]!.toFixed(1));
    const cores = availableParallelism();
    console.log(`Machine load during the run: ${load} (1-min load average) on ${cores} cores.`);
    if (load > cores) {
      console.log(
        'Warning: the machine was busy, so LCP and TBT are inflated and noisy; ' +
          'ratios to the bare page, KB and requests hold up better. Rerun when it is quiet.',
      );
    }

    // With --pages, only the pages measured are checked.
    const budgeted = wanted
      ? Object.fromEntries(Object.entries(budget.pages).filter(([name]) => wanted.includes(name)))
      : budget.pages;
    const violations = checkBudget(results, budgeted);
    const seconds = Math.round((Date.now() - started) / 1000);
    const figures = [...results, bareResult].map((r) => ({
      page: r.page,
      fcpMs: Math.round(r.fcpMs),
      lcpMs: Math.round(r.lcpMs),
      lcpRatio: Number(r.lcpRatio.toFixed(2)),
      tbtMs: Math.round(r.tbtMs),
      tbtAfterFcpMs: Math.round(r.tbtAfterFcpMs),
      cls: Number(r.cls.toFixed(3)),
      scoreEstimate: r.estimate.score,
      metricScores: r.estimate.metrics,
      kb: Number((r.bytes / 1024).toFixed(1)),
      requests: r.requests,
      lcpRuns: samples.get(r.page)!.map((s) => Math.round(s.lcpMs)),
      tbtRuns: samples.get(r.page)!.map((s) => Math.round(s.tbtMs)),
      tbtAfterFcpRuns: samples.get(r.page)!.map((s) => Math.round(s.tbtAfterFcpMs)),
    }));
    if (violations.length > 0) {
      console.error(`\nbench:web: over budget (${budgetFile}):`);
      for (const v of violations) console.error(`  ${describeViolation(v)}`);
      process.exitCode = 1;
    } else {
      console.log(`\nAll pages within the budget in ${relative(ROOT, budgetFile)} (${seconds} s).`);
    }
    console.log(
      `BENCH_WEB ${JSON.stringify({ runs, seconds, load, cores, pages: figures, overBudget: violations.map(describeViolation) })}`,
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:web: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
