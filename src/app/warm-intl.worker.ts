/**
 * Runs in a worker (src/app/warm-intl.ts): builds the Intl formats the pages use, so ICU loads
 * their locale data here, off the main thread. ICU's data is shared by the whole page process,
 * so the page's own formatters (src/shared/format, the quiz) are then cheap to build; the first
 * one built on the main thread used to take a long task of its own (issue 11).
 */
new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
}).format(1);
new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(['a', 'b']);
new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(0);
new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(0);
(globalThis as unknown as { postMessage: (message: unknown) => void }).postMessage('warm');
