/**
 * The portal's security headers, in one place. Plain JavaScript (ESM) because next.config.js,
 * which Node loads without a TypeScript step, imports it; TypeScript code (src/proxy.ts, the API
 * route, tests) imports it too.
 *
 * Content-Security-Policy, one per kind of response, set for every response by next.config.js
 * `headers()` (evaluated at build time — the policies depend on nothing in the environment):
 *
 * - public pages (and every other path): only this origin ('self'), nothing from another
 *   origin; no 'unsafe-eval'. `script-src` needs 'unsafe-inline': the App Router writes the page's
 *   React Server Components payload as inline `<script>self.__next_f.push(…)</script>` elements,
 *   different on every page. The alternatives are a per-request nonce (which makes every page
 *   render per request: no ISR cache) or hashes (unknowable before the page is rendered), so the
 *   cached pages keep 'unsafe-inline' — with no third-party origin, `object-src 'none'` and
 *   `base-uri 'self'`, an injected script still cannot load code from elsewhere. `style-src`
 *   needs 'unsafe-inline' for React `style` attributes.
 * - `/admin`: the same policy (Payload's admin runs without 'unsafe-eval', checked in Chromium
 *   on the login, dashboard and edit views: see e2e/security-headers.spec.ts).
 * - `/api` (JSON and stored files): `default-src 'none'` — nothing in a response of the API
 *   may run or load anything, even if a file slipped past the upload checks.
 *
 * `next dev` adds what React's development build and hot reloading need ('unsafe-eval', ws:);
 * never in a production build.
 *
 * Strict-Transport-Security is decided at run time from PUBLIC_URL (one build serves any
 * environment): see `runtimeSecurityHeaders`, applied by src/proxy.ts (pages, /admin) and by the
 * API route (src/app/(payload)/api/[...slug]/route.ts), with no I/O per request.
 */

/** @typedef {Record<string, string[]>} Directives */

/** @type {Directives} */
const PAGE = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  // Live preview and the admin's document previews frame our own pages only.
  'frame-src': ["'self'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

/** @type {Directives} */
const API = {
  'default-src': ["'none'"],
  // The browser's own viewer for an image or a PDF opened directly.
  'img-src': ["'self'"],
  'media-src': ["'self'"],
  'style-src': ["'unsafe-inline'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

/**
 * @param {Directives} directives
 * @param {{ dev?: boolean }} [options]
 * @returns {string}
 */
export function serializePolicy(directives, { dev = false } = {}) {
  /** @type {Directives} */
  const d = { ...directives }
  if (dev && d['script-src']) d['script-src'] = [...d['script-src'], "'unsafe-eval'"]
  if (dev && d['connect-src']) d['connect-src'] = [...d['connect-src'], 'ws:', 'wss:']
  return Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/**
 * The Content-Security-Policy of a kind of response.
 * @param {'page' | 'admin' | 'api'} kind
 * @param {{ dev?: boolean }} [options]
 */
export function contentSecurityPolicy(kind, options = {}) {
  return serializePolicy(kind === 'api' ? API : PAGE, options)
}

/** Headers every response carries (they depend on nothing in the environment). */
export const STATIC_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/**
 * The rules for next.config.js `headers()`. When several rules match a path, Next.js applies them
 * in order and a later value of the same header wins: the general policy first, then /api and
 * /admin.
 * @param {{ dev?: boolean }} [options]
 */
export function nextHeaderRules(options = {}) {
  const csp = (/** @type {'page' | 'admin' | 'api'} */ kind) => ({ key: 'Content-Security-Policy', value: contentSecurityPolicy(kind, options) })
  return [
    { source: '/:path*', headers: [...STATIC_HEADERS, csp('page')] },
    { source: '/api/:path*', headers: [csp('api')] },
    { source: '/admin', headers: [csp('admin')] },
    { source: '/admin/:path*', headers: [csp('admin')] },
  ]
}

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains'

/**
 * Headers decided at run time from the environment: HSTS when the portal's public address is
 * https (PUBLIC_URL). Computed once per process by the callers.
 * @param {string | undefined} publicUrl
 * @returns {[string, string][]}
 */
export function runtimeSecurityHeaders(publicUrl) {
  return /^https:\/\//i.test(publicUrl ?? '') ? [['Strict-Transport-Security', HSTS_VALUE]] : []
}

/**
 * Sets `headers` on a response, returning it. A response whose headers are immutable (a fetched
 * Response passed through) is copied.
 * @template {Response} R
 * @param {R} response
 * @param {[string, string][]} headers
 * @returns {R | Response}
 */
export function withHeaders(response, headers) {
  if (headers.length === 0) return response
  try {
    for (const [key, value] of headers) response.headers.set(key, value)
    return response
  } catch {
    const copy = new Response(response.body, response)
    for (const [key, value] of headers) copy.headers.set(key, value)
    return copy
  }
}
