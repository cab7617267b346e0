import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, seedAnswers } from './helpers';
import { expect, test } from './fixtures';

/** The phone the product is designed for first (issue 13). */
const PHONE = { width: 390, height: 844 };
const STEP_END =
  /^(Your top matches have settled|Enough answers for a first ranking|You have answered every question)$/;

test.use({ viewport: PHONE, hasTouch: true });

/** The element's box, scrolled to where the page is now. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** Fails unless the element lies wholly inside the current viewport. */
async function expectInViewport(page: Page, locator: Locator, what: string) {
  const b = await box(locator);
  const view = page.viewportSize() ?? PHONE;
  expect(b.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(b.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height, `${what}: bottom`).toBeLessThanOrEqual(view.height);
  expect(b.x + b.width, `${what}: right`).toBeLessThanOrEqual(view.width);
}

/** True when nothing else is drawn over the element's centre (no toast, no bar). */
const isOnTop = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });

test('the header is one row, at most 64 px tall, on every section', async ({ page }) => {
  for (const path of ['/', '/quiz', '/results', '/roles', '/compare', '/paths', '/about']) {
    await page.goto(path);
    const header = page.locator('.site-header');
    const { height } = await box(header);
    expect(height, `header height on ${path}`).toBeLessThanOrEqual(64);
    // No menu item wraps onto a second row.
    const tops = await header
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, `menu rows on ${path}`).toBe(1);
  }
  // Every section stays reachable: the last menu item can be scrolled to and used.
  const about = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' });
  await about.click();
  await expect(page).toHaveURL(/\/about$/);
  await expectNoAxeViolations(page, 'about on a phone');
});

test('Next is on screen and uncovered on every quick-quiz question', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the quick quiz' }).click();
  const heading = page.locator('form h2').first();
  let asked = 0;
  for (; asked < 30; asked++) {
    await expect(heading).toBeFocused();
    if (STEP_END.test((await heading.textContent()) ?? '')) break;
    const next = page.getByRole('button', { name: 'Next', exact: true });
    // At the top of the question, and again after choosing its last level (scrolled down).
    await expectInViewport(page, next, `Next on question ${asked + 1}`);
    expect(await isOnTop(next), `Next uncovered on question ${asked + 1}`).toBe(true);
    const radios = page.getByRole('radio');
    await radios.nth((asked % 4) + 1).check();
    await expectInViewport(page, next, `Next after answering question ${asked + 1}`);
    await next.click();
  }
  expect(asked).toBeGreaterThanOrEqual(10);
  const next = page.getByRole('button', { name: 'Next: work preferences' });
  await expectInViewport(page, next, 'Next at the checkpoint');
});

test('browser Back returns to the previous question and Forward to the next, answers kept', async ({
  page,
}) => {
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the quick quiz' }).click();
  const heading = page.locator('form h2').first();
  const first = (await heading.textContent()) ?? '';
  await page.getByRole('radio', { name: /Working/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(heading).not.toHaveText(first);
  const second = (await heading.textContent()) ?? '';
  await page.getByRole('radio', { name: /Expert/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(heading).not.toHaveText(second);
  await expect(page).toHaveURL(/\/quiz\?step=q3$/);

  await page.goBack();
  await expect(heading).toHaveText(second);
  await expect(heading).toBeFocused();
  await expect(page.getByRole('radio', { name: /Expert/ })).toBeChecked();
  await page.goBack();
  await expect(heading).toHaveText(first);
  await expect(page.getByRole('radio', { name: /Working/ })).toBeChecked();

  await page.goForward();
  await expect(heading).toHaveText(second);
  await expect(page.getByRole('radio', { name: /Expert/ })).toBeChecked();
  await expectNoAxeViolations(page, 'question after Back and Forward');
});

test('the whole full quiz is at most 15 phone screens long', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  const heading = page.locator('form h2').first();
  let total = 0;
  let groups = 0;
  for (; groups < 12; groups++) {
    await expect(heading).toBeFocused();
    if ((await heading.textContent()) === 'Your work preferences') break;
    // Answer every skill first: a chosen level shows its anchor, the longest form of a row.
    const rows = page.locator('form fieldset');
    const count = await rows.count();
    for (let i = 0; i < count; i++) await rows.nth(i).getByRole('radio').nth(3).check();
    total += await page.evaluate(() => document.documentElement.scrollHeight);
    if (groups === 0) await expectNoAxeViolations(page, 'full quiz group on a phone');
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  expect(groups).toBeGreaterThan(3);
  const screens = total / PHONE.height;
  test.info().annotations.push({ type: 'full quiz screens', description: screens.toFixed(1) });
  expect(screens).toBeLessThanOrEqual(15);
});

test('the top 3 roles, each with its score and fit meter, open inside the first screen of results', async ({
  page,
}) => {
  await seedAnswers(page, {
    sql: 3,
    'data-analysis': 3,
    'data-visualisation': 3,
    statistics: 2,
    python: 2,
    communication: 3,
    'machine-learning': 1,
  });
  await page.goto('/results');
  const top = page.getByRole('region', { name: 'Your top 3 matches' }).getByRole('listitem');
  await expect(top).toHaveCount(3);
  // The same three, in the same order, as the ranked list below.
  const ranked = page
    .getByRole('region', { name: 'Roles ranked for you' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
  for (let i = 0; i < 3; i++) {
    const card = top.nth(i);
    await expectInViewport(page, card, `top match ${i + 1}`);
    const title = (await ranked.nth(i).getByRole('heading').textContent())?.trim() ?? '';
    await expect(card).toContainText(title);
    await expect(card).toContainText(/\d+% match/);
    await expect(card.getByRole('meter')).toHaveAccessibleName(
      `${title}: ${/\d+%/.exec((await card.textContent()) ?? '')?.[0]} match`,
    );
  }
  // Filters and preferences wait in the closed Refine panel.
  await expect(page.getByLabel('Seniority')).toBeHidden();
  await page.locator('summary', { hasText: 'Refine' }).click();
  await expect(page.getByLabel('Seniority')).toBeVisible();
  await expectNoAxeViolations(page, 'results on a phone');
});
