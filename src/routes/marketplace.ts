import type { Locale } from './locales'
import { sectionPath } from './paths'
import { ROUTES } from './table'

const children = ROUTES.marketplace.children

/** Paths of the e-commerce exchange (san-thuong-mai / marketplace). */
export const marketplacePaths = {
  list: (locale: Locale) => sectionPath(locale, 'marketplace'),
  booth: (locale: Locale, slug: string) => sectionPath(locale, 'marketplace', slug),
  product: (locale: Locale, slug: string) => `${sectionPath(locale, 'marketplace')}/${children.products[locale]}/${encodeURIComponent(slug)}`,
  verifyEmail: (locale: Locale) => `${sectionPath(locale, 'marketplace')}/${children['verify-email'][locale]}`,
}
