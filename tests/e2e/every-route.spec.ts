/**
 * Axe on every route, at phone width (320 px) and on a desktop, with and without answers, and
 * on every role page with answers present (the fitted view is the richest page), one test per
 * role file in data/roles/.
 */
import type { Page } from '@playwright/test';
import { ROLE_FILES } from './catalogue-files';
import { expectNoAxeViolations, seedAnswers } from './helpers';
import { expect, test } from './fixtures';

const ANSWERS = {
  python: 3,
  sql: 3,
  statistics: 3,
  'data-analysis': 3,
  'data-visualisation': 2,
  'machine-learning': 2,
  communication: 3,
  'critical-thinking': 3,
  'data-quality': 2,
};

const ROUTES = [
  '/',
  '/quiz',
  '/results',
  '/results?example=1',
  '/roles',
  '/roles?family=governance',
  '/roles/data-manager',
  '/compare',
  '/compare?a=data-manager&b=lead-machine-learning-engineer',
  '/compare?a=data-operations-manager&b=machine-learning-software-engineer',
  '/paths',
  '/paths?from=data-analyst&to=machine-learning-engineer',
  '/about',
  '/shared#1.broken',
  '/no-such-page',
];

async function expectFitsWidth(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
}

for (const [label, viewport] of [
  ['a 320 px phone', { width: 320, height: 640 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  for (const answered of [false, true]) {
    test(`every route passes axe on ${label} ${answered ? 'with' : 'without'} answers`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      if (answered) await seedAnswers(page, ANSWERS);
      for (const route of ROUTES) {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expectNoAxeViolations(page, `${route} on ${label}`);
        if (viewport.width === 320) await expectFitsWidth(page);
      }
    });
  }
}

test.describe('every role page passes axe with answers present', () => {
  // One short test per role file, generated when the tests are collected: each role is checked on
  // its own (a failure names the role) and the roles run in parallel instead of one long walk.
  for (const { id } of ROLE_FILES) {
    test(`/roles/${id}`, async ({ page }) => {
      await seedAnswers(page, ANSWERS);
      await page.goto(`/roles/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 2, name: 'How you fit this role' }),
      ).toBeVisible();
      await expectNoAxeViolations(page, `/roles/${id}`);
    });
  }

  test('the role list links to exactly these role pages', async ({ page }) => {
    await page.goto('/roles');
    const list = page.getByRole('list', { name: 'Roles' });
    await expect(list.getByRole('link').first()).toBeVisible();
    const hrefs = await list
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.sort()).toEqual(ROLE_FILES.map(({ id }) => `/roles/${id}`).sort());
  });
});
