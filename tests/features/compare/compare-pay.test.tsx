import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlsOccupation, Role } from '@/catalogue/schema';
import { Component as CompareRoute } from '@/routes/compare';
import { occupationContrast } from '@/features/compare/occupation-contrast';
import { useAnswersStore } from '@/store/answers';
import { makeCatalogue, makeRole } from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';

const MANAGERS: BlsOccupation = {
  soc: '11-3021',
  title: 'Computer and Information Systems Managers',
  match: 'stand-in',
  reason: 'Team choice: BLS has no data manager occupation',
};
const DEVELOPERS: BlsOccupation = {
  soc: '15-1252',
  title: 'Software Developers',
  match: 'stand-in',
  reason: 'BLS has no machine learning engineer occupation',
};
const DATA_SCIENTISTS: BlsOccupation = {
  soc: '15-2051',
  title: 'Data Scientists',
  match: 'exact',
  reason: 'BLS counts data scientists as an occupation of their own',
};

/** A role whose pay and growth come from `occupation`, as data:build writes them. */
function roleIn(id: string, title: string, occupation: BlsOccupation, median: number): Role {
  return makeRole({
    id,
    title,
    related: ['data-scientist'],
    blsOccupation: occupation,
    salary: {
      currency: 'USD',
      p10: median - 60_000,
      p25: median - 30_000,
      median,
      p75: median + 30_000,
      p90: null,
      basis: `${occupation.title} (SOC ${occupation.soc}), U.S. national, May 2024`,
      source: { kind: 'bls-oews', release: 'May 2024', soc: occupation.soc },
    },
    outlook: {
      text: `${title} outlook.`,
      figures: [
        {
          label: `Projected employment growth, ${occupation.title.toLowerCase()}`,
          value: '15.2%',
          percent: 15.2,
          period: '2024-34',
          source: {
            kind: 'bls-projections',
            period: '2024-34',
            citation: `BLS Employment Projections 2024-34, Table 1.2: ${occupation.title}`,
            soc: occupation.soc,
          },
        },
        {
          label: 'Annual growth in hiring, as the article reports it',
          value: '74% a year',
          period: 'Four years to 2021',
          source: { kind: 'seed', article: 'data-operations-manager-vs-ml-software-engineer' },
          note: 'What LinkedIn reported: the 74% was for another job title.',
        },
      ],
    },
  });
}

const manager = roleIn('data-manager', 'Data Manager', MANAGERS, 171_200);
const opsManager = roleIn('data-operations-manager', 'Data Operations Manager', MANAGERS, 171_200);
const lead = roleIn('lead-machine-learning-engineer', 'Lead ML Engineer', DEVELOPERS, 133_080);
const scientist = roleIn('data-scientist', 'Data Scientist', DATA_SCIENTISTS, 112_590);
const statistician = roleIn(
  'statistician',
  'Statistician',
  { ...DATA_SCIENTISTS, soc: '15-2041', title: 'Statisticians', reason: 'Its own occupation' },
  103_300,
);
const catalogue = makeCatalogue([manager, opsManager, lead, scientist, statistician]);

function renderCompare(a: string, b: string) {
  return renderRoutes(
    [{ path: '/compare', Component: CompareRoute }],
    `/compare?a=${a}&b=${b}`,
    catalogue,
  );
}

const side = (section: HTMLElement, title: string) =>
  within(section).getByRole('heading', { level: 3, name: title }).parentElement!;

describe('pay and growth on the compare page', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
  });

  it('names each side’s BLS occupation, how it relates to the role and why, beside the pay', () => {
    renderCompare('data-manager', 'data-scientist');
    const pay = screen.getByRole('region', { name: 'Pay' });
    const dm = side(pay, 'Data Manager');
    expect(dm).toHaveTextContent('Median $171,200 a year');
    expect(dm).toHaveTextContent(
      'Figures for Computer and Information Systems Managers (SOC 11-3021), the occupation BLS counts this role in, not for this role alone.',
    );
    expect(dm).toHaveTextContent(
      'Why this occupation: Team choice: BLS has no data manager occupation.',
    );
    expect(within(dm).getByText('Source: BLS OEWS May 2024, SOC 11-3021')).toBeInTheDocument();
    const ds = side(pay, 'Data Scientist');
    expect(ds).toHaveTextContent(
      'Figures for Data Scientists (SOC 15-2051), the BLS occupation for this role.',
    );
    expect(ds).not.toHaveTextContent(/not for this role alone/);
  });

  it('names the occupation and release beside each growth figure, and a figure’s note under it', () => {
    renderCompare('data-manager', 'data-scientist');
    const outlook = screen.getByRole('region', { name: 'Outlook' });
    const [growth, reported] = within(side(outlook, 'Data Manager')).getAllByRole('listitem');
    expect(growth).toHaveTextContent(
      'Projected employment growth, computer and information systems managers: 15.2% (2024-34). For Computer and Information Systems Managers (SOC 11-3021), the occupation BLS counts this role in.',
    );
    expect(growth).toHaveTextContent(
      'Source: BLS Employment Projections 2024-34, Table 1.2: Computer and Information Systems Managers, SOC 11-3021',
    );
    expect(reported).not.toHaveTextContent(/SOC/);
    expect(within(reported!).getByText(/^What LinkedIn reported/)).toHaveClass('figure-note');
  });

  it('says so when both roles share one occupation, so the same figures do not read as a tie', () => {
    renderCompare('data-manager', 'data-operations-manager');
    for (const topic of ['Pay', 'Outlook']) {
      const section = screen.getByRole('region', { name: topic });
      expect(section.querySelector('.compare-note')).toHaveTextContent(
        'Both roles share one BLS occupation, Computer and Information Systems Managers (SOC 11-3021), so they show the same BLS pay and growth figures: these describe that occupation as a whole and do not tell Data Manager and Data Operations Manager apart.',
      );
    }
  });

  it('warns that two stand-ins compare occupations, not roles', () => {
    renderCompare('data-manager', 'lead-machine-learning-engineer');
    expect(
      screen.getByRole('region', { name: 'Pay' }).querySelector('.compare-note'),
    ).toHaveTextContent(
      'Neither role has a BLS occupation of its own: the BLS figures compare Computer and Information Systems Managers (SOC 11-3021) with Software Developers (SOC 15-1252), the occupations BLS counts them in, not Data Manager and Lead ML Engineer themselves.',
    );
  });

  it('says nothing extra when each role has its own occupation', () => {
    renderCompare('data-scientist', 'statistician');
    expect(screen.getByRole('region', { name: 'Pay' }).querySelector('.compare-note')).toBeNull();
  });
});

describe('occupationContrast', () => {
  it('names the stand-in side when only one role is counted in a wider occupation', () => {
    expect(occupationContrast(scientist, lead)).toBe(
      'Lead ML Engineer has no BLS occupation of its own: its BLS figures describe all Software Developers (SOC 15-1252), the occupation BLS counts it in, so they are not that role’s alone.',
    );
    expect(occupationContrast(lead, scientist)).toBe(occupationContrast(scientist, lead));
  });

  it('treats a shared occupation as shared even when it is one role’s own', () => {
    const engineer = roleIn(
      'software-engineer',
      'Software Engineer',
      {
        ...DEVELOPERS,
        match: 'exact',
        reason: 'Its own occupation',
      },
      133_080,
    );
    expect(occupationContrast(engineer, lead)).toMatch(/^Both roles share one BLS occupation/);
  });

  it('is silent when a role names no occupation', () => {
    expect(occupationContrast(makeRole(), lead)).toBeUndefined();
  });
});
