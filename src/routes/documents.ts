import type { Locale } from './locales'
import { marketplacePaths } from './marketplace'
import { sectionPath } from './paths'
import type { SectionKey } from './table'

/** Which public section shows each collection's documents. */
export const COLLECTION_SECTIONS: Record<string, SectionKey> = {
  news: 'news',
  'legal-documents': 'legal-documents',
  plans: 'plans',
  'budget-disclosures': 'budget',
  agencies: 'agencies',
  'investment-projects': 'invest',
  procedures: 'public-services',
  'question-answers': 'questions',
  'legal-guides': 'legal-support',
  surveys: 'surveys',
  booths: 'marketplace',
}

/** Public path of one document, or null when the collection has no public page. */
export function documentPath(locale: Locale, collection: string, slug: string): string | null {
  // Products live one level down in the marketplace (/en/marketplace/products/{slug}).
  if (collection === 'products') return marketplacePaths.product(locale, slug)
  const section = COLLECTION_SECTIONS[collection]
  return section ? sectionPath(locale, section, slug) : null
}

/** Absolute URL from `PUBLIC_URL` (canonical links, feeds, sitemap, Open Graph). */
export function absoluteUrl(path: string, base = publicUrl()): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString().replace(/\/$/, (m) => (path === '/' ? m : ''))
}

export function publicUrl(): string {
  return (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '')
}
