import { expectNoAxeViolations, seedAnswers, storedAnswers, trackForeignRequests } from './helpers';
import { expect, test } from './fixtures';

const SHARER = { sql: 3, 'data-analysis': 3, 'data-visualisation': 3, statistics: 2, python: 2 };
const VISITOR = { 'machine-learning': 4, 'deep-learning': 4, python: 4, mlops: 3 };

test.describe('share links', () => {
  test('a share link opened in a fresh browser shows the results read-only and leaves the visitor’s answers alone', async ({
    page,
    browser,
    baseURL,
  }) => {
    await seedAnswers(page, SHARER);
    await page.goto('/results');
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseURL}/shared#1\\.[\\w-]+$`));
    const sharerTop = await page.locator('.result-title').first().textContent();

    const visitorContext = await browser.newContext({ baseURL });
    try {
      const visitor = await visitorContext.newPage();
      const foreign = trackForeignRequests(visitor, new URL(baseURL!).origin);
      await seedAnswers(visitor, VISITOR);
      await visitor.goto(link);
      await expect(
        visitor.getByRole('heading', { level: 1, name: 'Shared results' }),
      ).toBeVisible();
      await expect(visitor.getByRole('note', { name: 'About these results' })).toContainText(
        '5 answered skills',
      );
      await expect(visitor.locator('.result-title').first()).toHaveText(sharerTop!);
      await expectNoAxeViolations(visitor, 'shared results');
      expect(await storedAnswers(visitor)).toEqual(VISITOR);

      // Saving asks first, because the visitor has answers of their own.
      await visitor.getByRole('button', { name: 'Save as my answers' }).click();
      await expect(visitor.getByRole('button', { name: 'Replace and save' })).toBeFocused();
      await expectNoAxeViolations(visitor, 'save confirmation');
      await visitor.getByRole('button', { name: 'Cancel' }).click();
      expect(await storedAnswers(visitor)).toEqual(VISITOR);

      await visitor.getByRole('button', { name: 'Save as my answers' }).click();
      await visitor.getByRole('button', { name: 'Replace and save' }).click();
      await expect(visitor.getByRole('link', { name: 'See your results' })).toBeFocused();
      expect(await storedAnswers(visitor)).toEqual({ ...VISITOR, ...SHARER });
      expect(foreign).toEqual([]);
    } finally {
      await visitorContext.close();
    }
    // The sharer's own browser is unchanged by any of this.
    expect(await storedAnswers(page)).toEqual(SHARER);
  });

  test('a damaged share link explains itself and offers a way on', async ({ page }) => {
    await page.goto('/shared#1.this-is-not-valid');
    await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
    await expect(page.getByRole('link', { name: 'Take the skills quiz' })).toBeVisible();
    await expectNoAxeViolations(page, 'damaged share link');
    await page.goto('/shared#' + 'A'.repeat(5000));
    await expect(page.getByRole('alert')).toContainText('too long');
    expect(await storedAnswers(page)).toBeNull();
  });
});
