/**
 * Debian's Chromium (never a downloaded browser: nothing can be downloaded here) and the flags
 * every browser run of the project uses: the journeys, bench:web and bench:lighthouse.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
