import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';

// Several runs can share a machine: each picks its port and build folder.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PF_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // Parallel runs on one machine must not wipe each other's artifacts.
  outputDir: outDir === 'dist' ? 'test-results' : `test-results-${outDir}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 45_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // `npm test` builds before this step; build here only when the folder is missing.
    command: `test -f ${outDir}/index.html || npx vite build; npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
