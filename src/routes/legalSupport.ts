import type { Locale } from './locales'
import { ROUTES } from './table'

const enc = encodeURIComponent
const node = ROUTES['legal-support']
const base = (locale: Locale) => `/${locale}/${node[locale]}`

/** Paths of the legal-support section (/vi/ho-tro-phap-ly, /en/legal-support and below). */
export const legalSupportPaths = {
  home: (locale: Locale) => base(locale),
  guide: (locale: Locale, slug: string) => `${base(locale)}/${enc(slug)}`,
  consultants: (locale: Locale) => `${base(locale)}/${node.children.consultants[locale]}`,
}

/** Slugs a guide may not take: the section's fixed child segments in either language (and the list variants' folder). */
export const RESERVED_GUIDE_SLUGS: readonly string[] = [...Object.values(node.children).flatMap((c) => [c.vi, c.en])]
