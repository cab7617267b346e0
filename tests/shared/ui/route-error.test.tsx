import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, data, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CatalogueLoadError } from '@/catalogue/api';
import { RouteError } from '@/shared/ui/route-error';

function renderFailing(loader: () => unknown) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <h1>Home page</h1> },
      { path: '/page', loader, element: <h1>Loaded</h1>, errorElement: <RouteError /> },
    ],
    { initialEntries: ['/page'] },
  );
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  it('names a catalogue failure with its details, in the tab title too, and retries the load', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderFailing(() => {
      attempts += 1;
      if (attempts === 1)
        throw new CatalogueLoadError('The role catalogue arrived damaged.', [
          'catalogue.json: roles: bad',
        ]);
      return null;
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'The role catalogue could not be loaded',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('The role catalogue arrived damaged.')).toBeInTheDocument();
    expect(document.title).toBe('The role catalogue could not be loaded — Pathfinder');
    expect(screen.getByText('catalogue.json: roles: bad')).toBeInTheDocument();
    expect(screen.getByText(/answers are safe/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Loaded' })).toBeInTheDocument();
  });

  it('shows the not-found page with a way home for a 404 response', async () => {
    const user = userEvent.setup();
    renderFailing(() => {
      throw data('missing', { status: 404 });
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home page' })).toBeInTheDocument();
  });

  it('falls back to a generic message for other errors', async () => {
    renderFailing(() => {
      throw new Error('Boom in the loader');
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Boom in the loader');
  });
});

describe('RouteError for a page that could not be downloaded', () => {
  it('offers a button that reloads the whole page, not the same failing import', async () => {
    const user = userEvent.setup();
    // The guard is already spent, so the page shows instead of reloading by itself.
    sessionStorage.setItem(
      'pathfinder:chunk-reload',
      JSON.stringify({ href: window.location.href, at: Date.now() }),
    );
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      href: window.location.href,
      reload,
    });
    renderFailing(() => {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/roles-1.js');
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledTimes(1);
    sessionStorage.clear();
  });
});
