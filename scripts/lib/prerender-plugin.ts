/**
 * Vite plugin: after the client build is written, renders every public page that reads the same
 * for everyone (home, /roles, each /roles/:id, /about, the seed comparisons at /compare/:a/:b)
 * from the validated catalogue, with src/app/prerender.tsx loaded through a Vite SSR server, and
 * writes each into the built index.html's frame with its own title, description and canonical
 * link. Also writes:
 * - app.html: the empty shell, which static hosts and the service worker serve for every other
 *   address (the pages that depend on answers);
 * - sitemap.xml, and the Sitemap line of robots.txt.
 * The site's address comes from PF_SITE_URL (canonical links and the sitemap must be absolute).
 * Runs in writeBundle, before vite-plugin-pwa's closeBundle lists the files to precache.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { formatIssue } from '../../src/catalogue/validate';
import { bootScriptTag } from './boot-script';
import { cataloguePlugin } from './catalogue-plugin';
import { escapeHtml } from './html';
import { readCatalogue } from './read-catalogue';

/** What src/app/prerender.tsx renders for one page (declared here: this project has no JSX). */
export interface PrerenderedPage {
  path: string;
  title: string;
  description: string;
  /** The route module, relative to the root: its CSS and code go in the page's head. */
  module: string;
  html: string;
}

/** A route module's built files: the CSS it imports and its JS chunks, with their imports. */
export interface RouteAssets {
  css: string[];
  js: string[];
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId?: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** What each route module needs, read from the bundle (its chunk and the chunks it imports). */
export function routeAssets(
  bundle: Record<string, { type: string }>,
  root: string,
): Map<string, RouteAssets> {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const assets = new Map<string, RouteAssets>();
  for (const chunk of chunks) {
    if (!chunk.facadeModuleId?.startsWith(root)) continue;
    const module = chunk.facadeModuleId.slice(root.length).replace(/^[/\\]/, '');
    const css = new Set<string>();
    const js = new Set<string>();
    const visit = (c: ChunkLike | undefined) => {
      if (!c || js.has(c.fileName)) return;
      js.add(c.fileName);
      c.viteMetadata?.importedCss.forEach((f) => css.add(f));
      c.imports.forEach((f) => visit(byFile.get(f)));
    };
    visit(chunk);
    assets.set(module, { css: [...css], js: [...js] });
  }
  return assets;
}

/**
 * The page's route CSS as stylesheets, so the first paint already has the page's layout, leaving
 * out what the shell already loads. Its code is not linked here: see deferScripts.
 */
export function headLinks(shell: string, assets: RouteAssets | undefined): string {
  if (!assets) return '';
  return assets.css
    .filter((f) => !shell.includes(`/${f}"`))
    .map((f) => `  <link rel="stylesheet" crossorigin href="/${f}">\n`)
    .join('');
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * The shell's entry script and module preloads, and the route's chunks, handed to the inline boot
 * script (scripts/lib/boot-script.ts), which adds them after the page's first paint: the HTML and
 * CSS are all a prerendered page needs to be read, and its code only hydrates it. The chunks keep
 * their order (the route module first, then what it imports), which src/app/hydrate.ts relies on.
 */
export function deferScripts(shell: string, assets: RouteAssets | undefined): string {
  const entry = ENTRY_SCRIPT.exec(shell)?.[1];
  if (!entry) throw new Error('prerender: the built index.html has no module entry script');
  const shellPreloads = [...shell.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const routeChunks = (assets?.js ?? [])
    .map((f) => `/${f}`)
    .filter((f) => f !== entry && !shellPreloads.includes(f));
  return shell
    .replace(MODULE_PRELOAD, '')
    .replace(ENTRY_SCRIPT, () => bootScriptTag(entry, [...routeChunks, ...shellPreloads]));
}

export const SHELL_FILE = 'app.html';
export const DEFAULT_SITE_URL = 'https://pathfinder.example';

/** The file a static host serves for an address: / -> index.html, /roles/x -> roles/x.html. */
export function fileForPath(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}.html`;
}

/** Where a prerendered element's style attribute waits for main.tsx (src/app/hydrate.ts). */
export const STYLE_ATTRIBUTE = 'data-prerender-style';

/**
 * React writes a style attribute for inline styles (a meter's width); the CSP forbids style
 * attributes in markup, so they are parked in a data attribute the client applies through the
 * CSSOM before hydrating. Without JavaScript those decorative widths are simply absent.
 */
export function parkStyles(html: string): string {
  return html.replace(/(<[a-z][^<>]*?\s)style="/g, `$1${STYLE_ATTRIBUTE}="`);
}

/** The shell with one page's markup in #root and its own head. */
export function pageDocument(
  shell: string,
  page: PrerenderedPage,
  siteUrl: string,
  links = '',
): string {
  const canonical = new URL(page.path, siteUrl).href;
  const replaced = shell
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${page.title} — Pathfinder`)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
    )
    .replace(
      '</head>',
      `${links}  <link rel="canonical" href="${escapeHtml(canonical)}" />\n  </head>`,
    )
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-path="${escapeHtml(page.path)}">${parkStyles(page.html)}</div>`,
    );
  if (!replaced.includes(`data-path="${escapeHtml(page.path)}"`))
    throw new Error('prerender: the built index.html has no empty <div id="root"></div>');
  return replaced;
}

export function sitemap(pages: readonly Pick<PrerenderedPage, 'path'>[], siteUrl: string): string {
  const urls = pages.map(
    (p) => `  <url><loc>${escapeHtml(new URL(p.path, siteUrl).href)}</loc></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

async function renderPages(root: string, dataDir: string): Promise<PrerenderedPage[]> {
  const result = readCatalogue(dataDir);
  if (!result.ok)
    throw new Error(
      `The catalogue in ${dataDir} is invalid:\n${result.issues.map(formatIssue).join('\n')}`,
    );
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [cataloguePlugin({ dir: dataDir })],
    resolve: { alias: { '@': resolve(root, 'src') } },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      renderPublicPages: (catalogue: unknown) => Promise<PrerenderedPage[]>;
    };
    return await entry.renderPublicPages(result.catalogue);
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(options: { dataDir?: string; siteUrl?: string } = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'pathfinder-prerender',
    configResolved(config) {
      root = config.root;
    },
    // Static hosts differ; `vite preview` is ours: pages it has no file for get the shell.
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const accept = req.headers.accept ?? '';
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = decodeURIComponent(url.pathname);
        if (
          req.method === 'GET' &&
          accept.includes('text/html') &&
          !/\.\w+$/.test(path) &&
          existsSync(join(outDir, SHELL_FILE)) &&
          !existsSync(join(outDir, path === '/' ? 'index.html' : `${path}.html`)) &&
          !existsSync(join(outDir, path, 'index.html'))
        )
          req.url = `/${SHELL_FILE}${url.search}`;
        next();
      });
    },
    async writeBundle(output, bundle) {
      const outDir = resolve(root, output.dir ?? 'dist');
      const siteUrl = options.siteUrl ?? process.env.PF_SITE_URL ?? DEFAULT_SITE_URL;
      const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
      writeFileSync(join(outDir, SHELL_FILE), shell);
      const pages = await renderPages(root, resolve(root, options.dataDir ?? 'data'));
      const assets = routeAssets(bundle, root);
      for (const page of pages) {
        const file = join(outDir, fileForPath(page.path));
        mkdirSync(dirname(file), { recursive: true });
        const needs = assets.get(page.module);
        const links = headLinks(shell, needs);
        writeFileSync(file, pageDocument(deferScripts(shell, needs), page, siteUrl, links));
      }
      writeFileSync(join(outDir, 'sitemap.xml'), sitemap(pages, siteUrl));
      const robots = join(outDir, 'robots.txt');
      const rules = existsSync(robots) ? readFileSync(robots, 'utf8').trimEnd() : 'User-agent: *';
      writeFileSync(robots, `${rules}\n\nSitemap: ${new URL('/sitemap.xml', siteUrl).href}\n`);
      this.info?.(`prerendered ${pages.length} pages`);
    },
  };
}
