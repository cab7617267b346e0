/**
 * A tiny static host for the benchmark: serves a built folder the way a real static host does,
 * with gzip for text files (as Netlify, Vercel or nginx with `gzip on` would), prerendered pages
 * by clean URL (/roles -> roles.html) and an SPA fallback to app.html (or index.html) for any
 * other path. No caching headers matter: every page load starts in a fresh browser context with
 * an empty cache.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port`; resolves once it is listening. */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();

  async function fileFor(pathname: string): Promise<string> {
    const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.(\/|\\|$))+/, '');
    const candidate = join(root, clean);
    if (candidate.startsWith(root + sep) || candidate === root) {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) return candidate;
      if (info?.isDirectory()) {
        const index = join(candidate, 'index.html');
        if (await stat(index).catch(() => null)) return index;
      }
      // A prerendered page: /roles/x is roles/x.html (scripts/lib/prerender-plugin.ts).
      const page = `${candidate}.html`;
      if ((await stat(page).catch(() => null))?.isFile()) return page;
    }
    // SPA fallback: the empty shell when the build has one, else index.html.
    const shell = join(root, 'app.html');
    return (await stat(shell).catch(() => null)) ? shell : join(root, 'index.html');
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const file = await fileFor(url.pathname);
        const ext = extname(file);
        let body: Buffer = await readFile(file);
        const headers: Record<string, string> = {
          'content-type': TYPES[ext] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        };
        if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          let gz = gzipCache.get(file);
          if (!gz) {
            gz = gzipSync(body, { level: 6 });
            gzipCache.set(file, gz);
          }
          body = gz;
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
        headers['content-length'] = String(body.length);
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
