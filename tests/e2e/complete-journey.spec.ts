/**
 * The whole product, end to end, on a 320 px phone with the keyboard only: take the quick quiz,
 * read the results, open the best role, try a what-if and keep it, then compare and plan a path.
 * Axe runs on every page on the way; the privacy guard checks nothing leaves the origin.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, storedAnswers, tabTo } from './helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 320, height: 640 }, hasTouch: false });

const STEP_END =
  /^(Your top matches have settled|Enough answers for a first ranking|You have answered every question)$/;

const stored = async (page: Page) => (await storedAnswers(page)) ?? {};

async function expectFitsWidth(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
}

test('a person on a phone goes from the home page to a plan with the keyboard only', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await expectNoAxeViolations(page, 'home');
  await expectFitsWidth(page);
  await tabTo(page, /^Take the skills quiz$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Skills quiz' })).toBeFocused();

  await tabTo(page, /^Start the quick quiz$/);
  await page.keyboard.press('Enter');
  let asked = 0;
  for (; asked < 60; asked++) {
    const heading = page.locator('form h2').first();
    await expect(heading).toBeFocused();
    if (STEP_END.test((await heading.textContent()) ?? '')) break;
    if (asked === 0) {
      await expectNoAxeViolations(page, 'first question');
      await expectFitsWidth(page);
    }
    await page.keyboard.press('Tab');
    for (let i = 0; i <= asked % 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  expect(Object.keys(await stored(page))).toHaveLength(asked);
  await tabTo(page, /^Next: work preferences$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^See my results$/);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'results');
  await expectFitsWidth(page);
  const best = page.getByRole('list').getByRole('heading', { level: 3 }).first().getByRole('link');
  const bestTitle = ((await best.textContent()) ?? '').trim();
  expect(bestTitle.length).toBeGreaterThan(0);
  await tabTo(page, new RegExp(`^${bestTitle.replace(/[()]/g, '\\$&')}$`));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: bestTitle })).toBeFocused();
  await expectNoAxeViolations(page, 'role with fit');
  await expectFitsWidth(page);
  const before = await stored(page);
  // The first what-if skill the person can still raise. One already at Expert cannot change, and
  // "Keep" stays disabled (out of the tab order) until something does.
  const pickers = page.locator('.what-if select');
  const raisable = await pickers.evaluateAll((selects) =>
    (selects as HTMLSelectElement[]).findIndex(
      (s) => s.value !== s.options[s.options.length - 1]?.value,
    ),
  );
  expect(raisable, 'a what-if skill below the highest level').toBeGreaterThanOrEqual(0);
  const picker = pickers.nth(raisable);
  await picker.focus();
  await page.keyboard.press('End'); // the highest level: Expert
  await expect(picker).toHaveValue('4');
  await tabTo(page, /^Keep (this change|these \d+ changes)$/);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => Object.values(await stored(page)).join(','))
    .not.toBe(Object.values(before).join(','));

  await tabTo(page, /^Compare$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'compare');
  await expectFitsWidth(page);

  await tabTo(page, /^Paths$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'paths');
  await expectFitsWidth(page);
});
