import { DEFAULT_LOCALE, isLocale, LOCALES, otherLocale, type Locale } from './locales'
import { ROUTES, translateSegments, type SectionKey } from './table'

/** `/vi/tin-tuc/{...rest}` for a section key; free segments are URL-encoded. */
export function sectionPath(locale: Locale, section: SectionKey, ...rest: string[]): string {
  const fixed = ROUTES[section][locale]
  return '/' + [locale, fixed, ...rest.map(encodeURIComponent)].join('/')
}

/** `/vi/co-quan/{agency}/tin-tuc/...` — a section inside one agency's site. */
export function agencySectionPath(
  locale: Locale,
  agencySlug: string,
  section?: keyof (typeof ROUTES)['agencies']['afterParam'],
  ...rest: string[]
): string {
  const parts = [locale, ROUTES.agencies[locale], encodeURIComponent(agencySlug)]
  if (section) parts.push(ROUTES.agencies.afterParam[section][locale], ...rest.map(encodeURIComponent))
  return '/' + parts.join('/')
}

export function homePath(locale: Locale): string {
  return `/${locale}`
}

export interface ParsedPath {
  locale: Locale | null
  /** Segments after the locale, as in the URL. */
  rest: string[]
}

export function parsePath(pathname: string): ParsedPath {
  const segments = pathname.split('/').filter(Boolean)
  const [first, ...rest] = segments
  if (isLocale(first)) return { locale: first, rest }
  return { locale: null, rest: segments }
}

/** The same page in another locale (the language switcher and hreflang use it). */
export function localizePath(pathname: string, to: Locale): string {
  const { locale, rest } = parsePath(pathname)
  const from = locale ?? DEFAULT_LOCALE
  const { segments } = translateSegments(rest, from, to)
  return '/' + [to, ...segments].join('/')
}

/** Internal (folder) path a public path is served from: fixed segments by key. */
export function internalPath(pathname: string): string {
  const { locale, rest } = parsePath(pathname)
  if (!locale) return pathname
  const { segments } = translateSegments(rest, locale, 'en')
  return '/' + [locale, ...segments].join('/')
}

/** Both locales' paths of one page, for hreflang alternates. */
export function alternatePaths(pathname: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, localizePath(pathname, l)])) as Record<Locale, string>
}

export { otherLocale }
