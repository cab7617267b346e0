import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails the test with a readable list when axe finds any violation on the current page. */
export async function expectNoAxeViolations(page: Page, context = '') {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * Waits until a prerendered page has been taken over by the app. Its code loads only after the
 * first paint (scripts/lib/boot-script.ts), so its HTML is on screen, and its links work as plain
 * links, a little before then: a journey that needs in-app navigation waits for React to have
 * claimed the root (hydrateRoot marks the container) and for the page's requests to settle.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
  });
  await page.waitForLoadState('networkidle');
}

/** Records console errors and uncaught page errors from now on; assert the list stays empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Records every request that leaves the page's origin; assert it stays empty. */
export function trackForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(origin)) foreign.push(url);
  });
  return foreign;
}

/** Presses Tab until the focused element's text matches, failing after `limit` presses. */
export async function tabTo(page: Page, text: RegExp, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });
    if (text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

const ANSWERS_KEY = 'pathfinder:answers';

/** Stores answers as the app persists them; visits a page first so storage has an origin. */
export async function seedAnswers(page: Page, answers: Record<string, number>) {
  await page.goto('/about');
  await page.evaluate(
    ({ key, value }) =>
      localStorage.setItem(key, JSON.stringify({ state: { answers: value }, version: 1 })),
    { key: ANSWERS_KEY, value: answers },
  );
}

/** The answers the app has stored, or null when it has stored nothing. */
export function storedAnswers(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw
      ? ((JSON.parse(raw) as { state?: { answers?: Record<string, number> } }).state?.answers ??
          null)
      : null;
  }, ANSWERS_KEY);
}
