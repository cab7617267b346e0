import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, seedAnswers } from './helpers';
import { expect, test } from './fixtures';

/** A governance lead who answered a short quiz: most skills never rated. */
const ANSWERS = {
  'data-governance': 4,
  'data-quality': 3,
  'metadata-management': 3,
  communication: 3,
  sql: 1,
  'machine-learning': 0,
};

const skills = (
  JSON.parse(readFileSync('data/skills.json', 'utf8')) as { skills: { id: string; name: string }[] }
).skills;
const ratedNames = skills.filter((s) => s.id in ANSWERS).map((s) => s.name);
const unratedNames = skills.filter((s) => !(s.id in ANSWERS)).map((s) => s.name);

const cards = (page: Page) =>
  page
    .getByRole('region', { name: 'Roles ranked for you' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });

test.describe('recommendations people can trust', () => {
  test('results never name an unrated skill as the biggest gap, and never show 100% beside a gap', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/results');
    const items = cards(page);
    await expect(items.first()).toBeVisible();
    const texts = await items.allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      const gap = /Biggest gap: (.+?) \(you have:/.exec(text)?.[1];
      if (gap) expect(ratedNames, `biggest gap ${gap}`).toContain(gap);
      if (gap || /not rated yet/.test(text)) expect(text).not.toMatch(/100% match/);
    }
    await expect(items.first()).toContainText(/Data Governance|Data Steward|Data Manager/);
    await expectNoAxeViolations(page, 'results with unrated skills');
  });

  test('the gap plan has no step on an unrated skill and lists those skills apart', async ({
    page,
  }) => {
    await seedAnswers(page, ANSWERS);
    await page.goto('/roles/data-scientist');
    const unrated = page.getByRole('region', { name: 'Not rated yet' });
    await expect(unrated).toBeVisible();
    const steps = await page.locator('.gap-item h5').allTextContents();
    expect(steps.length).toBeGreaterThan(0);
    for (const name of steps) {
      expect(ratedNames, `plan step ${name}`).toContain(name);
      expect(unratedNames).not.toContain(name);
    }
    await expect(unrated).toContainText(skills.find((s) => s.id === 'statistics')!.name);
    await expectNoAxeViolations(page, 'role page with unrated skills');
  });
});
