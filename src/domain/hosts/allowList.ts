/**
 * Which browser origins may use a staff member's login cookie (pure rules, no Payload).
 *
 * A cookie sent with a request whose `Origin` is on the allow-list is trusted (the page that
 * sent it is one of the portal's own addresses); from any other origin it is ignored, which is
 * what keeps another web site from acting with an editor's session (CSRF). The list is built
 * from every host the portal answers: PUBLIC_URL, ADMIN_URL, their `www.` twins, the agencies'
 * own domains (data, changed at run time) and, on a development or loopback deployment, local
 * addresses on any port.
 */
export interface AllowListInput {
  publicUrl?: string | null
  adminUrl?: string | null
  /** Agencies' `domains` rows (host names, as stored). */
  agencyDomains?: readonly (string | null | undefined)[]
  /** True outside production: local addresses are allowed on any port. */
  development?: boolean
}

export interface HostAllowList {
  /** Exact origins (`scheme://host[:port]`, lower case, no default port, no trailing slash). */
  origins: string[]
  /** Loopback hosts (localhost, 127.0.0.1, [::1]) on any port and scheme. */
  loopback: boolean
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

function parse(value: string | null | undefined): URL | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** `https://Example.vn:443/x/` → `https://example.vn`; null when not an http(s) origin. */
export function normaliseOrigin(value: string | null | undefined): string | null {
  if (!value || value === 'null') return null
  return parse(value)?.origin.toLowerCase() ?? null
}

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase())
}

/** The `www.` twin of a host name (`www.a.vn` ↔ `a.vn`); none for loopback or bare names. */
function wwwTwin(hostname: string): string | null {
  if (isLoopbackHost(hostname) || /^\d+\.\d+\.\d+\.\d+$/.test(hostname) || !hostname.includes('.')) return null
  if (hostname.startsWith('www.')) return hostname.slice(4).includes('.') ? hostname.slice(4) : null
  return `www.${hostname}`
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/

export function buildHostAllowList(input: AllowListInput): HostAllowList {
  const origins = new Set<string>()
  const add = (url: URL, hostname = url.hostname) => {
    const copy = new URL(url.origin)
    copy.hostname = hostname
    origins.add(copy.origin.toLowerCase())
  }
  const base = parse(input.publicUrl)
  for (const url of [base, parse(input.adminUrl)]) {
    if (!url) continue
    add(url)
    const twin = wwwTwin(url.hostname)
    if (twin) add(url, twin)
  }
  // Agency domains are served on PUBLIC_URL's scheme (https in production), on the default port
  // and, when PUBLIC_URL names one, on its port too (a test server behind /etc/hosts).
  const scheme = base?.protocol ?? 'https:'
  for (const raw of input.agencyDomains ?? []) {
    const host = (raw ?? '').trim().toLowerCase().replace(/\.$/, '')
    if (!DOMAIN.test(host)) continue
    origins.add(`${scheme}//${host}`)
    if (base?.port) origins.add(`${scheme}//${host}:${base.port}`)
  }
  return {
    origins: [...origins].sort(),
    loopback: Boolean(input.development) || Boolean(base && isLoopbackHost(base.hostname)),
  }
}

/** True when a request from `origin` may use the login cookie. */
export function isAllowedOrigin(origin: string | null | undefined, list: HostAllowList): boolean {
  const normal = normaliseOrigin(origin)
  if (!normal) return false
  if (list.origins.includes(normal)) return true
  return list.loopback && isLoopbackHost(new URL(normal).hostname)
}
