import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the app with the project's own Vite config into `outDir` (relative to `root`). */
export function buildApp(root: string, outDir: string): void {
  console.log(`Building the app into ${outDir}/ ...`);
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, PF_OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    // The end of the output names the failing module; the start is config-loader noise.
    const output = `${result.stdout}\n${result.stderr}`.trim();
    throw new Error(`vite build failed (exit ${result.status}):\n${output.slice(-4000)}`);
  }
}
