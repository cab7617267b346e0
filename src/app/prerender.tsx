/**
 * Build-time rendering of the public pages that do not depend on anyone's answers: home, /roles,
 * every role, /about and the seed comparisons at /compare/:a/:b (scripts/lib/prerender-plugin.ts
 * loads this module in Node). The tree matches what main.tsx
 * hydrates: the same routes, a query client that already holds the validated catalogue, and a
 * stand-in for the update prompt, which renders nothing until a service worker speaks.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { catalogueQueryOptions } from '@/catalogue/api';
import { buildCatalogueModel } from '@/catalogue/model';
import type { Catalogue } from '@/catalogue/schema';
import { paths } from '@/shared/paths';
import { createQueryClient } from './query-client';
import { createRoutes } from './routes';

export interface PrerenderedPage {
  /** The address, e.g. /roles/data-analyst. */
  path: string;
  /** The tab title, as the page sets it once running. */
  title: string;
  description: string;
  /** The route module the page renders, whose CSS and code its HTML loads up front. */
  module: string;
  /** The markup that goes inside #root. */
  html: string;
}

const SITE_DESCRIPTION =
  'Pathfinder: find the data and AI career that fits your skills, see why, and plan how to get there.';

/** Every public page that reads the same for everyone, with its title and description. */
export function publicPages(catalogue: Catalogue): Omit<PrerenderedPage, 'html'>[] {
  return [
    {
      path: paths.home.href(),
      module: 'src/routes/home.tsx',
      title: 'Find your data and AI career',
      description: SITE_DESCRIPTION,
    },
    {
      path: paths.roles.href(),
      module: 'src/routes/roles.tsx',
      title: 'Roles',
      description: `Every data and AI role in Pathfinder (${catalogue.roles.length}), with what the work involves, the skills it asks for and what it pays.`,
    },
    {
      path: paths.about.href(),
      module: 'src/routes/about.tsx',
      title: 'About',
      description:
        'How Pathfinder scores your fit to data and AI roles, where its facts come from (O*NET, BLS) and how it keeps your answers private.',
    },
    ...catalogue.roles.map((role) => ({
      path: paths.role.href(role.id),
      module: 'src/routes/role.tsx',
      title: role.title,
      description: role.summary,
    })),
    // The seed comparisons, at their path-form address (a static host serves one file per path,
    // so ?a=&b= cannot have HTML of its own).
    ...catalogue.comparisons
      .filter((c) => c.source.kind === 'seed')
      .map((c) => ({
        path: paths.comparePair.href(c.a, c.b),
        module: 'src/routes/compare.tsx',
        title: c.title,
        description: firstSentence(c.intro),
      })),
  ];
}

/** A meta description: the text's first sentence (the whole text if it has no full stop). */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** A stand-in sibling for UpdatePrompt, so React's ids (useId) match the hydrated tree. */
function NoUpdatePrompt() {
  return null;
}

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
}

/** Renders each public page to HTML, waiting for every lazy route and Suspense boundary. */
export async function renderPublicPages(
  catalogue: Catalogue,
  origin = 'http://localhost',
): Promise<PrerenderedPage[]> {
  const pages: PrerenderedPage[] = [];
  for (const page of publicPages(catalogue)) {
    const queryClient = createQueryClient();
    queryClient.setQueryData(catalogueQueryOptions().queryKey, buildCatalogueModel(catalogue));
    const handler = createStaticHandler(createRoutes(queryClient));
    const context = await handler.query(new Request(new URL(page.path, origin)));
    if (context instanceof Response) throw new Error(`${page.path} answered with a redirect`);
    if (context.statusCode !== 200)
      throw new Error(`${page.path} rendered with status ${context.statusCode}`);
    const router = createStaticRouter(handler.dataRoutes, context);
    const { prelude } = await prerender(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
          <NoUpdatePrompt />
        </QueryClientProvider>
      </StrictMode>,
      // Never outline a large boundary: that needs an inline script of React's, which the CSP
      // (it allows only the boot script, by hash) forbids and a reader without JavaScript never runs.
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    pages.push({ ...page, html: await streamToString(prelude) });
  }
  return pages;
}
