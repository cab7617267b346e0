/**
 * The route table. Every page is a lazily loaded module in src/routes/ exporting `Component`
 * (and optionally `loader`); all pages sit under one loader that ensures the catalogue is cached,
 * so a failed catalogue shows the error page with a retry while the layout stays.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { catalogueQueryOptions } from '@/catalogue/api';
import { paths } from '@/paths';
import { Layout } from '@/components/layout';
import { RouteError } from '@/components/route-error';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          id: 'catalogue',
          loader: async () => {
            await queryClient.ensureQueryData(catalogueQueryOptions());
            return null;
          },
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
