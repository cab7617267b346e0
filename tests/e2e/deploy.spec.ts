import type { Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydration } from './helpers';
import { expect, test } from './fixtures';

// A tab still running the previous build asks for a route chunk the new deploy no longer has.
// Route interception sees only requests no service worker answers.
test.use({ serviceWorkers: 'block' });

const PATHS_CHUNK = '**/assets/paths-*.js';

/** Counts full document loads from now on. */
function countLoads(page: Page) {
  const loads = { count: 0 };
  page.on('load', () => (loads.count += 1));
  return loads;
}

/** The paths page works: its picker responds and writes the choice into the address. */
async function expectPathsPageWorks(page: Page) {
  await page.getByLabel('Start from').selectOption('data-analyst');
  await expect(page).toHaveURL(/\/paths\?from=data-analyst$/);
}

test.describe('an old tab after a deploy', () => {
  test('a route chunk gone since the deploy: the tab reloads itself once and the page works', async ({
    page,
  }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: /About/ })).toBeVisible();
    // Only the app's own navigation asks for a route chunk; before hydration a link loads a page.
    await waitForHydration(page);
    // The old build's chunk is gone until the tab loads a document again (whose new build would
    // name its own chunks): a retried import alone cannot succeed.
    let reloaded = false;
    let missing = 0;
    page.on('request', (request) => {
      if (request.isNavigationRequest()) reloaded = true;
    });
    await page.route(PATHS_CHUNK, (route) => {
      if (reloaded) return route.continue();
      missing += 1;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    const loads = countLoads(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Paths' })
      .click();
    await expect(page).toHaveURL(/\/paths$/);
    await expectPathsPageWorks(page);
    expect(missing).toBeGreaterThanOrEqual(1);
    expect(loads.count).toBe(1);
    await expect(page.getByText('This page could not be loaded')).toHaveCount(0);
  });

  test('a route chunk that stays missing: one reload, then an error page whose button really reloads', async ({
    page,
  }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: /About/ })).toBeVisible();
    // Only the app's own navigation asks for a route chunk; before hydration a link loads a page.
    await waitForHydration(page);
    await page.route(PATHS_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const loads = countLoads(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Paths' })
      .click();
    const heading = page.getByRole('heading', { level: 1, name: 'This page could not be loaded' });
    await expect(heading).toBeVisible();
    // The guard stops after one automatic reload instead of looping.
    await page.waitForTimeout(1_000);
    expect(loads.count).toBe(1);
    await expect(heading).toBeVisible();
    await expect(page.getByText(/answers are safe/)).toBeVisible();
    await expectNoAxeViolations(page, 'missing chunk');

    // The deploy finishes: the button reloads the document, and the page works.
    await page.unroute(PATHS_CHUNK);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expectPathsPageWorks(page);
    expect(loads.count).toBe(2);
  });
});
