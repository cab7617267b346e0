/**
 * Adds the Content-Security-Policy to the built index.html (not in dev, where Vite injects inline
 * styles for hot reloading). Everything comes from our own origin; the one inline script allowed
 * is the prerendered pages' boot script, by its hash (scripts/lib/boot-script.ts).
 */
import type { Plugin } from 'vite';
import { BOOT_SCRIPT_HASH } from './boot-script';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'pathfinder-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
