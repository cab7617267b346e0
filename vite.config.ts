/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cataloguePlugin } from './scripts/lib/catalogue-plugin';

export default defineConfig({
  plugins: [react(), cataloguePlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Separate output folders let parallel Playwright runs build without clobbering each other.
    outDir: process.env.PF_OUT_DIR ?? 'dist',
    sourcemap: false,
  },
  preview: { port: Number(process.env.PW_PORT ?? 4173), strictPort: true },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
  },
});
