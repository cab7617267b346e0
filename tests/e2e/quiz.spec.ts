import type { Page } from '@playwright/test';
import { expectNoAxeViolations, storedAnswers } from './helpers';
import { expect, test } from './fixtures';

const STORAGE_KEY = 'pathfinder:answers';
const STEP_END =
  /^(Your top matches have settled|Enough answers for a first ranking|You have answered every question)$/;

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');
const stored = async (page: Page) => (await storedAnswers(page)) ?? {};

/** Presses Tab until the focused element's text matches, failing after `limit` presses. */
async function tabTo(page: Page, text: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (text.test(await focusedText(page))) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

/** Answers the quick question on screen with the keyboard only: Tab, arrows, Enter. */
async function answerQuickByKeyboard(page: Page, arrows: number) {
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
    'radio',
  );
  for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowDown');
  if (arrows === 0) await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
}

test.describe('the quiz', () => {
  test('a new visitor finishes the quick quiz with the keyboard only', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/quiz');
    await expect(page.getByRole('heading', { level: 1, name: 'Skills quiz' })).toBeVisible();
    await expect(page.locator('.quiz-privacy')).toContainText('Your answers stay in this browser');
    await expectNoAxeViolations(page, 'intro');

    await tabTo(page, /^Start the quick quiz$/);
    await page.keyboard.press('Enter');

    const progress = page.getByRole('progressbar', { name: 'Quiz progress' });
    let asked = 0;
    for (; asked < 60; asked++) {
      const heading = page.locator('form h2').first();
      await expect(heading).toBeFocused();
      if (STEP_END.test((await heading.textContent()) ?? '')) break;
      await expect(progress).toHaveAttribute('aria-valuenow', String(asked));
      if (asked % 10 === 0) await expectNoAxeViolations(page, `quick question ${asked + 1}`);
      await answerQuickByKeyboard(page, (asked % 4) + 1);
    }
    // The engine never calls the top 5 stable before 10 answers and settles at 20 regardless.
    expect(asked).toBeGreaterThanOrEqual(10);
    expect(asked).toBeLessThanOrEqual(20);
    expect(Object.keys(await stored(page))).toHaveLength(asked);
    await expectNoAxeViolations(page, 'checkpoint');

    await tabTo(page, /^Next: work preferences$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your work preferences' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // leadership: from "No preference" towards leading
    await expectNoAxeViolations(page, 'preferences');
    await tabTo(page, /^See my results$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/results$/);
    await expectNoAxeViolations(page, 'results');
  });

  test('a new visitor finishes the full quiz with the keyboard only', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/quiz');
    await tabTo(page, /^Start the full quiz$/);
    await page.keyboard.press('Enter');

    const progress = page.getByRole('progressbar', { name: 'Quiz progress' });
    const total = Number(await progress.getAttribute('aria-valuemax'));
    expect(total).toBeGreaterThan(30);
    let answered = 0;
    for (let group = 0; group < 12; group++) {
      const heading = page.locator('form h2').first();
      await expect(heading).toBeFocused();
      if ((await heading.textContent()) === 'Your work preferences') break;
      await expectNoAxeViolations(page, `group ${group + 1}`);
      const skills = await page.locator('form fieldset').count();
      for (let i = 0; i < skills; i++) {
        await page.keyboard.press('Tab');
        expect(await focusedTag(page)).toBe('INPUT');
        await page.keyboard.press('ArrowDown');
        answered++;
      }
      await expect(progress).toHaveAttribute('aria-valuenow', String(answered));
      await page.keyboard.press('Enter');
    }
    expect(answered).toBe(total);
    await expectNoAxeViolations(page, 'preferences');
    await tabTo(page, /^See my results$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/results$/);
    expect(Object.keys(await stored(page))).toHaveLength(total);
  });

  test('a reload mid-quiz loses nothing and resumes on the same question', async ({ page }) => {
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the quick quiz' }).click();
    const heading = page.locator('form h2').first();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      names.push((await heading.textContent()) ?? '');
      await page.getByRole('radio', { name: /Working/ }).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    const current = (await heading.textContent()) ?? '';
    expect(names).not.toContain(current);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(page.getByText('You have 3 answers saved')).toBeVisible();
    await expectNoAxeViolations(page, 'welcome back');
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await expect(heading).toHaveText(current);
    await expect(heading).toBeFocused();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(heading).toHaveText(names[2] as string);
    await expect(page.getByRole('radio', { name: /Working/ })).toBeChecked();
  });

  test('start over asks first, then deletes the saved answers', async ({ page }) => {
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the full quiz' }).click();
    await page
      .getByRole('group', { name: /Python/ })
      .getByRole('radio', { name: /Expert/ })
      .check();
    await page.reload();

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { name: 'Start over?' })).toBeFocused();
    await expectNoAxeViolations(page, 'start over confirmation');
    await page.getByRole('button', { name: 'Keep my answers' }).click();
    expect(Object.keys(await stored(page))).toHaveLength(1);

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, delete and start over' }).click();
    await expect(page.getByRole('button', { name: 'Start the quick quiz' })).toBeVisible();
    expect(await stored(page)).toEqual({});
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toHaveCount(0);
  });

  test('unreadable saved data is reported and the readable answers are kept', async ({ page }) => {
    await page.goto('/about');
    await page.evaluate((key) => {
      const state = {
        answers: { sql: 3, python: 'lots' },
        mode: 'full',
        stage: 'questions',
        position: 0,
      };
      localStorage.setItem(key, JSON.stringify({ state, version: 1 }));
    }, STORAGE_KEY);
    await page.goto('/quiz');
    await expect(page.getByRole('status')).toContainText('We reset some answers');
    await expect(page.getByText('You have 1 answer saved')).toBeVisible();
    await expectNoAxeViolations(page, 'reset notice');
  });

  test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    await page.goto('/quiz');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Start the quick quiz' }).click();
    await expect(page.locator('form h2').first()).toBeFocused();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'quick question at 320 px');

    await page.getByRole('button', { name: 'Start over or switch mode' }).click();
    await page.getByRole('button', { name: 'Switch to the full quiz' }).click();
    await expect(page.locator('form h2').first()).toBeFocused();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'full quiz at 320 px');

    const groups = page.getByRole('navigation', { name: 'Skill groups' }).getByRole('button');
    await groups.last().click();
    await page.getByRole('button', { name: 'Next: work preferences' }).click();
    await expect(page.getByRole('heading', { name: 'Your work preferences' })).toBeFocused();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'preferences at 320 px');
  });
});
