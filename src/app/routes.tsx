/**
 * The route table. Every page is a lazily loaded module in src/routes/ exporting `Component`.
 * Home, about, the 404 and the quiz's intro need no catalogue and render at once. Every other page
 * has the catalogue loader: on a first visit it shows the page's frame (the layout and the page's
 * heading) while the catalogue loads, and a failed catalogue shows the error page with a retry
 * while the layout stays.
 */
import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import {
  Outlet,
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
} from 'react-router';
import { catalogueQueryOptions } from '@/catalogue/api';
import { paths } from '@/shared/paths';
import { hasSavedQuiz } from '@/shared/saved-answers';
import { Layout } from '@/shared/ui/layout';
import { RouteError } from '@/shared/ui/route-error';

/** Puts the catalogue model in the query cache before the page renders. */
export function catalogueLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    await queryClient.ensureQueryData(catalogueQueryOptions());
    return null;
  };
}

/**
 * The quiz's intro needs no catalogue (its counts come with the build), so a visit that has not
 * started the quiz renders at once while the catalogue loads in the background; a quiz under way
 * waits for it like any catalogue page. Whether one is under way comes from the saved copy, not
 * the store, whose module stays out of the first download. (Where storage is blocked the hint may
 * miss a quiz started in this tab: its page then waits for the catalogue itself, under Suspense.)
 */
export function quizLoader(queryClient: QueryClient): LoaderFunction {
  const load = catalogueLoader(queryClient);
  return (args) => {
    if (hasSavedQuiz()) return load(args);
    void queryClient.prefetchQuery(catalogueQueryOptions());
    return null;
  };
}

/**
 * The catalogue never changes during a visit: run the loader again only while it is not cached
 * (after a failed load, so "Try again" still works), never on a search-param change.
 */
export function catalogueShouldRevalidate(queryClient: QueryClient): ShouldRevalidateFunction {
  return () => queryClient.getQueryData(catalogueQueryOptions().queryKey) === undefined;
}

/** What a page that needs the catalogue shows at once: its heading, then a loading line. */
export function PageFrame({ title }: { title?: string }) {
  return (
    <section className="page">
      {title && <h1>{title}</h1>}
      <p className="loading" role="status">
        Loading…
      </p>
    </section>
  );
}

/**
 * Pages that need the catalogue. The ids name them for hydration data (src/app/hydrate.ts).
 * Suspense keeps prerendered HTML on screen while a hydrating page waits for the catalogue.
 */
const CATALOGUE_PAGES: {
  id: string;
  path: string;
  title?: string;
  lazy: RouteObject['lazy'];
  /** A loader other than `catalogueLoader`, for a page that needs the catalogue only sometimes. */
  loaderFor?: (queryClient: QueryClient) => LoaderFunction;
}[] = [
  {
    id: 'quiz',
    path: paths.quiz.pattern,
    title: 'Skills quiz',
    lazy: () => import('@/routes/quiz'),
    loaderFor: quizLoader,
  },
  {
    id: 'results',
    path: paths.results.pattern,
    title: 'Your results',
    lazy: () => import('@/routes/results'),
  },
  { id: 'roles', path: paths.roles.pattern, title: 'Roles', lazy: () => import('@/routes/roles') },
  { id: 'role', path: paths.role.pattern, lazy: () => import('@/routes/role') },
  {
    id: 'compare',
    path: paths.compare.pattern,
    title: 'Compare roles',
    lazy: () => import('@/routes/compare'),
  },
  {
    id: 'compare-pair',
    path: paths.comparePair.pattern,
    title: 'Compare roles',
    lazy: () => import('@/routes/compare'),
  },
  {
    id: 'paths',
    path: paths.paths.pattern,
    title: 'Career paths',
    lazy: () => import('@/routes/paths'),
  },
  {
    id: 'shared',
    path: paths.shared.pattern,
    title: 'Shared results',
    lazy: () => import('@/routes/shared'),
  },
];

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loader = catalogueLoader(queryClient);
  const shouldRevalidate = catalogueShouldRevalidate(queryClient);
  return [
    {
      id: 'layout',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          element: (
            <Suspense fallback={<PageFrame />}>
              <Outlet />
            </Suspense>
          ),
          children: [
            {
              id: 'home',
              index: true,
              lazy: () => import('@/routes/home'),
              hydrateFallbackElement: <PageFrame />,
            },
            {
              id: 'about',
              path: paths.about.pattern,
              lazy: () => import('@/routes/about'),
              hydrateFallbackElement: <PageFrame title="About Pathfinder" />,
            },
            ...CATALOGUE_PAGES.map(({ title, loaderFor, ...page }) => ({
              ...page,
              loader: loaderFor ? loaderFor(queryClient) : loader,
              shouldRevalidate,
              errorElement: <RouteError />,
              hydrateFallbackElement: <PageFrame title={title} />,
            })),
            {
              id: 'not-found',
              path: '*',
              lazy: () => import('@/routes/not-found'),
              hydrateFallbackElement: <PageFrame />,
            },
          ],
        },
      ],
    },
  ];
}
