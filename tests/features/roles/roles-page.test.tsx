import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogueLoader, catalogueShouldRevalidate } from '@/app/routes';
import { catalogueQueryOptions } from '@/catalogue/api';
import { buildCatalogueModel } from '@/catalogue/model';
import { Component as RolesPage } from '@/routes/roles';
import { useAnswersStore } from '@/store/answers';
import { makeCatalogue, makeRole, makeRoleSkill, makeSkill } from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';

const analyst = makeRole({
  id: 'data-analyst',
  family: 'analytics',
  tools: ['Tableau', 'Excel', 'SQL', 'Git'],
});
const engineer = makeRole({
  id: 'data-engineer',
  family: 'data-engineering',
  tools: ['Spark', 'Airflow', 'dbt', 'Git'],
});
const mlEngineer = makeRole({
  id: 'ml-engineer',
  title: 'ML Engineer',
  family: 'ml-engineering',
  skills: [...makeRole({ id: 'x' }).skills, makeRoleSkill('deep-learning')],
});
const catalogue = makeCatalogue(
  [analyst, engineer, mlEngineer],
  [...makeCatalogue([analyst]).skills, makeSkill({ id: 'deep-learning', name: 'Deep learning' })],
);

function renderRoles(at = '/roles') {
  return renderRoutes(
    [
      { path: '/roles', Component: RolesPage },
      { path: '/roles/:roleId', Component: () => <h1>Role page</h1> },
    ],
    at,
    catalogue,
  );
}

const listedTitles = () =>
  within(screen.getByRole('list', { name: 'Roles' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

beforeEach(() => {
  useAnswersStore.getState().reset();
});

describe('the roles page', () => {
  it('lists every role by title with a link to its page and announces the count', () => {
    renderRoles();
    expect(listedTitles()).toEqual(['Data Analyst', 'Data Engineer', 'ML Engineer']);
    expect(screen.getByRole('link', { name: 'Data Engineer' })).toHaveAttribute(
      'href',
      '/roles/data-engineer',
    );
    expect(screen.getByText('Showing all 3 roles')).toHaveAttribute('aria-live', 'polite');
  });

  it('narrows the list by a tool as the person types, and keeps the query in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoles();
    await user.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'spark');
    expect(listedTitles()).toEqual(['Data Engineer']);
    expect(screen.getByText('Showing 1 of 3 roles')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('spark');
  });

  it('finds roles by the names of the skills they need', async () => {
    const user = userEvent.setup();
    renderRoles();
    await user.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'deep learning');
    expect(listedTitles()).toEqual(['ML Engineer']);
  });

  it('filters by role family and keeps the family in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoles();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role family' }),
      'Analytics and BI',
    );
    expect(listedTitles()).toEqual(['Data Analyst']);
    expect(new URLSearchParams(router.state.location.search).get('family')).toBe('analytics');
  });

  it('restores the search and family from a shared link', () => {
    renderRoles('/roles?family=data-engineering&q=airflow');
    expect(screen.getByRole('combobox', { name: 'Role family' })).toHaveValue('data-engineering');
    expect(screen.getByRole('searchbox', { name: 'Search roles' })).toHaveValue('airflow');
    expect(listedTitles()).toEqual(['Data Engineer']);
  });

  it('follows a link that changes the search after the person has typed', async () => {
    const user = userEvent.setup();
    const { router } = renderRoles();
    const box = screen.getByRole('searchbox', { name: 'Search roles' });
    await user.type(box, 'spark');
    await act(() => router.navigate('/roles?q=tableau'));
    expect(box).toHaveValue('tableau');
    expect(listedTitles()).toEqual(['Data Analyst']);
  });

  it('ignores an unknown family in the URL instead of showing nothing', () => {
    renderRoles('/roles?family=astrology');
    expect(listedTitles()).toHaveLength(3);
  });

  it('says when nothing matches and offers to show every role again', async () => {
    const user = userEvent.setup();
    renderRoles();
    const box = screen.getByRole('searchbox', { name: 'Search roles' });
    await user.type(box, 'zzz');
    expect(screen.getByText('No roles match this search')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Roles' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'show every role' }));
    expect(listedTitles()).toHaveLength(3);
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });
});

describe('the roles page behind a route loader, as in the app', () => {
  it('keeps a cleared search cleared when the family changes before the URL has caught up', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(catalogueQueryOptions().queryKey, buildCatalogueModel(catalogue));
    // The app's own catalogue loader and its revalidation rule.
    const router = createMemoryRouter(
      [
        {
          loader: catalogueLoader(queryClient),
          shouldRevalidate: catalogueShouldRevalidate(queryClient),
          children: [{ path: '/roles', Component: RolesPage }],
        },
      ],
      { initialEntries: ['/roles?q=spark'] },
    );
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const box = await screen.findByRole('searchbox', { name: 'Search roles' });
    expect(box).toHaveValue('spark');

    act(() => {
      fireEvent.change(box, { target: { value: '' } });
      fireEvent.change(screen.getByRole('combobox', { name: 'Role family' }), {
        target: { value: 'analytics' },
      });
    });
    await waitFor(() => expect(router.state.location.search).toBe('?family=analytics'));
    expect(box).toHaveValue('');
    expect(listedTitles()).toEqual(['Data Analyst']);
  });
});
