import { seedAnswers } from './helpers';
import { expect, test } from './fixtures';

test('a share link pasted from a chat app, with trailing punctuation or tracking parameters, still opens', async ({
  page,
}) => {
  await seedAnswers(page, { sql: 3, python: 2, statistics: 2 });
  await page.goto('/results');
  const link = await page.getByLabel('Share link').inputValue();
  for (const pasted of [`${link}).`, `${link},`, `${link}&utm_source=chat&utm_medium=social`]) {
    await page.goto(pasted);
    await expect(page.getByRole('note', { name: 'About these results' })).toContainText(
      '3 answered skills',
    );
  }
});
