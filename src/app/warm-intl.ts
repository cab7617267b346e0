/**
 * Loads ICU's locale data for the page's number, list and date formats in a worker
 * (./warm-intl.worker.ts), off the main thread. Resolves once it is done, or after `timeoutMs`
 * (or at once where workers are missing): waiting is only ever an optimisation.
 */
export function warmIntl(timeoutMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    try {
      worker = new Worker(new URL('./warm-intl.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
}
