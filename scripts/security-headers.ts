/**
 * The response headers a deployment of the built app should send
 * (docs/security.md). `vite preview` sends them, so the e2e tests run under
 * them. index.html carries the same policy in a <meta> for hosts that send
 * no headers; `frame-ancestors` only works as a header.
 */

/** The Content-Security-Policy of index.html's <meta>, directive by directive. */
export const CSP_DIRECTIVES = [
  'default-src \'self\'',
  'script-src \'self\'',
  'worker-src \'self\' blob:',
  // Naive UI (css-render) inserts <style> elements at run time: see docs/security.md.
  'style-src \'self\' \'unsafe-inline\'',
  'img-src \'self\' data: blob:',
  'font-src \'self\' data:',
  'connect-src \'self\'',
  'object-src \'none\'',
  'base-uri \'self\'',
  'form-action \'none\'',
] as const

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [...CSP_DIRECTIVES, 'frame-ancestors \'none\''].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}
