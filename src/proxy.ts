import { NextResponse, type NextRequest } from 'next/server'
import { negotiateLocale, parsePath } from '@/routes'
import { translateSegments } from '@/routes/table'
import { normaliseHost, routeAgencyHost } from '@/routes/hosts'
import { createHostMapClient, hostMapUrl, portalHosts } from '@/routes/hostMapClient'
import { runtimeSecurityHeaders, withHeaders } from '@/lib/securityHeaders'

/**
 * Request-time routing for the public site (Next.js 16 proxy):
 * 1. `/` and any path without a locale → the visitor's locale from Accept-Language (default vi);
 * 2. a section spelt in the other locale (`/en/tin-tuc`) → permanent redirect to the right one;
 * 3. Vietnamese paths are rewritten onto the folders named by route key (`/vi/tin-tuc` → `/vi/news`);
 * 4. on an agency's own domain (data: agencies.domains) paths map onto that agency's site
 *    (see src/routes/hosts.ts); unknown hosts get the provincial portal.
 * Every answer, and /admin's, carries the headers decided at run time (HSTS when PUBLIC_URL is
 * https; src/lib/securityHeaders.js), computed once per process.
 */
const REWRITTEN = 'x-portal-rewritten'
// Per-process token so a client cannot forge the marker.
const TOKEN = crypto.randomUUID()

// Host → agency map (agencies' own domains), fetched from /api/agencies/host-map with a short TTL.
let hostMapOrigin = ''
const hostMap = createHostMapClient({ url: () => hostMapUrl(hostMapOrigin) })
const PORTAL_HOSTS = portalHosts()

/** The agency served at the request's host, or null for the provincial portal. */
async function agencyForHost(request: NextRequest): Promise<string | null> {
  const host = normaliseHost(request.headers.get('x-forwarded-host') ?? request.headers.get('host'))
  if (!host || PORTAL_HOSTS.has(host)) return null
  hostMapOrigin ||= request.nextUrl.origin
  return (await hostMap.get())[host] ?? null
}

const RUNTIME_HEADERS = runtimeSecurityHeaders(process.env.PUBLIC_URL)

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return withHeaders(NextResponse.next(), RUNTIME_HEADERS)
  return withHeaders(await route(request), RUNTIME_HEADERS)
}

async function route(request: NextRequest) {
  // Next.js may run the proxy again for the rewritten (internal) path: leave it alone.
  if (request.headers.get(REWRITTEN) === TOKEN) return NextResponse.next()
  const { pathname, search } = request.nextUrl
  const { locale, rest } = parsePath(pathname)

  if (!locale) {
    // Root-level files (robots.txt, sitemap.xml, favicon.ico) are served as they are.
    if (rest.length === 1 && rest[0]!.includes('.')) return NextResponse.next()
    const target = negotiateLocale(request.headers.get('accept-language'))
    const url = request.nextUrl.clone()
    url.pathname = `/${[target, ...rest].join('/')}`
    const response = NextResponse.redirect(url, 307)
    response.headers.set('Vary', 'Accept-Language')
    return response
  }

  const canonical = translateSegments(rest, locale, locale)
  if (canonical.misspelt) {
    const url = request.nextUrl.clone()
    url.pathname = `/${[locale, ...canonical.segments].join('/')}`
    return NextResponse.redirect(url, 308)
  }

  // 4. On an agency's own domain the agency site answers at the root (`/vi/tin-tuc` → its news).
  const agency = await agencyForHost(request)
  if (agency) {
    const routing = routeAgencyHost(locale, rest, agency)
    if (routing.kind === 'redirect') {
      const portal = routing.toPortal ? process.env.PUBLIC_URL : undefined
      const url = portal ? new URL(routing.pathname + search, portal) : request.nextUrl.clone()
      if (!portal) url.pathname = routing.pathname
      return NextResponse.redirect(url, routing.status)
    }
    const url = request.nextUrl.clone()
    url.pathname = routing.pathname
    url.search = search
    const headers = new Headers(request.headers)
    headers.set(REWRITTEN, TOKEN)
    return NextResponse.rewrite(url, { request: { headers } })
  }

  // The portal's own pages: Vietnamese paths, list variants and misspelt sections are router rules
  // (next.config.js, src/routes/nextRules.ts), applied after this returns.
  return NextResponse.next()
}

/**
 * Where the proxy runs. Vietnamese paths and misspelt sections are router rules in next.config.js
 * (from the route table), so the proxy is only needed for:
 * - `/` and paths without a locale (Accept-Language negotiation); root-level files such as
 *   robots.txt, sitemap.xml and favicon.ico are left out;
 * - `/vi/…` and `/en/…` unless the request carries `X-Portal-Site`, which the front proxy
 *   (deploy/nginx.conf) sets on the portal's own host names and removes on every other host: an
 *   agency domain still reaches the proxy for its host map, and without a front everything does,
 *   as before. A client that sends the header to `next start` directly only skips agency routing
 *   and HSTS for itself (the front adds HSTS in production). Every invocation of the proxy costs
 *   about a quarter of a cached page's time, even when it returns at once (README "Performance");
 * - the admin panel, for its run-time headers.
 */
export const config = {
  matcher: [
    '/',
    '/((?!vi(?:/|$)|en(?:/|$)|_next/|api/|admin(?:/|$)|[^/]*\\.[^/]*$).*)',
    { source: '/:locale(vi|en)/:path*', missing: [{ type: 'header', key: 'x-portal-site' }] },
    '/admin',
    '/admin/:path*',
  ],
}
