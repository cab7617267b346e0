// @vitest-environment jsdom
/**
 * The production build's prerendered pages, read from the built files: each role page holds its
 * title, definition and skills with its own head; the shell, sitemap, robots.txt and service
 * worker fit around them. One real `vite build` (the project's config) into a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '@/catalogue/schema';
import {
  fileForPath,
  pageDocument,
  parkStyles,
  sitemap,
  SHELL_FILE,
} from '../../scripts/lib/prerender-plugin';
import { BOOT_SCRIPT } from '../../scripts/lib/boot-script';
import { readCatalogue } from '../../scripts/lib/read-catalogue';

const SITE = 'https://pathfinder.test';
const result = readCatalogue('data');
if (!result.ok) throw new Error('data/ is invalid; run npm run data:check');
const catalogue: Catalogue = result.catalogue;
const skillName = new Map(catalogue.skills.map((s) => [s.id, s.name]));

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'pf-prerender-'));
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    env: { ...process.env, PF_OUT_DIR: out, PF_SITE_URL: SITE },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}${build.stdout}`);
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(out, file), 'utf8');
const parse = (file: string) => new DOMParser().parseFromString(read(file), 'text/html');
/** Text as a reader sees it: whitespace collapsed. */
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the prerendered role pages', () => {
  it('give every role its own page with its title, definition and skills, readable without JavaScript', () => {
    for (const role of catalogue.roles) {
      const doc = parse(`roles/${role.id}.html`);
      const root = doc.getElementById('root')!;
      expect(root.dataset.path).toBe(`/roles/${role.id}`);
      expect(words(root.querySelector('h1')?.textContent)).toBe(role.title);
      const body = words(root.textContent);
      expect(body).toContain(words(role.definition));
      const skills = [...root.querySelectorAll('#skills h3')].map((h) => words(h.textContent));
      expect(skills.sort()).toEqual(role.skills.map((s) => skillName.get(s.skill)).sort());
      // Its own head: title, description and an absolute canonical link.
      expect(doc.title).toBe(`${role.title} — Pathfinder`);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        role.summary,
      );
      const canonical = doc.querySelectorAll('link[rel="canonical"]');
      expect(canonical).toHaveLength(1);
      expect(canonical[0]!.getAttribute('href')).toBe(`${SITE}/roles/${role.id}`);
    }
  }, 60_000);

  it("load their route's styles up front, and their code only after the first paint", () => {
    const doc = parse('roles/data-analyst.html');
    const sheets = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
      l.getAttribute('href'),
    );
    expect(sheets.length).toBeGreaterThan(1);
    for (const href of sheets) expect(existsSync(join(out, href!)), href!).toBe(true);
    // No script or preload the browser would fetch while the CSS is still on its way...
    expect(doc.querySelectorAll('script[src], link[rel="modulepreload"]')).toHaveLength(0);
    // ...only the boot script, naming the shell's entry and the route's chunks, route module first.
    const boot = doc.querySelector<HTMLScriptElement>('script[data-entry]')!;
    expect(boot.textContent).toBe(BOOT_SCRIPT);
    const shellEntry = parse(SHELL_FILE).querySelector('script[type="module"]')!;
    expect(boot.dataset.entry).toBe(shellEntry.getAttribute('src'));
    const chunks = boot.dataset.preload!.split(' ');
    expect(chunks[0]).toMatch(/^\/assets\/role-[\w-]+\.js$/);
    for (const href of [boot.dataset.entry!, ...chunks])
      expect(existsSync(join(out, href)), href).toBe(true);
    // The shell loads only the entry, directly: no route's code or styles.
    expect(parse(SHELL_FILE).querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    expect(parse(SHELL_FILE).querySelectorAll('script:not([src])')).toHaveLength(0);
  });

  it('carry no inline script but the boot script the CSP allows by hash, and no style attribute', () => {
    for (const file of ['index.html', 'roles.html', 'about.html', 'roles/data-analyst.html']) {
      const doc = parse(file);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(csp, file).not.toBeNull();
      const inline = [...doc.querySelectorAll('script:not([src])')];
      expect(inline, file).toHaveLength(1);
      const hash = createHash('sha256').update(inline[0]!.textContent!).digest('base64');
      expect(csp!.getAttribute('content'), file).toContain(`'sha256-${hash}'`);
      expect(doc.querySelectorAll('#root [style]'), file).toHaveLength(0);
    }
  });
});

const SEED_COMPARISONS = catalogue.comparisons.filter((c) => c.source.kind === 'seed');
const role = (id: string) => catalogue.roles.find((r) => r.id === id)!;

describe('the prerendered seed comparisons', () => {
  it('give each seed pair a page at /compare/:a/:b with both roles, side by side, and its own head', () => {
    expect(SEED_COMPARISONS.map((c) => [c.a, c.b])).toEqual([
      ['data-manager', 'lead-machine-learning-engineer'],
      ['data-operations-manager', 'machine-learning-software-engineer'],
    ]);
    for (const comparison of SEED_COMPARISONS) {
      const path = `/compare/${comparison.a}/${comparison.b}`;
      const doc = parse(`compare/${comparison.a}/${comparison.b}.html`);
      const root = doc.getElementById('root')!;
      expect(root.dataset.path).toBe(path);
      expect(words(root.querySelector('h1')?.textContent)).toBe(comparison.title);
      const body = words(root.textContent);
      expect(body).toContain(words(comparison.intro));
      const [a, b] = [role(comparison.a), role(comparison.b)];
      // Both roles in every topic: titles, definitions, duties, required skills and pay.
      const duties = [...root.querySelectorAll('section')].find(
        (s) => words(s.querySelector('h2')?.textContent) === 'Responsibilities',
      )!;
      expect([...duties.querySelectorAll('h3')].map((h) => words(h.textContent))).toEqual([
        a.title,
        b.title,
      ]);
      for (const r of [a, b]) {
        expect(body).toContain(words(r.definition));
        expect(body).toContain(words(r.responsibilities[0]));
        for (const s of r.skills) expect(body).toContain(skillName.get(s.skill));
      }
      expect(body).toMatch(/Skills that differ/);
      expect(body).toMatch(/\$\d{2,3},\d{3}/);
      expect(doc.title).toBe(`${comparison.title} — Pathfinder`);
      expect(
        comparison.intro.startsWith(
          doc.querySelector('meta[name="description"]')!.getAttribute('content')!,
        ),
      ).toBe(true);
      const canonical = doc.querySelectorAll('link[rel="canonical"]');
      expect(canonical).toHaveLength(1);
      expect(canonical[0]!.getAttribute('href')).toBe(`${SITE}${path}`);
      expect(read('sw.js')).toContain(`"compare/${comparison.a}/${comparison.b}.html"`);
      // Both roles' pages link to it from their seed note.
      for (const id of [comparison.a, comparison.b])
        expect(
          parse(`roles/${id}.html`).querySelector(`#root a[href="${path}"]`),
          id,
        ).not.toBeNull();
    }
  });
});

describe('the other prerendered pages and files', () => {
  it('render home, the role list and about with their content', () => {
    const home = parse('index.html');
    expect(home.getElementById('root')?.dataset.path).toBe('/');
    expect(words(home.querySelector('h1')?.textContent)).toMatch(/career that fits your skills/);
    expect(words(home.body.textContent)).toContain(`ranks ${catalogue.roles.length} roles`);
    const roles = parse('roles.html');
    const links = [...roles.querySelectorAll('#root a[href^="/roles/"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(new Set(links)).toEqual(new Set(catalogue.roles.map((r) => `/roles/${r.id}`)));
    expect(words(parse('about.html').querySelector('h1')?.textContent)).toBe('About Pathfinder');
  });

  it('keep an empty shell for every other address, and the service worker falls back to it', () => {
    const shell = parse(SHELL_FILE);
    expect(shell.getElementById('root')?.childElementCount).toBe(0);
    expect(shell.getElementById('root')?.dataset.path).toBeUndefined();
    const sw = read('sw.js');
    expect(sw).toContain(`"/${SHELL_FILE}"`);
    for (const file of ['index.html', 'roles.html', 'about.html', 'roles/data-analyst.html'])
      expect(sw, file).toContain(`"${file}"`);
  });

  it('list every public page in sitemap.xml, named by robots.txt', () => {
    const urls = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${SITE}/`,
        `${SITE}/roles`,
        `${SITE}/about`,
        ...catalogue.roles.map((r) => `${SITE}/roles/${r.id}`),
      ]),
    );
    expect(urls).toEqual(
      expect.arrayContaining(SEED_COMPARISONS.map((c) => `${SITE}/compare/${c.a}/${c.b}`)),
    );
    expect(urls).toHaveLength(catalogue.roles.length + 3 + SEED_COMPARISONS.length);
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(existsSync(join(out, 'roles', 'no-such-role.html'))).toBe(false);
  });
});

describe('prerender helpers', () => {
  const page = {
    path: '/roles/a',
    title: 'A & B',
    description: 'Says "hi"',
    module: 'src/routes/role.tsx',
    html: '<span class="meter"><span style="width:80%"></span></span>',
  };
  const shell =
    '<html><head><meta name="description" content="x" /><title>T</title></head><body><div id="root"></div></body></html>';

  it('writes the page into the shell with its escaped head and parks style attributes', () => {
    const html = pageDocument(shell, page, SITE);
    expect(html).toContain('<title>A &amp; B — Pathfinder</title>');
    expect(html).toContain('<meta name="description" content="Says &quot;hi&quot;" />');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/roles/a" />`);
    expect(html).toContain('<span data-prerender-style="width:80%"></span>');
    expect(parkStyles('<p>style="not an attribute"</p>')).toBe('<p>style="not an attribute"</p>');
  });

  it('refuses a shell without an empty root, maps addresses to files and escapes the sitemap', () => {
    expect(() => pageDocument('<div id="app"></div>', page, SITE)).toThrow(/no empty/);
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/roles/a')).toBe('roles/a.html');
    expect(sitemap([{ path: '/a?b&c' }], SITE)).toContain(`<loc>${SITE}/a?b&amp;c</loc>`);
  });
});
