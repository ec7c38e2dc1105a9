import type { Locale } from './locales'
import { ROUTES } from './table'

const enc = encodeURIComponent
const base = (locale: Locale) => `/${locale}/${ROUTES.invest[locale]}`

/** Paths of the investors' section (/en/invest, /vi/dau-tu and below). */
export const investPaths = {
  home: (locale: Locale) => base(locale),
  project: (locale: Locale, slug: string) => `${base(locale)}/${enc(slug)}`,
  /** Where the enquiry form posts without JavaScript (the form's permalink, a route handler). */
  enquiry: (locale: Locale, slug: string) => `${base(locale)}/${enc(slug)}/${ROUTES.invest.afterParam.enquiry[locale]}`,
  enquirySent: (locale: Locale, slug: string) => `${base(locale)}/${enc(slug)}/${ROUTES.invest.afterParam['enquiry-sent'][locale]}`,
  zones: (locale: Locale) => `${base(locale)}/${ROUTES.invest.children.zones[locale]}`,
  zone: (locale: Locale, slug: string) => `${base(locale)}/${ROUTES.invest.children.zones[locale]}/${enc(slug)}`,
  guides: (locale: Locale) => `${base(locale)}/${ROUTES.invest.children.procedures[locale]}`,
  guide: (locale: Locale, slug: string) => `${base(locale)}/${ROUTES.invest.children.procedures[locale]}/${enc(slug)}`,
}

/** /en/transparency/english, /vi/minh-bach/tieng-anh */
export function englishCoveragePath(locale: Locale): string {
  return `/${locale}/${ROUTES.transparency[locale]}/${ROUTES.transparency.children.english[locale]}`
}
