import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Layout } from '@/shared/ui/layout';

function renderLayoutAt(path: string) {
  const router = createMemoryRouter(
    [{ element: <Layout />, children: [{ path: '*', element: <h1>Inside</h1> }] }],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('Layout', () => {
  it('offers a skip link to the main content first', () => {
    renderLayoutAt('/');
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Skip to content');
    expect(links[0]).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('marks the current section in the main navigation', () => {
    renderLayoutAt('/roles/data-analyst');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Roles' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Quiz' })).not.toHaveAttribute('aria-current');
  });

  it('credits the data sources in the footer', () => {
    renderLayoutAt('/');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/O\*NET \(CC BY 4\.0\)/);
  });
});
