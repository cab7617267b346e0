import type { Page } from '@playwright/test';
import { storedAnswers } from './helpers';
import { expect, test } from './fixtures';

const ROUNDS = 100;

/** The skill ids of the full quiz's first group, in screen order. */
async function firstGroupSkills(page: Page): Promise<string[]> {
  const names = await page
    .locator('form.quiz-step input[type="radio"][value="0"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
  return names.map((name) => name.replace(/^level-/, ''));
}

const pick = (page: Page, skillId: string, level: number) =>
  page.locator(`input[name="level-${skillId}"][value="${level}"]`).check();

test.describe('two tabs answering at once', () => {
  test(`lose no answer over ${ROUNDS} rounds, and one tab's mode never changes the other's screen`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const other = await context.newPage();
    await page.goto('/quiz');
    await other.goto('/quiz');
    await page.getByRole('button', { name: 'Start the full quiz' }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // The other tab stays where its person is.
    await expect(other.getByRole('button', { name: 'Start the full quiz' })).toBeVisible();
    await other.getByRole('button', { name: 'Start the full quiz' }).click();

    const skills = await firstGroupSkills(page);
    expect(skills.length).toBeGreaterThanOrEqual(2);
    const expected: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      // Each tab changes a different skill in the same moment; over the rounds every skill is
      // changed by both tabs in turn, to a new level each time.
      const a = skills[(2 * round) % skills.length]!;
      const b = skills[(2 * round + 1) % skills.length]!;
      const la = round % 5;
      const lb = (round + 2) % 5;
      await Promise.all([pick(page, a, la), pick(other, b, lb)]);
      expected[a] = la;
      expected[b] = lb;
    }
    await expect.poll(() => storedAnswers(page)).toEqual(expected);
    // Both tabs show every answer, whichever tab gave it.
    for (const tab of [page, other])
      for (const [id, level] of Object.entries(expected))
        await expect(tab.locator(`input[name="level-${id}"][value="${level}"]`)).toBeChecked();
    await other.close();
  });
});
