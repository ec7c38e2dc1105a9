import { JWTAuthentication, type AuthStrategy, type AuthStrategyFunctionArgs, type Payload } from 'payload'
import { buildHostAllowList, isAllowedOrigin, type HostAllowList } from '@/domain/hosts'

/**
 * The admin on every host the portal answers.
 *
 * Payload trusts the login cookie only when the request's `Origin` is in `config.csrf`, a list
 * fixed at start-up. The static part of our allow-list (PUBLIC_URL, ADMIN_URL, their www. twins)
 * goes there (`staticCsrfOrigins`); agency domains are data and change at run time, so the
 * `portal-hosts` strategy below reads them (kept in memory for a short time, re-read before
 * refusing an unknown origin) and accepts the cookie from any allowed origin, in every process.
 * `serverURL` stays unset so that the admin's own API calls go to the host it was opened on.
 */
const env = () => ({
  publicUrl: process.env.PUBLIC_URL,
  adminUrl: process.env.ADMIN_URL,
  development: process.env.NODE_ENV !== 'production',
})

/** The exact origins for Payload's `csrf` option (never empty: an empty list trusts every origin). */
export function staticCsrfOrigins(): string[] {
  const { origins } = buildHostAllowList(env())
  return origins.length ? origins : ['http://localhost:3000']
}

const FRESH_MS = 30_000
/** An unknown origin re-reads the domains at most this often (a new agency domain works at once). */
const RECHECK_MS = 5_000

interface Cached {
  list: HostAllowList
  at: number
  pending?: Promise<HostAllowList>
}
const cache = new WeakMap<Payload, Cached>()

async function loadAllowList(payload: Payload): Promise<HostAllowList> {
  const found = await payload.find({
    collection: 'agencies',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { domains: true },
  })
  const domains = found.docs.flatMap((a) => (a.domains ?? []).map((d) => d.domain))
  return buildHostAllowList({ ...env(), agencyDomains: domains })
}

/** The allow-list with the agencies' current domains; `maxAgeMs` says how old a copy may be. */
export async function hostAllowList(payload: Payload, maxAgeMs = FRESH_MS): Promise<HostAllowList> {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < maxAgeMs) return cached.list
  if (cached?.pending) return cached.pending
  const entry: Cached = cached ?? { list: buildHostAllowList(env()), at: 0 }
  entry.pending = loadAllowList(payload)
    .then((list) => {
      entry.list = list
      entry.at = Date.now()
      return list
    })
    .catch((err: unknown) => {
      payload.logger.warn({ err, msg: 'admin host allow-list: agency domains could not be read' })
      entry.at = Date.now()
      return entry.list
    })
    .finally(() => {
      entry.pending = undefined
    })
  cache.set(payload, entry)
  return entry.pending
}

function cookieValue(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null
  }
  return null
}

/** Set on the request when a login cookie came from an origin that is not the portal's. */
export const REFUSED_ORIGIN = 'refusedOrigin'

async function authenticate(args: AuthStrategyFunctionArgs) {
  const { headers, payload, req } = args
  const origin = headers.get('origin')
  // Without an Origin, or from an origin Payload already trusts, Payload's own strategy decides.
  if (!origin || payload.config.csrf.includes(origin)) return { user: null }
  if (!cookieValue(headers, `${payload.config.cookiePrefix}-token`)) return { user: null }
  let list = await hostAllowList(payload)
  if (!isAllowedOrigin(origin, list)) list = await hostAllowList(payload, RECHECK_MS)
  if (!isAllowedOrigin(origin, list)) {
    if (req) req.context[REFUSED_ORIGIN] = origin
    return { user: null }
  }
  // The origin is one of ours: let Payload verify the cookie as it would for serverURL.
  const trusted = new Headers(headers)
  trusted.delete('origin')
  trusted.set('sec-fetch-site', 'same-origin')
  return JWTAuthentication({ ...args, headers: trusted, strategyName: 'local-jwt' })
}

export const portalHostsStrategy: AuthStrategy = { name: 'portal-hosts', authenticate }
