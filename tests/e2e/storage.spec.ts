import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, seedAnswers, storedAnswers } from './helpers';
import { expect, test } from './fixtures';

const BANNER = /This browser isn.t saving your answers: download them/;

/** Site data blocked: the localStorage getter throws, as in Chrome with cookies blocked. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
}

/** Storage fills up once more than `limit` answers are written. */
function fillStorageAfter(limit: number) {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (key === 'pathfinder:answers') {
      const answers = (JSON.parse(value) as { state: { answers: object } }).state.answers;
      if (Object.keys(answers).length > limit)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    setItem.call(this, key, value);
  };
}

/** Starts the quick quiz and answers `count` questions with the mouse. */
async function answerQuick(page: Page, count: number) {
  await page.getByRole('button', { name: 'Start the quick quiz' }).click();
  for (let i = 0; i < count; i++) {
    const form = page.getByRole('form', { name: `Question ${i + 1}` });
    await form
      .getByRole('radio')
      .nth((i % 3) + 1)
      .check();
    await form.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('form', { name: `Question ${count + 1}` })).toBeVisible();
}

test.describe('when the browser does not save answers', () => {
  test('blocked storage: the banner stays on quiz and results, the download holds every answer, and import restores them elsewhere', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000); // two browsers, a quiz, a download and an import
    await page.addInitScript(blockStorage);
    await page.goto('/quiz');
    await expect(page.getByRole('alert').filter({ hasText: BANNER })).toBeVisible();
    await expect(page.getByText(/saved as you go/i)).toHaveCount(0);
    await answerQuick(page, 4);
    await expect(page.getByRole('alert').filter({ hasText: BANNER })).toBeVisible();

    // In-app navigation keeps the answers held in this tab.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Results' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    const banner = page.getByRole('alert').filter({ hasText: BANNER });
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(page, 'results with the storage banner');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download your 4 answers (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pathfinder-answers.json');
    const file = await download.path();
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      answers: Record<string, { level: number }>;
    };
    expect(saved.format).toBe('pathfinder-answers');
    expect(Object.keys(saved.answers)).toHaveLength(4);
    const answers = Object.fromEntries(
      Object.entries(saved.answers).map(([id, { level }]) => [id, level]),
    );

    // Another browser, whose storage works, already has an answer: import asks, then replaces.
    const other = await browser.newContext({ baseURL });
    try {
      const restored = await other.newPage();
      await seedAnswers(restored, { 'people-management': 1 });
      await restored.goto('/results');
      await expect(restored.getByText(BANNER)).toHaveCount(0);
      await restored
        .getByLabel('Restore answers from a downloaded file (JSON)')
        .setInputFiles(file);
      const replace = restored.getByRole('button', { name: 'Replace my answers' });
      await expect(replace).toBeFocused();
      await expect(restored.getByText(/You already have 1 answer in this browser/)).toBeVisible();
      await expectNoAxeViolations(restored, 'import confirmation');
      await replace.click();
      await expect(
        restored.getByRole('status').filter({ hasText: /Restored 4 answers/ }),
      ).toBeVisible();
      expect(await storedAnswers(restored)).toEqual(answers);
      await restored.reload();
      await expect(restored.getByText(/your 4 answered skills fit/)).toBeVisible();
    } finally {
      await other.close();
    }
  });

  test('import refuses a file that is not a Pathfinder download and keeps the answers', async ({
    page,
  }) => {
    await seedAnswers(page, { sql: 2 });
    await page.goto('/results');
    await page.getByLabel('Restore answers from a downloaded file (JSON)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"pathfinder-answers","version":1,"answers":{"sql":{"level":9}}}',
      ),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: /notes\.json: This file is damaged/ }),
    ).toBeVisible();
    expect(await storedAnswers(page)).toEqual({ sql: 2 });
  });

  test('quota hit mid-quiz: the person is told at the answer that was not saved', async ({
    page,
  }) => {
    await page.addInitScript(fillStorageAfter, 2);
    await page.goto('/quiz');
    await expect(page.getByText(BANNER)).toHaveCount(0);
    await answerQuick(page, 2);
    await expect(page.getByText(BANNER)).toHaveCount(0);
    expect(Object.keys((await storedAnswers(page)) ?? {})).toHaveLength(2);

    const form = page.getByRole('form', { name: 'Question 3' });
    await form.getByRole('radio').nth(2).check();
    const banner = page.getByRole('alert').filter({ hasText: BANNER });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('storage is full');
    await expect(
      banner.getByRole('button', { name: 'Download your 3 answers (JSON)' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'quiz with the storage banner');
    // Still there on the next question: the banner stays while answers are not saved.
    await form.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('form', { name: 'Question 4' })).toBeVisible();
    await expect(banner).toBeVisible();
  });
});
