import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from '@/app/app';
import {
  applyParkedStyles,
  canHydrate,
  needsLoaderData,
  preloadedChunks,
  prepareHydration,
} from '@/app/hydrate';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/routes';
import { warmIntl } from '@/app/warm-intl';
import { catalogueQueryOptions, yieldToMain } from '@/catalogue/api';
import '@/styles.css';
import '@/features/results/print.css';

async function start(root: HTMLElement) {
  // A prerendered page is hydrated in place; any other address starts from the empty shell.
  const hydrate = canHydrate(root, window.location);
  // On a prerendered page nothing here is urgent: each step gets a task of its own after the
  // one that evaluated this bundle, so none holds the main thread for long (issue 11).
  const pause = () => (hydrate ? yieldToMain() : Promise.resolve());
  // ICU's locale data loads in a worker meanwhile; a prerendered page waits for it before its
  // chunks build their formatters, which is then quick.
  const intl = warmIntl();
  await pause();
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  // The page's catalogue starts downloading now, while the page gets ready to hydrate (its
  // loader is skipped when hydrating; the page would otherwise only ask for it as it hydrates).
  if (hydrate && needsLoaderData(routes, window.location))
    void queryClient.prefetchQuery(catalogueQueryOptions());
  if (hydrate) await intl;
  const hydrationData = hydrate
    ? await prepareHydration(routes, window.location, preloadedChunks(document))
    : undefined;
  await pause();
  const router = createBrowserRouter(routes, hydrationData ? { hydrationData } : undefined);
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  );
  if (hydrate) {
    await pause();
    applyParkedStyles(root);
    // The prerendered page is already on screen: hydrate as a transition, which React renders
    // in slices of a few ms with the browser free in between, instead of one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing the #root element');
void start(root);
