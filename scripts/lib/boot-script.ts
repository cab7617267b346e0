/**
 * How a prerendered page starts its code: after its first paint, not before (issue 11).
 *
 * A prerendered page is readable as soon as its HTML and CSS arrive; its JavaScript only hydrates
 * it. If the page names its entry script and module preloads in the head, the browser fetches
 * ~110 KB gzip of code alongside the CSS, and on a slow link that download competes with the
 * render-blocking CSS and delays the first paint. So the prerender plugin replaces them with this
 * small inline script, which reads the entry and the route's chunks from its own data attributes
 * and adds them once the browser reports the first contentful paint (the paint entry comes after
 * the frame is on screen; a frame callback alone can run before it is). Browsers without paint
 * timing start one frame later; a background tab, where frames never come, starts at once; and
 * after 5 s the code starts whatever happened. Without JavaScript the page is read as it is.
 *
 * It is inline so it costs no request; the Content-Security-Policy allows exactly this text by its
 * SHA-256 hash (scripts/lib/csp-plugin.ts), so keep it one constant string: any edit changes the
 * hash, which the CSP and public/_headers pick up (tests/scripts/csp-headers.test.ts checks both).
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './html';

export const BOOT_SCRIPT =
  '(()=>{const d=document.currentScript.dataset;let started=false;' +
  'const start=()=>{if(started)return;started=true;' +
  "for(const href of (d.preload||'').split(' ').filter(Boolean)){" +
  "const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=href;document.head.append(l)}" +
  "const s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=d.entry;document.head.append(s)};" +
  "if(document.visibilityState==='hidden')return start();" +
  "if((self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[]).includes('paint')){" +
  "new PerformanceObserver((list,observer)=>{if(list.getEntriesByName('first-contentful-paint').length){" +
  "observer.disconnect();setTimeout(start,0)}}).observe({type:'paint',buffered:true});" +
  'setTimeout(start,5000)}' +
  'else requestAnimationFrame(()=>setTimeout(start,0))})()';

/** The CSP source that allows BOOT_SCRIPT and no other inline script. */
export const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/** The inline boot script that loads `entry` after the first paint, preloading `preload` first. */
export function bootScriptTag(entry: string, preload: readonly string[]): string {
  return (
    `<script data-entry="${escapeHtml(entry)}" data-preload="${escapeHtml(preload.join(' '))}">` +
    `${BOOT_SCRIPT}</script>`
  );
}
