/**
 * The journeys' shared `test`: every test fails if the page requested anything outside its own
 * origin (privacy: nothing a person enters leaves the browser) or broke the Content-Security-Policy
 * (any `securitypolicyviolation` event, logged or not).
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ privacyGuard: void }>({
  privacyGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      const cspViolations: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about|chrome-extension):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      // Chrome does not log every violation (zod's caught `new Function` probe, for one) to the
      // console, so each document reports its securitypolicyviolation events through a binding.
      await page.exposeBinding('__pfReportCspViolation', (_source, text: string) => {
        cspViolations.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (text: string) => void>)
            .__pfReportCspViolation;
          report?.(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      await use();
      expect(foreign, 'requests that left the page origin').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
