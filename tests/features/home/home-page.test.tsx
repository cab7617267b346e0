import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedComparisons } from '@/features/home/components/seed-comparisons';
import { Component as HomePage } from '@/routes/home';
import { useAnswersStore } from '@/store/answers';
import { makeCatalogue, makeRole } from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';

const roles = [
  makeRole({
    id: 'data-manager',
    title: 'Data Manager',
    related: ['lead-machine-learning-engineer'],
  }),
  makeRole({
    id: 'lead-machine-learning-engineer',
    title: 'Lead ML Engineer',
    related: ['data-manager'],
  }),
  makeRole({ id: 'data-operations-manager', title: 'Data Ops Manager' }),
  makeRole({ id: 'machine-learning-software-engineer', title: 'ML Software Engineer' }),
];
const catalogue = {
  ...makeCatalogue(roles),
  comparisons: [
    {
      id: 'dm-vs-lead',
      a: 'data-manager',
      b: 'lead-machine-learning-engineer',
      title: 'Data Manager vs. Lead ML Engineer',
      intro: 'One runs the data estate, the other leads model building.',
      source: { kind: 'judgement' as const, reason: 'Written by the team for this test' },
    },
  ],
};

const renderHome = () => renderRoutes([{ path: '/', Component: HomePage }], '/', catalogue);

beforeEach(() => {
  useAnswersStore.getState().reset();
});

describe('the home page', () => {
  it('explains Pathfinder and invites the person to take the quiz', () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /career that fits your skills/,
    );
    expect(screen.getByText(/ranks 4 roles/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the skills quiz' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    expect(screen.getByRole('link', { name: 'Browse all roles' })).toHaveAttribute(
      'href',
      '/roles',
    );
    expect(screen.queryByRole('link', { name: 'See your results' })).not.toBeInTheDocument();
  });

  it('links to the two seed comparisons, at their prerendered addresses, with titles and intros', () => {
    // From data/comparisons.json (built in), not the catalogue: home never waits for it.
    renderHome();
    const explore = screen.getByRole('region', { name: 'Explore a comparison' });
    expect(
      within(explore).getByRole('link', {
        name: 'Data Manager vs. Lead Machine Learning Engineer',
      }),
    ).toHaveAttribute('href', '/compare/data-manager/lead-machine-learning-engineer');
    expect(
      within(explore).getByRole('link', {
        name: 'Data Operations Manager vs. Machine Learning Software Engineer',
      }),
    ).toHaveAttribute(
      'href',
      '/compare/data-operations-manager/machine-learning-software-engineer',
    );
    expect(
      within(explore).getByText(/sit at the heart of data-driven organisations/),
    ).toBeInTheDocument();
    expect(within(explore).getByText(/one keeps the data running/)).toBeInTheDocument();
  });

  it('finds the seed comparisons in either order', () => {
    const flipped = seedComparisons([
      { ...catalogue.comparisons[0]!, a: 'lead-machine-learning-engineer', b: 'data-manager' },
    ]);
    expect(flipped).toHaveLength(1);
    expect(flipped[0]).toMatchObject({ a: 'data-manager', b: 'lead-machine-learning-engineer' });
  });

  it('offers the results to someone who has already answered', () => {
    useAnswersStore.getState().setAnswer('python', 3);
    renderHome();
    expect(screen.getByRole('link', { name: 'See your results' })).toHaveAttribute(
      'href',
      '/results',
    );
    expect(screen.getByRole('link', { name: 'Continue the skills quiz' })).toBeInTheDocument();
  });
});
