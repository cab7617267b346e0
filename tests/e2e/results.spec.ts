import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, seedAnswers, storedAnswers } from './helpers';
import { expect, test } from './fixtures';

/** An analyst: strong SQL and reporting, little machine learning. */
const ANSWERS = {
  sql: 3,
  'data-analysis': 3,
  'data-visualisation': 3,
  'business-intelligence': 3,
  statistics: 2,
  python: 2,
  communication: 3,
  'business-acumen': 2,
  'machine-learning': 1,
  'deep-learning': 0,
  mlops: 0,
};

const results = (page: Page) => page.getByRole('region', { name: 'Roles ranked for you' });
const resultItems = (page: Page) =>
  results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });

test.describe('results', () => {
  test('before any answer: an invitation, and an example profile that saves nothing', async ({
    page,
  }) => {
    await page.goto('/results');
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the skills quiz' })).toBeVisible();
    await expectNoAxeViolations(page, 'invitation');

    await page.getByRole('link', { name: 'Try an example profile' }).click();
    await expect(page).toHaveURL(/\/results\?example=1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Example results' })).toBeVisible();
    await expect(page.getByRole('note', { name: 'About this example' })).toContainText(
      'not your answers',
    );
    const example = page.getByRole('region', { name: 'Roles ranked for the example person' });
    await expect(example.getByRole('heading', { level: 3 })).toHaveCount(10);
    await expectNoAxeViolations(page, 'example results');
    expect(await page.evaluate(() => localStorage.getItem('pathfinder:answers'))).toBeNull();

    await page.getByRole('button', { name: 'Start from this example' }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    expect(await storedAnswers(page)).toMatchObject({ sql: 3, 'machine-learning': 1 });
  });

  test('results -> role -> what-if -> keep: scores move live and the kept level is saved', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/results');
    await expect(resultItems(page)).toHaveCount(10);
    const first = resultItems(page).first();
    await expect(first).toContainText(/\d+% match/);
    await expect(first).toContainText(/Skill fit \d+%/);
    await expect(first).toContainText(/Preferences: /);
    await expect(first).toContainText(/Strongest: /);
    await expectNoAxeViolations(page, 'results');

    // Try a level on the results page: scores update at once, nothing is saved.
    const fitOf = async (item: ReturnType<typeof resultItems>) =>
      Number((await item.getByText(/^Skill fit \d+%$/).textContent())!.replace(/\D/g, ''));
    const topTitle = (await first.getByRole('heading').textContent())!.trim();
    const topBefore = await fitOf(first);
    const panel = page.getByRole('group', { name: 'What if you improved a skill?' });
    // The first skill offered is the one costing the leading role the most.
    const combo = panel.getByRole('combobox').first();
    await combo.selectOption('4');
    await expect(panel).toContainText('1 temporary change shown in your scores.');
    const top = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: topTitle, exact: true }) });
    await expect.poll(() => fitOf(top)).toBeGreaterThan(topBefore);
    await expectNoAxeViolations(page, 'results with what-if');
    expect(Object.values((await storedAnswers(page)) ?? {})).not.toContain(4);
    await panel.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => fitOf(top)).toBe(topBefore);

    // Follow the top role to its page, try a change there and keep it.
    await first.getByRole('link', { name: topTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: topTitle })).toBeVisible();
    const fit = page.getByRole('region', { name: 'How you fit this role' });
    const roleCombo = fit.getByRole('combobox').first();
    const from = await roleCombo.inputValue();
    const to = from === '4' ? '3' : '4';
    await roleCombo.selectOption(to);
    await fit.getByRole('button', { name: 'Keep this change' }).click();
    await expect(fit.getByText(/now part of your answers/)).toBeVisible();

    // Back on results, the kept level is part of the saved answers the ranking uses.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Results' })
      .click();
    await expect(resultItems(page)).toHaveCount(10);
    const stored = (await storedAnswers(page)) ?? {};
    const changed = Object.keys(stored).filter(
      (id) => stored[id] !== ANSWERS[id as keyof typeof ANSWERS],
    );
    expect(changed).toHaveLength(1);
    expect(stored[changed[0]!]).toBe(Number(to));
    await expectNoAxeViolations(page, 'results after keep');
  });

  test('filters live in the address and survive a reload; show more lists every role', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/results');
    await expect(resultItems(page)).toHaveCount(10);
    await page.getByRole('button', { name: /^Show \d+ more roles$/ }).click();
    const total = await resultItems(page).count();
    expect(total).toBeGreaterThan(10);
    await expect(resultItems(page).nth(10).getByRole('link')).toBeFocused();

    await page.getByLabel('Seniority').selectOption('lead');
    await expect(page).toHaveURL(/seniority=lead/);
    const leads = await resultItems(page).count();
    expect(leads).toBeGreaterThan(0);
    expect(leads).toBeLessThan(total);
    await page.reload();
    await expect(page.getByLabel('Seniority')).toHaveValue('lead');
    await expect(page.getByText(`of ${leads} role`)).toBeVisible();
    await expectNoAxeViolations(page, 'filtered results');
  });

  test('the export is a JSON file with version, date, answers, preferences and ranked scores', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/results');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download answers and results (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pathfinder-results.json');
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.format).toBe('pathfinder-results');
    expect(data.version).toBe(1);
    expect(Date.parse(data.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(data.answers.sql).toEqual({ level: 3, skill: 'SQL and relational querying' });
    expect(data.preferences).toEqual({ leadership: 0, industries: [], maxJobZone: null });
    expect(data.results.length).toBeGreaterThan(10);
    const top = await resultItems(page).first().getByRole('heading').textContent();
    expect(data.results[0]).toMatchObject({ rank: 1, title: top?.trim() });
    for (const r of data.results) {
      expect(r.match).toBeGreaterThanOrEqual(0);
      expect(r.match).toBeLessThanOrEqual(100);
    }
  });

  test('prints the ranking and a role gap plan without the controls, and is usable at 320 px', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/results');
    await expect(resultItems(page)).toHaveCount(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoAxeViolations(page, 'results at 320 px');

    await page.emulateMedia({ media: 'print' });
    await expect(resultItems(page).first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'Filter roles' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'What if you improved a skill?' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Share, download or print' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    // A role's gap plan prints too, without the what-if controls.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await resultItems(page).first().getByRole('link').click();
    const fit = page.getByRole('region', { name: 'How you fit this role' });
    await expect(fit.getByRole('region', { name: 'Your gap plan' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(fit.getByRole('region', { name: 'Your gap plan' })).toBeVisible();
    await expect(fit.getByRole('table', { name: /skill by skill/i })).toBeVisible();
    await expect(fit.getByRole('combobox').first()).toBeHidden();
    await expect(fit.getByRole('button', { name: 'Keep this change' })).toBeHidden();
  });

  test('every control is reachable by keyboard alone, in reading order, with a visible focus ring', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/results');
    await expect(resultItems(page)).toHaveCount(10);
    await page.getByRole('heading', { level: 1 }).focus();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
        const style = getComputedStyle(el);
        return {
          name: (labelled ?? el.textContent ?? '').trim(),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!info) break;
      expect(info.ring, `focus ring on "${info.name}"`).toBe(true);
      seen.push(info.name);
      if (info.name === 'Print or save as PDF') break;
    }
    const order = [
      'Industry',
      'Seniority',
      'Education you would go up to',
      'Clear filters',
      (await resultItems(page).first().getByRole('link').textContent())!.trim(),
      seen.find((n) => /^Show \d+ more roles$/.test(n))!,
      'Share link',
      'Copy link',
      'Download answers and results (JSON)',
      'Print or save as PDF',
    ];
    const positions = order.map((name) => seen.indexOf(name));
    expect(
      positions.every((p) => p >= 0),
      `reached: ${seen.join(' | ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // Show more with the keyboard lands on the first newly listed role.
    await page.getByRole('button', { name: /^Show \d+ more roles$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(resultItems(page).nth(10).getByRole('link')).toBeFocused();
  });
});
