/**
 * A deploy changes the skill list while people have answers saved from the old one. The built app
 * is served with its own catalogue changed the way a real release would change it: `sql` renamed
 * to `sql-querying` (with the alias the release ships), `active-learning` removed and
 * `prompt-design` added.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expectNoAxeViolations, storedAnswers } from './helpers';
import { expect, test } from './fixtures';

// Route interception sees only the page's own requests, not those a service worker answers.
test.use({ serviceWorkers: 'block' });

const CATALOGUE = '**/assets/catalogue-*.json';
const STORAGE_KEY = 'pathfinder:answers'; // src/store/answers.ts

interface SkillJson {
  id: string;
  name: string;
  category: string;
  description: string;
  levels: unknown[];
}
interface CatalogueJson {
  version: string;
  skills: SkillJson[];
  roles: { skills: { skill: string }[] }[];
  aliases?: Record<string, string>;
}

const SKILLS = (JSON.parse(readFileSync('data/skills.json', 'utf8')) as { skills: SkillJson[] })
  .skills;
const nameOf = (id: string) => SKILLS.find((s) => s.id === id)!.name;
/** What the app stamps on saved answers: the catalogue they were answered on (here: today's). */
const OLD_STAMP = {
  version: 'previous-release',
  skills: Object.fromEntries(SKILLS.map((s) => [s.id, s.name])),
};

/** Today's catalogue as the next release would ship it. */
function nextRelease(catalogue: CatalogueJson): CatalogueJson {
  const template = catalogue.skills.find((s) => s.id === 'llm-applications')!;
  const rename = (id: string) => (id === 'sql' ? 'sql-querying' : id);
  return {
    ...catalogue,
    version: 'next-release',
    skills: [
      ...catalogue.skills
        .filter((s) => s.id !== 'active-learning')
        .map((s) => (s.id === 'sql' ? { ...s, id: 'sql-querying', name: 'SQL querying' } : s)),
      {
        ...template,
        id: 'prompt-design',
        name: 'Prompt design',
        description: 'Writing and testing the instructions that steer a language model.',
      },
    ],
    roles: catalogue.roles.map((role) => ({
      ...role,
      skills: role.skills
        .filter((rs) => rs.skill !== 'active-learning')
        .map((rs) => ({ ...rs, skill: rename(rs.skill) })),
    })),
    aliases: { ...catalogue.aliases, sql: 'sql-querying' },
  };
}

async function serveNextRelease(page: Page) {
  await page.route(CATALOGUE, async (route: Route) => {
    const response = await route.fetch();
    const next = nextRelease((await response.json()) as CatalogueJson);
    await route.fulfill({ response, json: next });
  });
}

/** Saved state as the app writes it, stamped with the catalogue it was answered on. */
async function seedSaved(page: Page, state: Record<string, unknown>) {
  await page.goto('/about');
  await page.evaluate(
    ({ key, value }) => localStorage.setItem(key, JSON.stringify({ state: value, version: 1 })),
    { key: STORAGE_KEY, value: { catalogue: OLD_STAMP, ...state } },
  );
}

const notice = (page: Page) =>
  page.getByRole('region', { name: /skill list has changed since your last visit/ });

test.describe('a catalogue update with a rename, a removal and an addition', () => {
  test('results keep the renamed answer, name the set-aside one and offer the new skill', async ({
    page,
  }) => {
    await seedSaved(page, { answers: { sql: 3, 'active-learning': 2, python: 3, statistics: 2 } });
    await serveNextRelease(page);
    await page.goto('/results');

    await expect(notice(page)).toBeVisible();
    await expect(notice(page).getByRole('listitem').filter({ hasText: 'is now' })).toHaveText(
      `${nameOf('sql')} is now SQL querying`,
    );
    await expect(notice(page)).toContainText(`${nameOf('active-learning')}: you answered 2`);
    // The renamed answer counts; the removed one does not.
    await expect(page.getByText(/your 3 answered skills fit/)).toBeVisible();
    await expectNoAxeViolations(page, 'catalogue update notice');

    // Rating the new skill in place updates the ranking's basis at once.
    await notice(page).getByLabel('Rate Prompt design').selectOption('2');
    await expect(page.getByText(/your 4 answered skills fit/)).toBeVisible();

    await notice(page).getByRole('button', { name: 'Got it' }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Nothing was deleted: the set-aside answer stays in storage.
    expect(await storedAnswers(page)).toEqual({
      'sql-querying': 3,
      'active-learning': 2,
      python: 3,
      statistics: 2,
      'prompt-design': 2,
    });

    await page.reload();
    await expect(page.getByText(/your 4 answered skills fit/)).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });

  test('a quick quiz in progress through a removed skill resumes on a new question', async ({
    page,
  }) => {
    await seedSaved(page, {
      answers: { 'active-learning': 2 },
      mode: 'quick',
      stage: 'questions',
      asked: ['active-learning'],
      position: 0,
    });
    await serveNextRelease(page);
    await page.goto('/quiz');
    await expect(notice(page)).toContainText(`${nameOf('active-learning')}: you answered 2`);
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await expect(page.getByRole('radio')).toHaveCount(5);
    await expect(page.getByText(/top matches have settled|enough answers/i)).toHaveCount(0);
  });

  test('a share link made on the previous release decodes on the new one', async ({
    page,
    browser,
    baseURL,
  }) => {
    const sharer = { sql: 3, 'data-analysis': 3, 'active-learning': 2, python: 2 };
    await page.goto('/about');
    await page.evaluate(
      ({ key, value }) =>
        localStorage.setItem(key, JSON.stringify({ state: { answers: value }, version: 1 })),
      { key: STORAGE_KEY, value: sharer },
    );
    await page.goto('/results');
    const link = await page.getByLabel('Share link').inputValue();

    const visitorContext = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    try {
      const visitor = await visitorContext.newPage();
      await serveNextRelease(visitor);
      await visitor.goto(link);
      await expect(
        visitor.getByRole('heading', { level: 1, name: 'Shared results' }),
      ).toBeVisible();
      // SQL follows its rename; the removed skill drops out.
      await expect(visitor.getByRole('note', { name: 'About these results' })).toContainText(
        '3 answered skills',
      );
      await visitor.getByRole('button', { name: 'Save as my answers' }).click();
      await expect(visitor.getByRole('link', { name: 'See your results' })).toBeFocused();
      expect(await storedAnswers(visitor)).toEqual({
        'sql-querying': 3,
        'data-analysis': 3,
        python: 2,
      });
    } finally {
      await visitorContext.close();
    }
  });
});
