import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as PathsRoute } from '@/routes/paths';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { catalogue } from '../fit/fixture';
import { pathsCatalogue } from './fixture';

function renderPaths(at: string, data = catalogue) {
  return renderRoutes(
    [
      { path: '/paths', Component: PathsRoute },
      { path: '*', Component: () => <p>elsewhere</p> },
    ],
    at,
    data,
  );
}

const weeks = (text: string | null) => Number(/about (\d+) weeks?/i.exec(text ?? '')?.[1]);
/** A decimal such as 2.6: levels must show as whole numbers. */
const DECIMAL = /\d\.\d/;

describe('PathsPage', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
    useWhatIfStore.getState().reset();
  });

  it('asks for a start role (or the quiz) when there is neither a start nor any answers', () => {
    renderPaths('/paths');
    expect(screen.getByRole('link', { name: /take the skills quiz/i })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Start from' })).toHaveValue('');
    expect(screen.queryByRole('region', { name: /closest roles/i })).toBeNull();
  });

  it('lists the roles next to a start role, least learning first, without the start itself', () => {
    renderPaths('/paths?from=data-analyst');
    const nearby = screen.getByRole('region', { name: 'Closest roles from Data Analyst' });
    const items = within(nearby)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.classList.contains('nearby-list'));
    expect(items.length).toBeGreaterThan(0);
    const names = items.map((li) => within(li).getByRole('heading').textContent);
    expect(names).not.toContain('Data Analyst');
    const costs = items.map((li) => weeks(li.textContent));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('recommends a route through a role you could hold when smaller leaps beat one big one', () => {
    renderPaths('/paths?from=junior-analyst&to=ml-engineer', pathsCatalogue);
    const route = screen.getByRole('region', { name: 'Recommended route to ML Engineer' });
    const steps = within(route).getAllByRole('heading', { level: 3 });
    expect(steps.map((h) => h.textContent)).toEqual([
      'Step 1: Data Scientist',
      'Step 2: ML Engineer',
    ]);
    // 32 + 32 weeks on the route against 60 straight; the straight leap counts 96 / 84.48.
    expect(within(route).getByText(/From Junior Analyst: 2 steps, about/)).toHaveTextContent(
      'From Junior Analyst: 2 steps, about 64 weeks (about 1 year) of learning in all. Going straight to ML Engineer would take about 60 weeks (about 1 year).',
    );
    expect(within(route).getByText(/about 4 weeks more learning/)).toHaveTextContent(
      /each stop is a role you could hold.*going straight is about 14% harder than this route/,
    );
    const [first, second] = within(route)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('card'));
    expect(first).toHaveTextContent(
      'A role you could hold on the way: about 32 weeks of learning.',
    );
    expect(first).toHaveTextContent('Machine learning: 0 (Not yet) → 3 (Proficient)');
    expect(first).toHaveTextContent('SQL: 1 (Beginner) → 2 (Working)');
    expect(second).toHaveTextContent('Your target: about 32 weeks of learning.');
    expect(second).toHaveTextContent('Python: 3 (Proficient) → 4 (Expert)');
    expect(route.textContent).not.toMatch(DECIMAL);
  });

  it('says going straight is the easiest route when no role on the way helps', () => {
    renderPaths('/paths?from=junior-analyst&to=data-scientist', pathsCatalogue);
    const route = screen.getByRole('region', { name: 'Recommended route to Data Scientist' });
    expect(
      within(route)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Step 1: Data Scientist']);
    expect(route).toHaveTextContent(
      'Going straight is the easiest route: about 32 weeks of learning from Junior Analyst.',
    );
    expect(route).not.toHaveTextContent(/more learning/);
    expect(route.textContent).not.toMatch(DECIMAL);
  });

  it('shows nearby roles with whole levels, never decimals', () => {
    renderPaths('/paths?from=junior-analyst', pathsCatalogue);
    const nearby = screen.getByRole('region', { name: 'Closest roles from Junior Analyst' });
    expect(within(nearby).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      'Data Scientist',
    );
    expect(nearby).toHaveTextContent('Communication: 0 (Not yet) → 4 (Expert)');
    expect(nearby.textContent).not.toMatch(DECIMAL);
  });

  it("starts from the person's answers when no start role is chosen", () => {
    useAnswersStore.getState().mergeAnswers({ python: 3, 'machine-learning': 3 });
    renderPaths('/paths?to=ml-engineer', pathsCatalogue);
    expect(screen.getByRole('combobox', { name: 'Start from' })).toHaveDisplayValue(
      'My quiz answers',
    );
    expect(
      screen.getByRole('region', { name: 'Closest roles from your answers' }),
    ).toBeInTheDocument();
    const route = screen.getByRole('region', { name: 'Recommended route to ML Engineer' });
    expect(route).toHaveTextContent(
      'Going straight is the easiest route: about 32 weeks of learning from your answers.',
    );
    expect(route).toHaveTextContent('Python: 3 (Proficient) → 4 (Expert)');
  });

  it('keeps start and target in the URL when the pickers change', async () => {
    const user = userEvent.setup();
    const { router } = renderPaths('/paths?from=data-analyst');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target role' }), 'data-manager');
    expect(router.state.location.search).toBe('?from=data-analyst&to=data-manager');
    expect(
      screen.getByRole('region', { name: 'Recommended route to Data Manager' }),
    ).toBeInTheDocument();
  });

  it('explains unknown role ids instead of crashing, and keeps the pickers usable', () => {
    renderPaths('/paths?from=astronaut&to=wizard');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There are no roles with the ids “astronaut” and “wizard”',
    );
    expect(screen.getByRole('combobox', { name: 'Target role' })).toHaveValue('');
  });
});
