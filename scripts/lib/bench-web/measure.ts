/**
 * One cold page load in throttled Chromium: a fresh context (empty cache, no service worker),
 * Lighthouse's mobile "slow 4G" figures applied over CDP, and the page's LCP, long tasks,
 * bytes and requests collected until it is quiet.
 */
import type { Browser } from '@playwright/test';
import { totalBlockingTime, type Sample } from './report';
import { blockingTimeAfter, cumulativeLayoutShift, type LayoutShift } from './score';

/** Lighthouse mobile (simulated slow 4G, mid-range phone), applied through DevTools throttling. */
export const THROTTLING = {
  rttMs: 150,
  downKbps: 1638.4,
  upKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

/** The page is quiet when no request has been open for this long... */
const NETWORK_QUIET_MS = 1000;
/** ...and no long task has ended for this long (page clock); then TBT stops counting. */
const CPU_QUIET_MS = 1500;
const LOAD_TIMEOUT_MS = 30_000;
/** How long after Playwright saw a request finish before a still-open CDP entry counts as a worker's. */
const WORKER_REQUEST_GRACE_MS = 500;

export interface LoadSpec {
  url: string;
  /** Plain JavaScript run before the page's own scripts (e.g. seeding localStorage). */
  initScript?: string;
  /**
   * A global the page sets (in ms from navigation start) when its content is on screen; when
   * given, it replaces LCP as the page's paint figure. Used for the quiz's first question.
   */
  paintMark?: string;
  /** The page's h1 must match this once quiet, so an error page or a 404 never counts as a load. */
  heading: RegExp;
}

/**
 * Registered before any page script: records FCP, LCP candidates, layout shifts and long tasks
 * on window.__bench.
 */
const OBSERVERS = `(() => {
  const b = (window.__bench = { fcp: 0, lcp: 0, lcpElement: '', tasks: [], shifts: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      b.shifts.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.lcp = e.startTime;
      const el = e.element;
      b.lcpElement = el ? el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 40) : e.url || '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface PageState {
  now: number;
  ready: string;
  fcp: number;
  lcp: number;
  shifts: LayoutShift[];
  lcpElement: string;
  mark: number | null;
  tasks: { start: number; duration: number }[];
}

export interface LoadResult extends Sample {
  lcpElement: string;
}

export async function measureLoad(browser: Browser, spec: LoadSpec): Promise<LoadResult> {
  const context = await browser.newContext({
    viewport: THROTTLING.viewport,
    deviceScaleFactor: THROTTLING.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript({ content: OBSERVERS });
    if (spec.initScript) await context.addInitScript({ content: spec.initScript });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);

    /** Open requests by CDP id, with their URL. */
    const open = new Map<string, string>();
    let requests = 0;
    let bytes = 0;
    let lastNetwork = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.startsWith('data:')) return;
      if (!open.has(e.requestId)) requests += 1; // redirects reuse the id
      open.set(e.requestId, e.request.url);
      lastNetwork = Date.now();
    });
    // A worker's script is requested on the page's session but finishes on the worker's, which
    // this session never hears: once Playwright (which follows workers) has seen it finish,
    // count it done with the sizes Playwright reports.
    page.on('requestfinished', (request) => {
      setTimeout(() => {
        for (const [id, url] of open) {
          if (url !== request.url()) continue;
          open.delete(id);
          lastNetwork = Date.now();
          void request
            .sizes()
            .then((s) => (bytes += s.responseHeadersSize + s.responseBodySize))
            .catch(() => undefined);
          break;
        }
      }, WORKER_REQUEST_GRACE_MS);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (open.delete(e.requestId)) bytes += e.encodedDataLength;
      lastNetwork = Date.now();
    });
    cdp.on('Network.loadingFailed', (e) => {
      open.delete(e.requestId);
      lastNetwork = Date.now();
    });

    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.rttMs,
      downloadThroughput: (THROTTLING.downKbps * 1024) / 8,
      uploadThroughput: (THROTTLING.upKbps * 1024) / 8,
      connectionType: 'cellular4g',
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });

    const response = await page.goto(spec.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`${spec.url} answered ${response?.status() ?? 'nothing'}`);

    const markExpr = spec.paintMark ? `window[${JSON.stringify(spec.paintMark)}] ?? null` : 'null';
    const readState = () =>
      page.evaluate(`({
        now: performance.now(),
        ready: document.readyState,
        fcp: window.__bench.fcp,
        lcp: window.__bench.lcp,
        shifts: window.__bench.shifts,
        lcpElement: window.__bench.lcpElement,
        mark: ${markExpr},
        tasks: window.__bench.tasks,
      })`) as Promise<PageState>;

    const started = Date.now();
    let state = await readState();
    for (;;) {
      const painted = spec.paintMark ? state.mark !== null : state.lcp > 0;
      const lastTaskEnd = Math.max(0, ...state.tasks.map((t) => t.start + t.duration));
      const networkQuiet = open.size === 0 && Date.now() - lastNetwork >= NETWORK_QUIET_MS;
      const cpuQuiet = state.now - lastTaskEnd >= CPU_QUIET_MS;
      if (state.ready === 'complete' && painted && networkQuiet && cpuQuiet) break;
      if (Date.now() - started > LOAD_TIMEOUT_MS) {
        throw new Error(
          `${spec.url} never became quiet within ${LOAD_TIMEOUT_MS / 1000} s ` +
            `(painted: ${painted}, open requests: ${open.size}, ms since last long task: ${Math.round(state.now - lastTaskEnd)})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      state = await readState();
    }

    const heading = (await page.evaluate(
      `document.querySelector('h1')?.textContent ?? ''`,
    )) as string;
    if (!spec.heading.test(heading)) {
      throw new Error(`${spec.url} showed the heading "${heading}", expected ${spec.heading}`);
    }

    return {
      lcpMs: spec.paintMark ? state.mark! : state.lcp,
      lcpElement: spec.paintMark ? `mark ${spec.paintMark}` : state.lcpElement,
      tbtMs: totalBlockingTime(state.tasks, 0, state.now),
      fcpMs: state.fcp,
      tbtAfterFcpMs: blockingTimeAfter(state.tasks, state.fcp, state.now),
      cls: cumulativeLayoutShift(state.shifts),
      bytes,
      requests,
    };
  } finally {
    await context.close();
  }
}
