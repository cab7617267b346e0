/**
 * Runs zod without its JIT. Zod 4 probes for eval with `new Function('')` when it builds its first
 * object schema; under our CSP (no 'unsafe-eval') the probe is caught but still raises a
 * `script-src` securitypolicyviolation on every load. Chunks load in different orders (a route's
 * validator may come before the stored-answers schemas), so every module that builds schemas
 * (catalogue/schema, store/sanitize, share/codec) imports this one before zod.
 */
import { z } from 'zod';

z.config({ jitless: true });
