import type { Page } from '@playwright/test';
import { expectNoAxeViolations, seedAnswers } from './helpers';
import { expect, test } from './fixtures';

const ANSWERS = {
  'data-analysis': 2,
  sql: 3,
  'data-visualisation': 1,
  statistics: 1,
  python: 2,
  communication: 3,
};

const score = async (page: Page) => Number(await page.locator('.fit-score-value').textContent());

test.describe('a role fitted to you', () => {
  test('role -> what-if -> keep: the score moves live and the kept level survives a reload', async ({
    page,
  }) => {
    // Three axe passes over the largest page of the app on a shared 2-core machine.
    test.slow();
    await seedAnswers(page, ANSWERS);

    await page.goto('/roles/data-analyst');
    const fit = page.getByRole('region', { name: 'How you fit this role' });
    await expect(fit).toBeVisible();
    const table = fit.getByRole('table', { name: /skill by skill/i });
    await expect(table).toBeVisible();
    // Each row's meter says in words what it draws: SQL answered 3.
    const sql = table.getByRole('row', { name: /^SQL\b/ });
    await expect(sql.getByRole('img', { name: /^You 3 of 4, the role needs \d$/ })).toBeVisible();
    await expect(fit.getByRole('region', { name: 'Your gap plan' })).toBeVisible();
    await expectNoAxeViolations(page, 'role fit');

    const before = await score(page);
    const visualisation = fit.getByRole('combobox', { name: 'Data visualisation' });
    await visualisation.selectOption('4');
    await expect.poll(() => score(page)).toBeGreaterThan(before);
    const after = await score(page);
    await expect(fit.getByText(/With your temporary changes/)).toContainText(
      `${before} → ${after}`,
    );
    await expectNoAxeViolations(page, 'what-if active');

    await fit.getByRole('button', { name: 'Keep this change' }).click();
    await expect(fit.getByText(/now part of your answers/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Data visualisation' })).toHaveValue('4');
    expect(await score(page)).toBe(after);
  });

  test('a what-if change reaches the score, the table and its meters before the next frame', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/roles/data-analyst');
    await expect(page.locator('.fit-meter').first()).toBeVisible();
    const result = await page.evaluate(
      () =>
        new Promise<{ score: boolean; chart: boolean; table: boolean; ms: number }>((resolve) => {
          const select = [...document.querySelectorAll('select')].find((s) =>
            s.labels?.[0]?.textContent?.startsWith('Data visualisation'),
          )!;
          const score = document.querySelector('.fit-score-value')!;
          const table = document.querySelector('.fit-table tbody')!;
          const meters = () =>
            [...table.querySelectorAll('.fit-meter')].map((m) => m.innerHTML).join();
          const before = [score.textContent, meters(), table.textContent];
          const t0 = performance.now();
          select.value = '4';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          requestAnimationFrame(() =>
            resolve({
              score: score.textContent !== before[0],
              chart: meters() !== before[1],
              table: table.textContent !== before[2],
              ms: performance.now() - t0,
            }),
          );
        }),
    );
    test
      .info()
      .annotations.push({ type: 'what-if update', description: `${result.ms.toFixed(1)} ms` });
    expect(result).toMatchObject({ score: true, chart: true, table: true });
  });

  test('the what-if works from the keyboard alone: change a level, tab to keep, press Enter', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/roles/data-analyst');
    const writing = page.getByRole('combobox', { name: 'Writing' });
    await writing.focus();
    await page.keyboard.press('ArrowDown');
    await expect(writing).not.toHaveValue('');
    const chosen = await writing.inputValue();
    const keep = page.getByRole('button', { name: 'Keep this change' });
    for (let i = 0; i < 30 && !(await keep.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(keep).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/now part of your answers/)).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem('pathfinder:answers') ?? '');
    expect(JSON.parse(stored).state.answers.writing).toBe(Number(chosen));
  });

  test('reset throws the temporary change away', async ({ page }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/roles/data-analyst');
    const before = await score(page);
    await page.getByRole('combobox', { name: 'SQL' }).selectOption('0');
    await expect.poll(() => score(page)).toBeLessThan(before);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => score(page)).toBe(before);
    await expect(page.getByRole('combobox', { name: 'SQL' })).toHaveValue('3');
  });
});

test('the fitted role view fits a 320 px screen: wide tables scroll inside their own region', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await seedAnswers(page, ANSWERS);
  await page.goto('/roles/data-analyst');
  const tableRegion = page.getByRole('region', { name: /skill by skill: your level/i });
  await expect(tableRegion).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // The table scrolls sideways from the keyboard.
  await tableRegion.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => tableRegion.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'role fit at 320 px');
});
