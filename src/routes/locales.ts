export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'vi'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi'
}

/** BCP 47 tags used in `lang`, `hreflang` and Open Graph. */
export const LOCALE_TAGS: Record<Locale, { lang: string; og: string }> = {
  vi: { lang: 'vi', og: 'vi_VN' },
  en: { lang: 'en', og: 'en_US' },
}

/**
 * Picks the visitor's locale from an Accept-Language header (RFC 9110 §12.5.4, q-values honoured).
 * Anything that is not Vietnamese or English falls back to Vietnamese, the portal's first language.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const entry of ranked) {
    if (isLocale(entry.lang)) return entry.lang
  }
  return DEFAULT_LOCALE
}
