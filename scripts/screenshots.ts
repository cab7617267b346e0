/**
 * Screenshots of every page at a phone (390x844) and a desktop (1366x900) size, into
 * docs/screenshots/<page>-<size>.png (the first screen, as a person sees it on arrival), taken
 * in Debian Chromium against the built app.
 *
 *   npm run build && npm run screenshots
 *   PF_OUT_DIR=dist-q npm run screenshots -- --port 4440
 *
 * Serves the build with `vite preview` on --port (default 4450) unless something already
 * answers there. The answers used are an example analyst's, seeded into localStorage: nothing
 * leaves the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const;

/** An analyst who knows SQL and reporting well and machine learning a little. */
const ANSWERS = {
  sql: 3,
  'data-analysis': 3,
  'data-visualisation': 3,
  'business-intelligence': 3,
  statistics: 2,
  python: 2,
  communication: 3,
  'business-acumen': 2,
  'machine-learning': 1,
  'deep-learning': 0,
  mlops: 0,
};

interface Shot {
  name: string;
  path: string;
  /** Seed the example answers first. */
  answers?: boolean;
  /** Extra steps after the page loads (start the quiz, ...). */
  then?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'quiz-intro', path: '/quiz' },
  {
    name: 'quiz-question',
    path: '/quiz',
    then: async (page) => {
      await page.getByRole('button', { name: 'Start the quick quiz' }).click();
      await page.getByRole('radio').nth(2).check();
    },
  },
  {
    name: 'quiz-full',
    path: '/quiz',
    then: async (page) => {
      await page.getByRole('button', { name: 'Start the full quiz' }).click();
      const rows = page.locator('form fieldset');
      for (let i = 0; i < Math.min(3, await rows.count()); i++)
        await rows
          .nth(i)
          .getByRole('radio')
          .nth(i + 1)
          .check();
    },
  },
  { name: 'results', path: '/results', answers: true },
  { name: 'results-example', path: '/results?example=1' },
  { name: 'roles', path: '/roles' },
  { name: 'role-fit', path: '/roles/data-scientist', answers: true },
  { name: 'compare', path: '/compare?a=data-analyst&b=data-scientist', answers: true },
  { name: 'paths', path: '/paths?from=data-analyst&to=machine-learning-engineer' },
  { name: 'about', path: '/about' },
  { name: 'not-found', path: '/no-such-page' },
];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts `vite preview` for the build unless the port already serves something. */
async function serve(port: string): Promise<ChildProcess | null> {
  const base = `http://localhost:${port}`;
  if (await answers(base)) return null;
  const child = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], {
    stdio: 'ignore',
    env: process.env,
  });
  for (let i = 0; i < 60; i++) {
    if (await answers(base)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${base}: is the app built (npm run build)?`);
}

async function main() {
  const port = option('port', '4450');
  const outDir = option('out', 'docs/screenshots');
  const base = `http://localhost:${port}`;
  await mkdir(outDir, { recursive: true });
  const server = await serve(port);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const shot of SHOTS) {
        // A fresh context per shot: no answers, notices or service worker carried over.
        const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
        const page = await context.newPage();
        if (shot.answers) {
          await page.goto(`${base}/about`);
          await page.evaluate(
            (value) =>
              localStorage.setItem(
                'pathfinder:answers',
                JSON.stringify({ state: { answers: value }, version: 1 }),
              ),
            ANSWERS,
          );
        }
        await page.goto(`${base}${shot.path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await shot.then?.(page);
        // Screenshots show pages as they look at rest: no focus ring from the page's own focus.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const file = join(outDir, `${shot.name}-${size}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
