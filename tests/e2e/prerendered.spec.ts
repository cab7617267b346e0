import { collectPageErrors, expectNoAxeViolations, waitForHydration } from './helpers';
import { expect, test } from './fixtures';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a role page is readable from its own HTML, and its links lead to more pages', async ({
    page,
  }) => {
    await page.goto('/roles/data-analyst');
    await expect(page).toHaveTitle('Data Analyst — Pathfinder');
    await expect(page.getByRole('heading', { level: 1, name: 'Data Analyst' })).toBeVisible();
    await expect(page.getByText(/explains them with clear reports/).first()).toBeVisible();
    const skills = page.getByRole('region', { name: 'Skills it asks for' });
    await expect(skills.getByRole('heading', { level: 3, name: 'SQL' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Roles' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Data Engineer/ }).first()).toBeVisible();
  });
});

test('a prerendered page comes alive in place: no hydration error, and it responds', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/roles');
  const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  await search.fill('actuary');
  await expect(page).toHaveURL(/actuary/);
  await expect(page.getByRole('link', { name: /Data Engineer/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'hydrated role list');
  expect(errors).toEqual([]);
});

test('robots.txt and the sitemap are real files, and other addresses get the app', async ({
  page,
  request,
}) => {
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toMatch(/text\/plain/);
  expect(await robots.text()).toMatch(/^User-agent: \*/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/roles/data-analyst</loc>');
  await page.goto('/results?example=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Example results' })).toBeVisible();
});

for (const [path, heading] of [
  ['/', /career that fits your skills/],
  ['/roles/data-engineer', /^Data Engineer$/],
  ['/compare/data-manager/lead-machine-learning-engineer', /^Data Manager vs\. Lead/],
] as const) {
  test(`${path} hydrates its own HTML without an error or a mismatch, then responds`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /hydrat/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(path);
    expect(await response!.text()).toContain(`data-path="${path}"`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // Hydrated once a client-side link works (no full page load: the marker survives).
    await waitForHydration(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'About' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'About Pathfinder' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(errors).toEqual([]);
  });
}
