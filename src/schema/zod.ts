/**
 * Zod, configured: every module takes `z` from here, never from 'zod'
 * (eslint's no-restricted-imports says so). Zod 4 decides when a schema is
 * built whether to compile a fast path with `new Function`, probing once with
 * `new Function('')`; under a CSP without 'unsafe-eval' (docs/security.md)
 * that probe is reported as a violation even though Zod catches it. Taking
 * `z` through this module makes `jitless` set before any schema is built, in
 * the page and in every worker, whatever order the bundler puts modules in
 * (an entry module's `z.config()` ran after the schemas of a shared chunk).
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
