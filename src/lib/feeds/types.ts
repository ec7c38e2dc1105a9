import type { Locale } from '@/routes/locales'

/** What the feeds and the sitemap are built from; src/data reads return these shapes. */
export interface FeedEntry {
  slug: string
  title: string
  description: string | null
  publishedAt: string | null
  agency: string | null
}

export interface SitemapDoc {
  collection: 'news' | 'legal-documents' | 'legal-guides' | 'booths' | 'products'
  slug: string
  lastModified: string
  /** Locales with an edition of their own (always vi; en when translated). */
  locales: Locale[]
}

type Texts = { vi: string | null; en: string | null }

/** The part of a legal document the RSS feed shows (a `LegalIndexEntry` from src/data/legal is one). */
export interface LegalFeedEntry {
  slug: string
  number: string
  docType: string | null
  title: Texts
  abstract: Texts
  issuer: { name: Texts } | null
  publishedAt: string | null
  issueDate?: string | null
}
