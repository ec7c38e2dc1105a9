import type { Locale } from './locales'
import { sectionPath } from './paths'
import { ROUTES } from './table'

/** Paths of the public-services section. */
export const servicesPaths = {
  finder: (locale: Locale) => sectionPath(locale, 'public-services'),
  procedure: (locale: Locale, slug: string) => sectionPath(locale, 'public-services', slug),
  performance: (locale: Locale) => `${sectionPath(locale, 'public-services')}/${ROUTES['public-services'].children.performance[locale]}`,
  lookup: (locale: Locale) => sectionPath(locale, 'dossier-status'),
  /** Where the look-up form posts without JavaScript (the form's permalink, a route handler). */
  lookUp: (locale: Locale) => `${sectionPath(locale, 'dossier-status')}/${ROUTES['dossier-status'].children['look-up'][locale]}`,
}

/**
 * Where a finished dossier's applicant rates the service, `{code}` to fill — null while the
 * ratings section has no route (it is built separately; the invitation appears once it exists).
 */
export function ratingPathTemplate(locale: Locale): string | null {
  const node = (ROUTES as Record<string, { vi: string; en: string } | undefined>).ratings
  return node ? `/${locale}/${node[locale]}?dossier={code}` : null
}

/** Where "Was this information useful?" posts without JavaScript for one page (a route handler). */
export function ratePath(locale: Locale, section: string, slug: string): string {
  return sectionPath(locale, 'rate', section, slug)
}
