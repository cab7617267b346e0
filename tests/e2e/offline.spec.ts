import { expect, test } from './fixtures';

test.describe('offline in the tab of the first visit', () => {
  test('once Pathfinder says it works offline, pages load offline and again after going back online', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/about');
    await expect(page.getByText('Pathfinder is ready to work offline.')).toBeVisible({
      timeout: 30_000,
    });
    // The service worker controls this very tab (clientsClaim), not only the next one.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Paths' }).click();
    await page.getByLabel('Start from').selectOption('data-analyst');
    await expect(page).toHaveURL(/\/paths\?from=data-analyst$/);
    await nav.getByRole('link', { name: 'Roles' }).click();
    await expect(page.getByRole('list', { name: 'Roles' }).getByRole('link').first()).toBeVisible();
    // A full load of an address never visited, still offline: the precached app answers.
    await page.goto('/compare');
    await expect(
      page.getByLabel('First role').getByRole('option', { name: 'Data Analyst' }),
    ).toHaveCount(1);

    await context.setOffline(false);
    await nav.getByRole('link', { name: 'Paths' }).click();
    await expect(page.getByLabel('Start from')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Start from')).toBeVisible();
  });
});
