import { absoluteUrl, publicUrl } from './documents'
import { hostPath, type AgencySectionKey } from './hosts'
import { LOCALES, type Locale } from './locales'
import { agencySectionPath } from './paths'

export interface AgencySiteRef {
  slug: string
  domain: string | null
}

/** `https://{domain}` with PUBLIC_URL's scheme (http only where the portal itself runs on http). */
export function agencyBaseUrl(domain: string, portal = publicUrl()): string {
  const scheme = portal.startsWith('http://') ? 'http' : 'https'
  return `${scheme}://${domain}`
}

/**
 * Where an agency page lives publicly: on the agency's own domain when it has one
 * (`https://sokhcn.hatinh.gov.vn/vi/tin-tuc`), else under the portal (`/vi/co-quan/{slug}/tin-tuc`).
 * The result feeds `pageMetadata` (canonical + hreflang).
 */
export function agencyPageLocation(
  locale: Locale,
  agency: AgencySiteRef,
  section?: AgencySectionKey,
  ...rest: string[]
): { path: string; baseUrl?: string; alternates: Record<Locale, string> } {
  const pathFor = (l: Locale) => (agency.domain ? hostPath(l, section, ...rest) : agencySectionPath(l, agency.slug, section, ...rest))
  const alternates = Object.fromEntries(LOCALES.map((l) => [l, pathFor(l)])) as Record<Locale, string>
  return { path: pathFor(locale), alternates, ...(agency.domain ? { baseUrl: agencyBaseUrl(agency.domain) } : {}) }
}

/** Absolute URL of an agency page (canonical form). */
export function agencyPageUrl(locale: Locale, agency: AgencySiteRef, section?: AgencySectionKey, ...rest: string[]): string {
  const { path, baseUrl } = agencyPageLocation(locale, agency, section, ...rest)
  return absoluteUrl(path, baseUrl)
}
