import type { RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  applyParkedStyles,
  canHydrate,
  needsLoaderData,
  preloadedChunks,
  prepareHydration,
} from '@/app/hydrate';

function rootWith(html: string, path?: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  if (path !== undefined) root.dataset.path = path;
  return root;
}

describe('canHydrate', () => {
  it('hydrates only prerendered HTML of the address being opened', () => {
    const page = rootWith('<main>Data Analyst</main>', '/roles/data-analyst');
    expect(canHydrate(page, { pathname: '/roles/data-analyst' })).toBe(true);
    // A host that answered another address with this file (a fallback): render from scratch.
    expect(canHydrate(page, { pathname: '/results' })).toBe(false);
    expect(canHydrate(rootWith(''), { pathname: '/' })).toBe(false);
    expect(canHydrate(rootWith('', '/'), { pathname: '/' })).toBe(false);
  });
});

describe('applyParkedStyles', () => {
  it('sets parked style attributes through the CSSOM and drops the data attribute', () => {
    const root = rootWith('<span data-prerender-style="width:80%"></span>');
    applyParkedStyles(root);
    const span = root.querySelector('span')!;
    expect(span.style.width).toBe('80%');
    expect(span.hasAttribute('data-prerender-style')).toBe(false);
  });
});

describe('prepareHydration', () => {
  it("loads the address's lazy route modules and marks its loaders as already run", async () => {
    const Component = () => null;
    const lazy = vi.fn(async () => ({ Component }));
    const otherLazy = vi.fn(async () => ({ Component }));
    const loader = vi.fn(async () => null);
    const routes: RouteObject[] = [
      {
        id: 'layout',
        children: [
          { id: 'role', path: '/roles/:roleId', loader, lazy },
          { id: 'about', path: '/about', lazy: otherLazy },
        ],
      },
    ];
    const data = await prepareHydration(routes, { pathname: '/roles/x' });
    expect(data).toEqual({ loaderData: { role: null } });
    expect(lazy).toHaveBeenCalledOnce();
    const role = routes[0]!.children![0]!;
    expect(role.Component).toBe(Component);
    expect(role.lazy).toBeUndefined();
    expect(otherLazy).not.toHaveBeenCalled();
    expect(loader).not.toHaveBeenCalled();
  });
});

describe('preloadedChunks', () => {
  it("lists the page's preloaded chunks, dependencies before the route module that imports them", () => {
    const doc = document.implementation.createHTMLDocument();
    doc.head.innerHTML = [
      '<link rel="stylesheet" href="/assets/role.css">',
      '<link rel="modulepreload" href="/assets/role.js">',
      '<link rel="modulepreload" href="/assets/answers.js">',
      '<link rel="modulepreload" href="/assets/format.js">',
    ].join('');
    expect(preloadedChunks(doc).map((url) => new URL(url, 'http://x').pathname)).toEqual([
      '/assets/format.js',
      '/assets/answers.js',
      '/assets/role.js',
    ]);
  });
});

describe('needsLoaderData', () => {
  it('is true only for an address whose route loads data (so its download can start early)', () => {
    const loader = async () => null;
    const routes: RouteObject[] = [
      {
        id: 'layout',
        children: [
          { id: 'home', index: true },
          { id: 'role', path: '/roles/:roleId', loader },
        ],
      },
    ];
    expect(needsLoaderData(routes, { pathname: '/roles/x' })).toBe(true);
    expect(needsLoaderData(routes, { pathname: '/' })).toBe(false);
    expect(needsLoaderData(routes, { pathname: '/nowhere/at/all' })).toBe(false);
  });
});
