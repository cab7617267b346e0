import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as RolePage } from '@/routes/role';
import { Component as RolesPage } from '@/routes/roles';
import { useAnswersStore } from '@/store/answers';
import { makeCatalogue, makeRole, makeRoleSkill } from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';

const manager = makeRole({
  id: 'data-manager',
  title: 'Data Manager',
  family: 'leadership',
  seniority: 'lead',
  seed: 'data-manager-vs-lead-machine-learning-engineer',
  related: ['lead-machine-learning-engineer'],
  skills: [
    makeRoleSkill('python', { importance: 2, level: 1 }),
    makeRoleSkill('sql', {
      importance: 5,
      level: 3.5,
      note: 'Mostly reporting queries',
      source: { kind: 'onet', release: '27.x', code: '11-3021.00' },
    }),
    ...makeRole({ id: 'x' }).skills.slice(2),
  ],
  salary: {
    currency: 'USD',
    p10: 90_000,
    p25: 120_500,
    median: 159_010,
    p75: 200_000,
    p90: null,
    basis: 'Computer and Information Systems Managers (SOC 11-3021)',
    source: { kind: 'bls-oews', release: 'May 2021', soc: '11-3021' },
  },
  onetCodes: [{ code: '11-3021.00', title: 'Computer and Information Systems Managers' }],
});
const lead = makeRole({
  id: 'lead-machine-learning-engineer',
  title: 'Lead Machine Learning Engineer',
  seed: 'data-manager-vs-lead-machine-learning-engineer',
  related: ['data-manager'],
});
const catalogue = makeCatalogue([manager, lead]);

function renderRole(id: string) {
  return renderRoutes(
    [
      { path: '/roles', Component: RolesPage },
      { path: '/roles/:roleId', Component: RolePage },
    ],
    `/roles/${id}`,
    catalogue,
  );
}

beforeEach(() => {
  useAnswersStore.getState().reset();
});

describe('the role page', () => {
  it('shows the title, summary and every section of the role', () => {
    renderRole('data-manager');
    expect(screen.getByRole('heading', { level: 1, name: 'Data Manager' })).toBeInTheDocument();
    for (const name of [
      'What the role is',
      'What you would do',
      'Skills it asks for',
      'Education and preparation',
      'Tools and software',
      'Where people work',
      'Job outlook',
      'Pay',
      'How to get started',
      'Related roles',
      'O*NET occupations',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByText(/Data Manager turn data into decisions/)).toBeInTheDocument();
  });

  it('lists skills most important first, with importance, level, note and source', () => {
    renderRole('data-manager');
    const skills = screen.getByRole('region', { name: 'Skills it asks for' });
    const names = within(skills)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(names[0]).toBe('sql');
    expect(names.at(-1)).toBe('python');
    const sql = within(skills).getAllByRole('listitem')[0]!;
    expect(within(sql).getByText('5 of 5')).toBeInTheDocument();
    expect(within(sql).getByText('4 (Expert)')).toBeInTheDocument();
    expect(within(sql).getByText('Mostly reporting queries')).toBeInTheDocument();
    expect(within(sql).getByText('Source: O*NET 27.x, 11-3021.00')).toBeInTheDocument();
  });

  it('shows pay percentiles in whole dollars with a top-coded 90th percentile and its source', () => {
    renderRole('data-manager');
    const pay = screen.getByRole('table', { name: /Computer and Information Systems Managers/ });
    expect(within(pay).getByRole('row', { name: 'Median $159,010' })).toBeInTheDocument();
    expect(within(pay).getByRole('row', { name: '25th percentile $120,500' })).toBeInTheDocument();
    expect(
      within(pay).getByRole('row', { name: '90th percentile $208,000 or more (top-coded)' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Pay' })).getByText(
        'Source: BLS OEWS May 2021, SOC 11-3021',
      ),
    ).toBeInTheDocument();
  });

  it('names the job zone and cites the outlook figures', () => {
    renderRole('data-manager');
    const education = screen.getByRole('region', { name: 'Education and preparation' });
    expect(
      within(education).getByText(/4 of 5: Considerable preparation needed/),
    ).toBeInTheDocument();
    const outlook = screen.getByRole('region', { name: 'Job outlook' });
    expect(within(outlook).getByText('36%')).toBeInTheDocument();
    expect(
      within(outlook).getByText(
        'Source: BLS Occupational Outlook Handbook: Data Scientists, projections 2023-33',
      ),
    ).toBeInTheDocument();
  });

  it('notes the seed article and links to the comparison with its partner role', () => {
    renderRole('data-manager');
    const note = screen.getByRole('complementary', { name: 'Seed article' });
    expect(note).toHaveTextContent('Data Manager vs. Lead Machine Learning Engineer');
    expect(note).toHaveTextContent('30 October 2024');
    expect(
      within(note).getByRole('link', {
        name: 'Compare Data Manager with Lead Machine Learning Engineer',
      }),
    ).toHaveAttribute('href', '/compare?a=data-manager&b=lead-machine-learning-engineer');
  });

  it('moves to a related role and focuses its heading', async () => {
    const user = userEvent.setup();
    renderRole('data-manager');
    const related = screen.getByRole('region', { name: 'Related roles' });
    await user.click(within(related).getByRole('link', { name: 'Lead Machine Learning Engineer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lead Machine Learning Engineer' }),
    ).toHaveFocus();
  });

  it('shows a not-found page with a way back to the roles for an unknown id', async () => {
    const user = userEvent.setup();
    renderRole('no-such-role');
    expect(screen.getByRole('heading', { level: 1, name: 'Role not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Browse all roles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles' })).toBeInTheDocument();
  });
});
