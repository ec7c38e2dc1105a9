import type { Locale } from './locales'
import { ROUTES, translateSegments } from './table'

/** Host name (lower case, no port, no trailing dot) → slug of the agency served at that host. */
export type HostMap = Record<string, string>

export function normaliseHost(raw: string | null | undefined): string | null {
  if (!raw) return null
  const first = raw.split(',')[0]!.trim().toLowerCase()
  // "[::1]:3000" → "[::1]"; "example.vn:443" → "example.vn"
  const host = first.startsWith('[') ? first.slice(0, first.indexOf(']') + 1) : first.replace(/:\d+$/, '')
  return host.replace(/\.$/, '') || null
}

/** Builds the map from agencies' `domains` rows; a domain claimed twice goes to the first slug. */
export function buildHostMap(agencies: { slug?: string | null; domains?: { domain?: string | null }[] | null }[]): HostMap {
  const map: HostMap = {}
  for (const agency of agencies) {
    if (!agency.slug) continue
    for (const row of agency.domains ?? []) {
      const host = normaliseHost(row.domain)
      if (host && !(host in map)) map[host] = agency.slug
    }
  }
  return map
}

const SCOPED = ROUTES.agencies.afterParam
export type AgencySectionKey = keyof typeof SCOPED

/** Sections whose document pages exist inside agency sites (others link to the portal's page). */
const AGENCY_DETAIL_SECTIONS = new Set<string>(['news'])

export type HostRouting =
  | { kind: 'rewrite'; pathname: string }
  | { kind: 'redirect'; pathname: string; status: 307 | 308; toPortal?: boolean }

/**
 * Routing of a request that arrives on an agency's own domain, after the locale is known: the
 * agency site answers at the root of the domain (`/vi` = its home, `/vi/tin-tuc/…` = its news);
 * its provincial-portal address (`/vi/co-quan/{slug}/…`) redirects to the short form; any
 * other section belongs to the provincial portal (`toPortal`).
 */
export function routeAgencyHost(locale: Locale, rest: string[], agencySlug: string): HostRouting {
  const base = `/${locale}/agencies/${encodeURIComponent(agencySlug)}`
  if (rest.length === 0) return { kind: 'rewrite', pathname: base }
  const first = safeDecode(rest[0]!)
  if (first === ROUTES.agencies.vi || first === ROUTES.agencies.en) {
    if (rest[1] !== undefined && safeDecode(rest[1]) === agencySlug) {
      // The portal address of this same agency: its sections spelt for this locale, prefix dropped.
      const { segments } = translateSegments(rest, locale, locale)
      return { kind: 'redirect', pathname: '/' + [locale, ...segments.slice(2)].join('/'), status: 308 }
    }
    return { kind: 'redirect', pathname: '/' + [locale, ...translateSegments(rest, locale, locale).segments].join('/'), status: 307, toPortal: true }
  }
  for (const [key, node] of Object.entries(SCOPED)) {
    if (node[locale] === first) {
      // Agency sites list every section; of the document pages only news has an agency version.
      // Sections with fixed children of their own (information requests: the form, its confirmation) stay on the agency site.
      const children = (node as { children?: ChildNodes }).children
      if (children && rest.length > 1) return { kind: 'rewrite', pathname: [base, key, ...childFolders(children, rest.slice(1), locale)].join('/') }
      if (rest.length > 1 && !AGENCY_DETAIL_SECTIONS.has(key)) return { kind: 'redirect', pathname: '/' + [locale, ...rest].join('/'), status: 307, toPortal: true }
      return { kind: 'rewrite', pathname: [base, key, ...rest.slice(1)].join('/') }
    }
    const other = locale === 'vi' ? 'en' : 'vi'
    if (node[other] === first) return { kind: 'redirect', pathname: '/' + [locale, node[locale], ...rest.slice(1)].join('/'), status: 308 }
  }
  return { kind: 'redirect', pathname: '/' + [locale, ...translateSegments(rest, locale, locale).segments].join('/'), status: 307, toPortal: true }
}

type ChildNodes = Record<string, { vi: string; en: string; children?: ChildNodes }>

/** Fixed child segments spelt for `locale` → their folder names (the route keys); anything else kept. */
function childFolders(children: ChildNodes, segments: string[], locale: Locale): string[] {
  let level: ChildNodes | undefined = children
  return segments.map((segment) => {
    const decoded = safeDecode(segment)
    const found: [string, ChildNodes[string]] | undefined = level ? Object.entries(level).find(([, n]) => n[locale] === decoded) : undefined
    level = found?.[1].children
    return found ? found[0] : segment
  })
}

/** Public path of an agency page on the agency's own domain (`/vi/tin-tuc/abc`). */
export function hostPath(locale: Locale, section?: AgencySectionKey, ...rest: string[]): string {
  const parts: string[] = [locale]
  if (section) parts.push(SCOPED[section][locale], ...rest.map(encodeURIComponent))
  return '/' + parts.join('/')
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
