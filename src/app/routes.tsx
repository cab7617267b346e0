/**
 * The route table. Every page is a lazily loaded module in src/routes/ exporting `Component`
 * (and optionally `loader`); all pages sit under one loader that ensures the catalogue is cached,
 * so a failed catalogue shows the error page with a retry while the layout stays.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject, ShouldRevalidateFunction } from 'react-router';
import { catalogueQueryOptions } from '@/catalogue/api';
import { paths } from '@/shared/paths';
import { Layout } from '@/shared/ui/layout';
import { RouteError } from '@/shared/ui/route-error';

/** Puts the catalogue model in the query cache before any page renders. */
export function catalogueLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    await queryClient.ensureQueryData(catalogueQueryOptions());
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

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          id: 'catalogue',
          loader: catalogueLoader(queryClient),
          shouldRevalidate: catalogueShouldRevalidate(queryClient),
          errorElement: <RouteError />,
          hydrateFallbackElement: <p className="loading">Loading…</p>,
          children: [
            { index: true, lazy: () => import('@/routes/home') },
            { path: paths.quiz.pattern, lazy: () => import('@/routes/quiz') },
            { path: paths.results.pattern, lazy: () => import('@/routes/results') },
            { path: paths.roles.pattern, lazy: () => import('@/routes/roles') },
            { path: paths.role.pattern, lazy: () => import('@/routes/role') },
            { path: paths.compare.pattern, lazy: () => import('@/routes/compare') },
            { path: paths.paths.pattern, lazy: () => import('@/routes/paths') },
            { path: paths.shared.pattern, lazy: () => import('@/routes/shared') },
            { path: paths.about.pattern, lazy: () => import('@/routes/about') },
            { path: '*', lazy: () => import('@/routes/not-found') },
          ],
        },
      ],
    },
  ];
}
