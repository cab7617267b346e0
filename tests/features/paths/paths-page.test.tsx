import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as PathsRoute } from '@/routes/paths';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { catalogue } from '../fit/fixture';

function renderPaths(at: string) {
  return renderRoutes(
    [
      { path: '/paths', Component: PathsRoute },
      { path: '*', Component: () => <p>elsewhere</p> },
    ],
    at,
    catalogue,
  );
}

const weeks = (text: string | null) => Number(/about (\d+) weeks?/i.exec(text ?? '')?.[1]);

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

  it('lists the roles next to a start role, cheapest first, without the start itself', () => {
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

  it('shows the cheapest path to a target with the skills to learn at each step', () => {
    renderPaths('/paths?from=data-analyst&to=ml-engineer');
    const path = screen.getByRole('region', { name: 'Cheapest path to ML Engineer' });
    const steps = within(path).getAllByRole('heading', { level: 3 });
    expect(steps.at(-1)).toHaveTextContent('ML Engineer');
    expect(within(path).getAllByText(/Machine learning/).length).toBeGreaterThan(0);
    expect(within(path).getByText(/From Data Analyst: about/)).toBeInTheDocument();
  });

  it("starts from the person's answers when no start role is chosen", () => {
    useAnswersStore
      .getState()
      .mergeAnswers({ python: 4, 'machine-learning': 4, 'cloud-platforms': 3 });
    renderPaths('/paths?to=data-manager');
    expect(screen.getByRole('combobox', { name: 'Start from' })).toHaveDisplayValue(
      'My quiz answers',
    );
    expect(
      screen.getByRole('region', { name: 'Closest roles from your answers' }),
    ).toBeInTheDocument();
    const path = screen.getByRole('region', { name: 'Cheapest path to Data Manager' });
    expect(within(path).getByText(/From your answers: about/)).toBeInTheDocument();
    expect(within(path).getAllByText(/Leadership/).length).toBeGreaterThan(0);
  });

  it('keeps start and target in the URL when the pickers change', async () => {
    const user = userEvent.setup();
    const { router } = renderPaths('/paths?from=data-analyst');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target role' }), 'data-manager');
    expect(router.state.location.search).toBe('?from=data-analyst&to=data-manager');
    expect(
      screen.getByRole('region', { name: 'Cheapest path to Data Manager' }),
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
