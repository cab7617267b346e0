// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/csp-plugin';

const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
const header = (name: string) =>
  new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(headers)?.[1]?.trim() ?? null;

describe('public/_headers', () => {
  it('sends the same Content-Security-Policy as the built page, plus frame-ancestors', () => {
    expect(header('Content-Security-Policy')).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  it('forbids framing and sniffing, and sends no referrer', () => {
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
  });

  it('never lets a cache hold on to the page or the service worker', () => {
    expect(headers).toMatch(/^\/index\.html\n\s+Cache-Control: no-cache$/m);
    expect(headers).toMatch(/^\/sw\.js\n\s+Cache-Control: no-cache$/m);
  });
});
