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
  outlook: {
    text: 'The article expects demand for data managers to rise.',
    figures: [
      {
        label: 'Projected employment growth, data management roles',
        value: '11%',
        percent: 11,
        period: '2020-2030',
        source: {
          kind: 'seed',
          article: 'data-manager-vs-lead-machine-learning-engineer',
          citing: 'U.S. Bureau of Labor Statistics',
        },
      },
      {
        label: 'Projected employment growth, computer and information systems managers',
        value: '15.2%',
        percent: 15.2,
        period: '2024-34',
        source: {
          kind: 'bls-projections',
          period: '2024-34',
          citation:
            'BLS Employment Projections 2024-34, Table 1.2: Computer and information systems managers',
          soc: '11-3021',
        },
      },
    ],
  },
  salary: {
    currency: 'USD',
    p10: 104_450,
    p25: 134_350,
    median: 171_200,
    p75: 216_220,
    p90: null,
    basis: 'Computer and Information Systems Managers (SOC 11-3021), U.S. national, May 2024',
    source: { kind: 'bls-oews', release: 'May 2024', soc: '11-3021' },
  },
  blsOccupation: {
    soc: '11-3021',
    title: 'Computer and Information Systems Managers',
    match: 'stand-in',
    reason: 'Team choice: BLS has no data manager occupation',
  },
  onetCodes: [{ code: '11-3021.00', title: 'Computer and Information Systems Managers' }],
});
/** Shares the data manager's occupation, so both show the same pay and growth. */
const headOfData = makeRole({
  id: 'head-of-data',
  title: 'Head of Data',
  related: ['data-manager'],
  salary: manager.salary,
  blsOccupation: { ...manager.blsOccupation!, reason: 'Team choice: no head-of-data occupation' },
});
const lead = makeRole({
  id: 'lead-machine-learning-engineer',
  title: 'Lead Machine Learning Engineer',
  seed: 'data-manager-vs-lead-machine-learning-engineer',
  related: ['data-manager'],
});
const statistician = makeRole({
  id: 'statistician',
  title: 'Statistician',
  related: ['data-manager'],
  outlook: {
    text: 'Statisticians are counted by BLS in their own occupation.',
    figures: [
      {
        label: 'Projected employment growth, statisticians',
        value: '8.5%',
        percent: 8.5,
        period: '2024-34',
        source: {
          kind: 'bls-projections',
          period: '2024-34',
          citation: 'BLS Employment Projections 2024-34, Table 1.2: Statisticians',
          soc: '15-2041',
        },
      },
      {
        label: 'Hiring growth, as a report puts it',
        value: '74% a year',
        period: '2021',
        source: { kind: 'seed', article: 'data-operations-manager-vs-ml-software-engineer' },
        note: 'What the report said: the 74% was for another job title.',
      },
    ],
  },
  salary: {
    ...manager.salary,
    p90: 169_580,
    basis: 'Statisticians (SOC 15-2041), U.S. national, May 2024',
    source: { kind: 'bls-oews', release: 'May 2024', soc: '15-2041' },
  },
  blsOccupation: {
    soc: '15-2041',
    title: 'Statisticians',
    match: 'exact',
    reason: 'BLS counts statisticians as an occupation of their own',
  },
});
const catalogue = {
  ...makeCatalogue([manager, headOfData, lead, statistician]),
  comparisons: [
    {
      id: 'data-manager-vs-lead-machine-learning-engineer',
      a: 'data-manager',
      b: 'lead-machine-learning-engineer',
      title: 'Data Manager vs. Lead Machine Learning Engineer',
      intro: 'One governs the data, the other ships models from it.',
      source: {
        kind: 'seed' as const,
        article: 'data-manager-vs-lead-machine-learning-engineer' as const,
      },
    },
  ],
};

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
    const pay = screen.getByRole('table', {
      name: 'Annual US wages for Computer and Information Systems Managers (SOC 11-3021), U.S. national, May 2024',
    });
    expect(within(pay).getByRole('row', { name: 'Median $171,200' })).toBeInTheDocument();
    expect(within(pay).getByRole('row', { name: '25th percentile $134,350' })).toBeInTheDocument();
    expect(
      within(pay).getByRole('row', { name: '90th percentile $239,200 or more (top-coded)' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Pay' })).getByText(
        'Source: BLS OEWS May 2024, SOC 11-3021',
      ),
    ).toBeInTheDocument();
  });

  it('says pay from a stand-in occupation is that whole occupation’s, why, and who else shows it', () => {
    renderRole('data-manager');
    const pay = screen.getByRole('region', { name: 'Pay' });
    const said = pay.querySelector('.bls-occupation');
    expect(said).toHaveTextContent(
      'Figures for Computer and Information Systems Managers (SOC 11-3021), the occupation BLS counts this role in: they describe everyone in that occupation, not this role alone.',
    );
    expect(said).toHaveTextContent(
      'Why this occupation: Team choice: BLS has no data manager occupation.',
    );
    expect(said).toHaveTextContent(
      'Pathfinder shows the same BLS figures for 1 other role counted in Computer and Information Systems Managers: Head of Data.',
    );
    // The occupation comes before the figures it describes.
    expect(
      said!.compareDocumentPosition(within(pay).getByRole('table')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('names its own BLS occupation as the role’s when BLS counts the job by name', () => {
    renderRole('statistician');
    const pay = screen.getByRole('region', { name: 'Pay' });
    expect(pay.querySelector('.bls-occupation')).toHaveTextContent(
      /^Figures for Statisticians \(SOC 15-2041\), the BLS occupation for this role\.\s*Why this occupation: BLS counts statisticians as an occupation of their own\.$/,
    );
    expect(pay).not.toHaveTextContent(/not this role alone|same BLS figures/);
    expect(within(pay).getByRole('row', { name: '90th percentile $169,580' })).toBeInTheDocument();
  });

  it('says on each role card whose median pay it is', () => {
    renderRoutes([{ path: '/roles', Component: RolesPage }], '/roles', catalogue);
    const card = (title: string) =>
      screen.getByRole('heading', { level: 2, name: title }).closest('article')!;
    expect(within(card('Data Manager')).getByText(/^Median US pay/)).toHaveTextContent(
      'Median US pay $171,200 a year for Computer and Information Systems Managers, the occupation BLS counts this role in',
    );
    expect(within(card('Statistician')).getByText(/^Median US pay/)).toHaveTextContent(
      'Median US pay $171,200 a year for Statisticians, the BLS occupation for this role',
    );
  });

  it('names the job zone, and the occupation, release and source of each outlook figure', () => {
    renderRole('data-manager');
    const education = screen.getByRole('region', { name: 'Education and preparation' });
    expect(
      within(education).getByText(/4 of 5: Considerable preparation needed/),
    ).toBeInTheDocument();
    const outlook = screen.getByRole('region', { name: 'Job outlook' });
    const [seed, growth] = within(outlook).getAllByRole('listitem');
    expect(growth).toHaveTextContent('15.2%');
    expect(growth).toHaveTextContent('2024-34');
    expect(growth).toHaveTextContent(
      'For Computer and Information Systems Managers (SOC 11-3021), the occupation BLS counts this role in',
    );
    expect(
      within(growth!).getByText(
        'Source: BLS Employment Projections 2024-34, Table 1.2: Computer and information systems managers, SOC 11-3021',
      ),
    ).toBeInTheDocument();
    // The article's own figure is the article's: no BLS occupation is claimed for it.
    expect(seed).toHaveTextContent('11%');
    expect(seed).not.toHaveTextContent(/SOC|occupation BLS/);
    expect(
      within(seed!).getByText(
        'Source: Seed article: Data Manager vs. Lead ML Engineer, citing U.S. Bureau of Labor Statistics',
      ),
    ).toBeInTheDocument();
    expect(outlook.querySelector('.bls-occupation-why')).toHaveTextContent(
      'Why this occupation: Team choice: BLS has no data manager occupation.',
    );
  });

  it('shows an outlook figure’s note under the figure', () => {
    renderRole('statistician');
    const outlook = screen.getByRole('region', { name: 'Job outlook' });
    const [growth, reported] = within(outlook).getAllByRole('listitem');
    expect(growth).toHaveTextContent(
      'For Statisticians (SOC 15-2041), the BLS occupation for this role',
    );
    expect(growth!.querySelector('.figure-note')).toBeNull();
    const note = within(reported!).getByText(
      'What the report said: the 74% was for another job title.',
    );
    expect(
      within(reported!).getByText('74% a year').compareDocumentPosition(note) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
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
    ).toHaveAttribute('href', '/compare/data-manager/lead-machine-learning-engineer');
  });

  it("links the partner role's seed note to the same comparison address, in the comparison's order", () => {
    renderRole('lead-machine-learning-engineer');
    const note = screen.getByRole('complementary', { name: 'Seed article' });
    expect(
      within(note).getByRole('link', {
        name: 'Compare Lead Machine Learning Engineer with Data Manager',
      }),
    ).toHaveAttribute('href', '/compare/data-manager/lead-machine-learning-engineer');
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
