import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupCount, roleCount, skillCount } from 'virtual:catalogue-url';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/routes';
import { useAnswersStore } from '@/store/answers';
import { makeCatalogueJson } from '../catalogue/catalogue-json';

/** The real route table at an address, with whatever the catalogue request answers. */
function renderApp(at: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [at] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient };
}

// The first visit to a lazy route transforms its module: allow for it.
const slow = { timeout: 5000 };
const never = () => new Promise<Response>(() => {});
let fetchCatalogue: ReturnType<typeof vi.fn>;

beforeEach(() => {
  useAnswersStore.getState().reset();
  fetchCatalogue = vi.fn(never);
  vi.stubGlobal('fetch', fetchCatalogue);
});
afterEach(() => vi.unstubAllGlobals());

describe('the route table', () => {
  it('shows home at once, with the role count from the build, while the catalogue loads', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /career that fits your skills/ }, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`ranks ${roleCount} roles`))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the skills quiz' })).toBeInTheDocument();
  });

  it('shows about without the catalogue', async () => {
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Pathfinder' }, slow),
    ).toBeInTheDocument();
    expect(fetchCatalogue).not.toHaveBeenCalled();
  });

  it('shows the 404 without the catalogue', async () => {
    renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: /not found/i }),
    ).toBeInTheDocument();
    expect(fetchCatalogue).not.toHaveBeenCalled();
  });

  it('shows the quiz intro while the catalogue loads, then goes on once it has arrived', async () => {
    let arrive = (_: Response) => {};
    fetchCatalogue.mockImplementation(() => new Promise<Response>((resolve) => (arrive = resolve)));
    renderApp('/quiz');
    expect(
      await screen.findByRole('button', { name: 'Start the quick quiz' }, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`All ${skillCount} skills in ${groupCount} groups`)),
    ).toBeInTheDocument();
    // The intro started the download; starting waits for it, with the page's heading kept.
    expect(fetchCatalogue).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Skills quiz' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the questions…');
    arrive(new Response(JSON.stringify(makeCatalogueJson())));
    // This two-role catalogue leaves nothing to ask: the quiz goes straight to its checkpoint.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Your top matches have settled' }, slow),
    ).toBeInTheDocument();
    // The quiz route's modules are transformed on first use here: allow for it.
  }, 20_000);

  it("shows a catalogue page's frame at once: the layout, its heading and a loading line", async () => {
    renderApp('/roles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(fetchCatalogue).toHaveBeenCalled();
  });

  it('shows the catalogue error page with a retry that loads the page', async () => {
    fetchCatalogue.mockImplementation(async () => new Response('{"roles": [tru'));
    renderApp('/roles');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /catalogue could not be loaded/i },
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/not valid JSON/)).toBeInTheDocument();

    fetchCatalogue.mockImplementation(
      async () => new Response(JSON.stringify(makeCatalogueJson())),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /Role A/ }, slow)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Roles' })).toBeInTheDocument();
  });
});
