// @vitest-environment jsdom
/**
 * The prerendered pages' inline boot script (scripts/lib/boot-script.ts), run in a DOM: it adds
 * the route's module preloads and then the entry script, one frame after the page is on screen,
 * and at once in a background tab.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, bootScriptTag } from '../../scripts/lib/boot-script';

const ENTRY = '/assets/index-abc.js';
const CHUNKS = ['/assets/role-1.js', '/assets/answers-2.js'];

/** Runs the boot script as the parser would, from the tag the build writes. */
function boot(chunks: readonly string[]) {
  const parsed = new DOMParser().parseFromString(bootScriptTag(ENTRY, chunks), 'text/html');
  const written = parsed.querySelector('script')!;
  expect(written.textContent).toBe(BOOT_SCRIPT);
  const script = document.createElement('script');
  for (const { name, value } of written.attributes) script.setAttribute(name, value);
  script.textContent = written.textContent;
  document.head.append(script);
}

const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
    l.getAttribute('href'),
  );
const entries = () => [...document.head.querySelectorAll('script[type="module"]')];
const order = () =>
  [...document.head.children].map((el) => el.getAttribute('href') ?? el.getAttribute('src'));
const frame = () => new Promise((resolve) => setTimeout(resolve, 60));

afterEach(() => {
  document.head.replaceChildren();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('the boot script', () => {
  it('adds nothing before the first frame, then the preloads in order and the entry last', async () => {
    boot(CHUNKS);
    expect(entries()).toHaveLength(0);
    expect(preloads()).toEqual([]);
    await frame();
    expect(preloads()).toEqual(CHUNKS);
    expect(entries()).toHaveLength(1);
    expect(entries()[0]!.getAttribute('src')).toBe(ENTRY);
    expect(entries()[0]!.getAttribute('crossorigin')).toBe('');
    expect(order().slice(-3)).toEqual([...CHUNKS, ENTRY]);
  });

  it('starts at once in a background tab, where frames never come', () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    boot(CHUNKS);
    expect(preloads()).toEqual(CHUNKS);
    expect(entries()[0]?.getAttribute('src')).toBe(ENTRY);
  });

  it('loads just the entry, once, when the page has no chunks of its own', async () => {
    boot([]);
    await frame();
    await frame();
    expect(preloads()).toEqual([]);
    expect(entries()).toHaveLength(1);
  });
});
