import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from '@/app/warm-intl';

class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor(readonly url: URL | string) {
    FakeWorker.last = this;
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('warmIntl', () => {
  it('resolves once the worker has built the formats, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warm = warmIntl();
    const worker = FakeWorker.last!;
    expect(String(worker.url)).toMatch(/warm-intl\.worker/);
    worker.onmessage!();
    await expect(warm).resolves.toBeUndefined();
    expect(worker.terminated).toBe(true);
  });

  it('never holds the page up: it gives up after the timeout, or at once without workers', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const slow = warmIntl(1000);
    vi.advanceTimersByTime(1000);
    await expect(slow).resolves.toBeUndefined();
    expect(FakeWorker.last!.terminated).toBe(true);
    vi.stubGlobal('Worker', undefined);
    await expect(warmIntl()).resolves.toBeUndefined();
  });
});
