import type { Page } from '@playwright/test';
import { roleFile } from './catalogue-files';
import { expectNoAxeViolations, seedAnswers } from './helpers';
import { expect, test } from './fixtures';

const SEED_ROLES = [
  'data-manager',
  'lead-machine-learning-engineer',
  'data-operations-manager',
  'machine-learning-software-engineer',
];

/** What a page says of a role's BLS occupation: "Title (SOC 15-1252), the occupation BLS counts this role in". */
function occupationOf(id: string): string {
  const { blsOccupation: o } = roleFile(id);
  if (!o) throw new Error(`data/roles/${id}.json names no BLS occupation`);
  const relation =
    o.match === 'exact'
      ? 'the BLS occupation for this role'
      : 'the occupation BLS counts this role in';
  return `${o.title} (SOC ${o.soc}), ${relation}`;
}

const ROLE_SECTIONS = [
  'What the role is',
  'What you would do',
  'Skills it asks for',
  'Education and preparation',
  'Tools and software',
  'Where people work',
  'Job outlook',
  'Pay',
  'How to get started',
];

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
}

test.describe('home', () => {
  test('introduces Pathfinder and leads to the quiz, the roles and the seed comparisons', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'career that fits your skills',
    );
    await expect(page.getByRole('link', { name: 'Take the skills quiz' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    const explore = page.getByRole('region', { name: 'Explore a comparison' });
    await expect(explore.getByRole('link')).toHaveCount(2);
    await expect(explore.getByRole('link').first()).toHaveAttribute(
      'href',
      '/compare/data-manager/lead-machine-learning-engineer',
    );
    await expectNoAxeViolations(page, 'home');

    await page.getByRole('link', { name: 'Browse all roles' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Roles' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Roles — Pathfinder');
  });

  test('the skip link takes keyboard users straight to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('the role list', () => {
  test('searches, filters by family in the URL and announces the count', async ({ page }) => {
    await page.goto('/roles');
    const count = page.locator('.roles-count');
    await expect(count).toHaveText(/Showing all \d+ roles/);
    const total = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThanOrEqual(20);
    await expectNoAxeViolations(page, 'roles');

    await page.getByRole('searchbox', { name: 'Search roles' }).fill('spark');
    await expect(count).toHaveText(new RegExp(`Showing \\d+ of ${total} roles`));
    await expect(page).toHaveURL(/q=spark/);

    await page.getByRole('searchbox', { name: 'Search roles' }).fill('');
    await page.getByRole('combobox', { name: 'Role family' }).selectOption('governance');
    await expect(page).toHaveURL(/family=governance/);
    const list = page.getByRole('list', { name: 'Roles' });
    await expect(list.getByRole('link', { name: 'Data Manager', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'roles filtered');

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Role family' })).toHaveValue('governance');
    await list.getByRole('link', { name: 'Data Manager', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data Manager' })).toBeFocused();
  });

  test('can be searched and opened with the keyboard only', async ({ page }) => {
    await page.goto('/roles');
    await page.getByRole('searchbox', { name: 'Search roles' }).focus();
    await page.keyboard.type('lead machine learning');
    await expect(page.locator('.roles-count')).toHaveText(/Showing \d+ of/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Role family' })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = page.getByRole('list', { name: 'Roles' }).getByRole('link').first();
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test.describe('seed roles', () => {
  for (const id of SEED_ROLES) {
    test(`${id} shows every section with its sources and passes axe`, async ({ page }) => {
      await page.goto(`/roles/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const name of ROLE_SECTIONS) {
        await expect(page.getByRole('region', { name })).toBeVisible();
      }
      await expect(page.getByRole('complementary', { name: 'Seed article' })).toContainText(
        'Comprehensive Comparison',
      );
      await expect(
        page.getByRole('region', { name: 'Skills it asks for' }).locator('.source').first(),
      ).toHaveText(/^Source: /);
      const role = roleFile(id);
      const soc = role.blsOccupation?.soc ?? 'none';
      // Pay: OEWS May 2024, for the occupation named before the table, with the reason.
      const pay = page.getByRole('region', { name: 'Pay' });
      await expect(pay.getByText(`Source: BLS OEWS May 2024, SOC ${soc}`)).toBeVisible();
      await expect(pay.locator('.bls-occupation')).toContainText(`Figures for ${occupationOf(id)}`);
      await expect(pay.locator('.bls-occupation')).toContainText(
        `Why this occupation: ${role.blsOccupation?.reason}`,
      );
      // Growth: Employment Projections 2024-34 for the same occupation, named beside the figure.
      const outlook = page.getByRole('region', { name: 'Job outlook' });
      const growth = outlook.getByRole('listitem').filter({
        has: page.getByText(
          new RegExp(`^Source: BLS Employment Projections 2024-34, Table 1\\.2: .+, SOC ${soc}$`),
        ),
      });
      await expect(growth).toHaveCount(1);
      await expect(growth).toContainText(`For ${occupationOf(id)}`);
      // A figure's note (the LinkedIn correction) shows under it.
      for (const figure of role.outlook.figures.filter((f) => f.note)) {
        await expect(
          outlook
            .getByRole('listitem')
            .filter({ hasText: figure.label })
            .getByText(figure.note!, { exact: true }),
        ).toBeVisible();
      }
      await expectNoAxeViolations(page, id);
    });
  }
});

test.describe('pay and growth on compare', () => {
  // The two seed pairs (each side a stand-in occupation) and a pair sharing one occupation.
  for (const [a, b] of [
    ['data-manager', 'lead-machine-learning-engineer'],
    ['data-operations-manager', 'machine-learning-software-engineer'],
    ['data-manager', 'head-of-data'],
  ] as const) {
    test(`${a} vs. ${b} names the BLS occupation beside each pay and growth figure`, async ({
      page,
    }) => {
      const [ra, rb] = [roleFile(a), roleFile(b)];
      const shared = ra.blsOccupation?.soc === rb.blsOccupation?.soc;
      await page.goto(`/compare?a=${a}&b=${b}`);
      for (const topic of ['Outlook', 'Pay']) {
        const section = page.getByRole('region', { name: topic, exact: true });
        await expect(section.locator('.compare-note')).toContainText(
          shared
            ? `Both roles share one BLS occupation, ${ra.blsOccupation?.title} (SOC ${ra.blsOccupation?.soc})`
            : 'Neither role has a BLS occupation of its own',
        );
        for (const role of [ra, rb]) {
          const side = section.locator('.compare-side').filter({
            has: page.getByRole('heading', { level: 3, name: role.title, exact: true }),
          });
          const soc = role.blsOccupation?.soc ?? 'none';
          if (topic === 'Pay') {
            await expect(side).toContainText(`Figures for ${occupationOf(role.id)}`);
            await expect(side.getByText(`Source: BLS OEWS May 2024, SOC ${soc}`)).toBeVisible();
          } else {
            await expect(side).toContainText(`For ${occupationOf(role.id)}`);
            await expect(
              side.getByText(
                new RegExp(`^Source: BLS Employment Projections 2024-34, .+, SOC ${soc}$`),
              ),
            ).toBeVisible();
          }
        }
      }
      await expectNoAxeViolations(page, `${a} vs. ${b}`);
    });
  }
});

test('a person with answers sees how they fit a role, linked from the contents', async ({
  page,
}) => {
  await seedAnswers(page, { python: 3, sql: 2, statistics: 2 });
  await page.goto('/roles/data-manager');
  await expect(
    page.getByRole('heading', { level: 2, name: 'How you fit this role' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'How you fit' })
    .click();
  await expect(page).toHaveURL(/#role-fit-title$/);
  await expectNoAxeViolations(page, 'role page with answers');
});

test.describe('about', () => {
  test('credits O*NET, BLS and the seed articles', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: 'About Pathfinder' })).toBeVisible();
    await expect(
      page.getByText(/Used under the CC BY 4\.0 license\. O\*NET® is a trademark of USDOL\/ETA\./),
    ).toBeVisible();
    await expect(page.getByText(/A Comprehensive Comparison/)).toHaveCount(2);
    await expectNoAxeViolations(page, 'about');
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  for (const path of ['/', '/roles', '/roles/data-operations-manager', '/about', '/no/such/page']) {
    test(`${path} fits without sideways scrolling and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, `${path} at 320px`);
    });
  }
});

test('an unknown role offers a way back to the role list', async ({ page }) => {
  await page.goto('/roles/not-a-real-role');
  await expect(page.getByRole('heading', { level: 1, name: 'Role not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'unknown role');
  await page.getByRole('link', { name: 'Browse all roles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeFocused();
});
