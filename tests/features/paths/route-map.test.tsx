import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as PathsRoute } from '@/routes/paths';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { pathsCatalogue } from './fixture';

const renderPaths = (at: string) =>
  renderRoutes([{ path: '/paths', Component: PathsRoute }], at, pathsCatalogue);

describe('the route drawn as stops and legs', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
    useWhatIfStore.getState().reset();
  });

  it('starts at the start role, gives each leg its weeks and skills, and sets the route beside going straight', () => {
    renderPaths('/paths?from=junior-analyst&to=ml-engineer');
    const route = screen.getByRole('region', { name: 'Recommended route to ML Engineer' });
    expect(within(route).getByText(/^Start:/)).toHaveTextContent('Start: Junior Analyst');
    expect(within(route).getByText(/^Leg 1/)).toHaveTextContent('Leg 1 · about 32 weeks');
    expect(within(route).getByText(/^Leg 2/)).toHaveTextContent('Leg 2 · about 32 weeks');
    const bars = within(route).getAllByRole('definition');
    expect(
      within(route)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['This route', 'Going straight']);
    expect(bars[0]).toHaveTextContent('about 64 weeks (about 1 year), 2 legs');
    expect(bars[1]).toHaveTextContent('about 60 weeks (about 1 year), one leap');
  });

  it('draws no comparison when going straight is the route', () => {
    renderPaths('/paths?from=junior-analyst&to=data-scientist');
    const route = screen.getByRole('region', { name: 'Recommended route to Data Scientist' });
    expect(within(route).queryByRole('term')).toBeNull();
    expect(within(route).getByText(/^Leg 1/)).toBeInTheDocument();
  });
});
