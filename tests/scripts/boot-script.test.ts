// @vitest-environment jsdom
/**
 * The prerendered pages' inline boot script (scripts/lib/boot-script.ts), run in a DOM: it adds
 * the route's module preloads and then the entry script once the first contentful paint is
 * reported (one frame later where paint timing is missing), and at once in a background tab.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  inPage('delete self.PerformanceObserver');
  vi.useRealTimers();
});

/**
 * Runs `code` in the page's own script context (jsdom's, not this file's global), with `stub`
 * handed over on the document, which both sides share.
 */
function inPage(code: string, stub?: unknown) {
  Object.assign(document, { stub });
  const script = document.createElement('script');
  script.textContent = code;
  document.body.append(script);
  script.remove();
}

/** A PerformanceObserver that supports paint timing; `paint(name)` reports a paint entry. */
function stubPaintTiming() {
  const observers: { callback: PerformanceObserverCallback; observer: object }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(private callback: PerformanceObserverCallback) {}
    observe(options: PerformanceObserverInit) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      observers.push({ callback: this.callback, observer: this });
    }
    disconnect() {
      const i = observers.findIndex((o) => o.observer === this);
      if (i >= 0) observers.splice(i, 1);
    }
  }
  inPage('self.PerformanceObserver = document.stub', FakeObserver);
  return {
    paint(name: string) {
      const list = { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) };
      for (const o of [...observers])
        o.callback(
          list as unknown as PerformanceObserverEntryList,
          o.observer as PerformanceObserver,
        );
    },
    observing: () => observers.length,
  };
}

describe('the boot script', () => {
  it('waits for the first contentful paint, not just any paint, then loads the code', async () => {
    const timing = stubPaintTiming();
    boot(CHUNKS);
    await frame();
    expect(entries()).toHaveLength(0);
    timing.paint('first-paint');
    await frame();
    expect(entries()).toHaveLength(0);
    timing.paint('first-contentful-paint');
    expect(timing.observing()).toBe(0);
    await frame();
    expect(preloads()).toEqual(CHUNKS);
    expect(entries().map((e) => e.getAttribute('src'))).toEqual([ENTRY]);
  });

  it('starts after 5 s even if no paint is ever reported', () => {
    vi.useFakeTimers();
    stubPaintTiming();
    boot(CHUNKS);
    vi.advanceTimersByTime(4_900);
    expect(entries()).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(entries()).toHaveLength(1);
  });

  it('without paint timing, adds nothing before the first frame, then the preloads in order and the entry last', async () => {
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
