import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PageHeading } from '@/shared/ui/page-heading';

function First() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageHeading>First page</PageHeading>
      <label>
        Filter
        <input value={params.get('q') ?? ''} onChange={(e) => setParams({ q: e.target.value })} />
      </label>
      <Link to="/second">Go second</Link>
    </>
  );
}

function Second() {
  return (
    <>
      <PageHeading title="Second">
        Second <em>page</em>
      </PageHeading>
      <Link to="/">Go first</Link>
    </>
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <First /> },
      { path: '/second', element: <Second /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('PageHeading', () => {
  it('leaves focus alone on the first page of a visit but sets the tab title', () => {
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1, name: 'First page' })).not.toHaveFocus();
    expect(document.title).toBe('First page — Pathfinder');
  });

  it('moves focus to the new page heading after a navigation', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('link', { name: 'Go second' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Second page' })).toHaveFocus();
    expect(document.title).toBe('Second — Pathfinder');
    await user.click(screen.getByRole('link', { name: 'Go first' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'First page' })).toHaveFocus();
  });

  it('keeps focus in a filter box while typing changes the search params', async () => {
    const user = userEvent.setup();
    renderAt('/second');
    await user.click(screen.getByRole('link', { name: 'Go first' }));
    const box = screen.getByRole('textbox', { name: 'Filter' });
    await user.click(box);
    await user.type(box, 'sql');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('sql');
  });
});
