/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cataloguePlugin } from './scripts/lib/catalogue-plugin';
import { cspPlugin } from './scripts/lib/csp-plugin';
import { prerenderPlugin, SHELL_FILE } from './scripts/lib/prerender-plugin';

export default defineConfig({
  plugins: [
    react(),
    cataloguePlugin(),
    cspPlugin(),
    // Public pages as HTML of their own (before the service worker lists the files to precache).
    prerenderPlugin(),
    VitePWA({
      // The app asks before reloading into a new version (src/app/update-prompt.tsx).
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'Pathfinder — data & AI career paths',
        short_name: 'Pathfinder',
        description: 'Find the data and AI role that fits your skills, and plan how to get there.',
        theme_color: '#1d4ed8',
        background_color: '#f8fafc',
        display: 'standalone',
        start_url: '/',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Precache the whole app, every lazy route chunk and the catalogue asset.
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        // Prerendered pages are precached as files; every other address gets the empty shell.
        navigateFallback: `/${SHELL_FILE}`,
        cleanupOutdatedCaches: true,
        // The first install takes control of the tab that registered it, so "ready to work
        // offline" is true in that tab too. Updates still wait for "Reload to update".
        clientsClaim: true,
      },
    }),
  ],
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
