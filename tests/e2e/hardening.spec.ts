import type { Page } from '@playwright/test';
import { BOOT_SCRIPT, BOOT_SCRIPT_HASH } from '../../scripts/lib/boot-script';
import { expectNoAxeViolations, seedAnswers, storedAnswers } from './helpers';
import { expect, test } from './fixtures';

const CATALOGUE = '**/assets/catalogue-*.json';
const ANSWERS = { python: 3, sql: 2, statistics: 4 };

test.describe('the catalogue failing to load', () => {
  // Route interception sees only the page's own requests, not those a service worker answers.
  test.use({ serviceWorkers: 'block' });
  const failures: [string, Parameters<Page['route']>[1]][] = [
    ['a 500 response', (route) => route.fulfill({ status: 500, body: 'server error' })],
    ['the network being down', (route) => route.abort('internetdisconnected')],
    [
      'garbled JSON',
      (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"roles": [tru' }),
    ],
    [
      'JSON that breaks the schema',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            version: 'x',
            categories: [],
            skills: [],
            roles: [{ id: 'Bad Id' }],
            comparisons: [],
          }),
        }),
    ],
  ];

  for (const [name, handler] of failures) {
    test(`shows an error page with a retry on ${name}, and keeps the answers`, async ({ page }) => {
      await seedAnswers(page, ANSWERS);
      await page.route(CATALOGUE, handler);
      await page.goto('/roles');
      await expect(
        page.getByRole('heading', { level: 1, name: /catalogue could not be loaded/i }),
      ).toBeVisible();
      await expect(page.getByText(/answers are safe/i)).toBeVisible();
      await expectNoAxeViolations(page, `catalogue error (${name})`);
      expect(await storedAnswers(page)).toEqual(ANSWERS);

      await page.unroute(CATALOGUE);
      await page.getByRole('button', { name: /try again/i }).click();
      await expect(page.getByRole('heading', { level: 1, name: /roles/i })).toBeVisible();
      expect(await storedAnswers(page)).toEqual(ANSWERS);
      await page.goto('/results');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await storedAnswers(page)).toEqual(ANSWERS);
    });
  }
});

test.describe('unknown addresses', () => {
  test('an unknown route shows a 404 with a way back home', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
    await expectNoAxeViolations(page, '404');
    await page
      .getByRole('link', { name: /home page/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('an unknown role id shows a 404 with a way back to the roles', async ({ page }) => {
    await page.goto('/roles/no-such-role');
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
    await expect(page.getByRole('link', { name: /roles/i }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'unknown role');
  });
});

test.describe('security headers', () => {
  test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
    await page.goto('/');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    // Scripts from our own origin, and one inline script: the prerendered page's boot script,
    // allowed by its hash alone.
    expect(csp).toContain(`script-src 'self' ${BOOT_SCRIPT_HASH};`);
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').allTextContents()).toEqual([BOOT_SCRIPT]);
  });
});

test.describe('offline', () => {
  test('after one visit, every page works with the network off', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit is not controlled yet; a reload hands the page to the service worker.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);

    await context.setOffline(true);
    const visits: [string, RegExp][] = [
      ['/quiz', /quiz/i],
      ['/results', /results|match|quiz/i],
      ['/roles', /roles/i],
      ['/roles/data-manager', /data manager/i],
      ['/compare?a=data-manager&b=lead-machine-learning-engineer', /data manager/i],
      ['/paths?from=data-analyst&to=data-scientist', /path/i],
    ];
    for (const [url, heading] of visits) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
    }
    await context.setOffline(false);
  });
});

test.describe('hostile share links', () => {
  const links: [string, string][] = [
    ['that is truncated', '1.eyJjIjoiM'],
    ['of an unknown version', '9.eyJjIjoiYWJjIiwibCI6IjEyMyJ9'],
    ['of random characters', 'q8#%$*!~`'],
    ['carrying a script', encodeURIComponent('<script>window.__pwned=1</script>')],
    ['carrying markup', encodeURIComponent('"><img src=x onerror="window.__pwned=1">')],
    ['that is huge', '1.' + 'A'.repeat(20_000)],
  ];

  for (const [name, code] of links) {
    test(`a share link ${name} gets a clear message and leaves the visitor's answers alone`, async ({
      page,
    }) => {
      await seedAnswers(page, ANSWERS);
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto(`/shared#${code}`);
      await expect(page.getByRole('alert')).toContainText(
        /damaged|incomplete|different version|too long|does not contain|no longer be matched/i,
      );
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await storedAnswers(page)).toEqual(ANSWERS);
      await expectNoAxeViolations(page, `shared link (${name})`);
    });
  }
});
