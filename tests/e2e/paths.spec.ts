import { expectNoAxeViolations } from './helpers';
import { expect, test } from './fixtures';

test.describe('career paths', () => {
  test('from a start role: nearby roles, then the recommended route to a chosen target', async ({
    page,
  }) => {
    // Four axe passes on a shared 2-core machine.
    test.slow();
    await page.goto('/paths');
    await expect(page.getByRole('heading', { level: 1, name: 'Career paths' })).toBeVisible();
    await expectNoAxeViolations(page, 'empty paths');
    await page.getByRole('combobox', { name: 'Start from' }).selectOption('data-analyst');
    await expect(page).toHaveURL('/paths?from=data-analyst');
    const nearby = page.getByRole('region', { name: 'Closest roles from Data Analyst' });
    await expect(nearby.getByRole('listitem').first()).toBeVisible();
    await expectNoAxeViolations(page, 'nearby roles');

    await page
      .getByRole('combobox', { name: 'Target role' })
      .selectOption('machine-learning-engineer');
    await expect(page).toHaveURL('/paths?from=data-analyst&to=machine-learning-engineer');
    const path = page.getByRole('region', {
      name: 'Recommended route to Machine Learning Engineer',
    });
    await expect(path.getByText(/From Data Analyst: \d steps, about \d+ weeks/)).toBeVisible();
    const steps = path.getByRole('heading', { level: 3 });
    await expect(steps.last()).toContainText('Machine Learning Engineer');
    await expect(path.getByText(/Skills to learn/).first()).toBeVisible();
    await expectNoAxeViolations(page, 'cheapest path');
  });

  test('a "show the path" link from the nearby list opens that path', async ({ page }) => {
    await page.goto('/paths?from=data-engineer');
    const first = page.getByRole('link', { name: /^Show the path to / }).first();
    const name = ((await first.textContent()) ?? '').replace('Show the path to ', '');
    await first.click();
    await expect(page.getByRole('region', { name: `Recommended route to ${name}` })).toBeVisible();
    await expectNoAxeViolations(page, 'path from link');
  });

  test('unknown ids show a message and the pickers', async ({ page }) => {
    await page.goto('/paths?from=astronaut&to=data-scientist');
    await expect(page.getByRole('alert')).toContainText('no role with the id “astronaut”');
    await expect(page.getByRole('combobox', { name: 'Start from' })).toBeVisible();
    await expectNoAxeViolations(page, 'unknown id');
  });
});
