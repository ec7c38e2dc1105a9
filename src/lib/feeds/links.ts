import type { Metadata } from 'next'
import { absoluteUrl } from '@/routes/documents'
import type { Locale } from '@/routes/locales'
import { sectionPath } from '@/routes/paths'

/** Adds the section's RSS feed as `<link rel="alternate" type="application/rss+xml">`. */
export function withFeed(meta: Metadata, locale: Locale, section: 'news' | 'legal-documents', title: string): Metadata {
  return {
    ...meta,
    alternates: { ...meta.alternates, types: { 'application/rss+xml': [{ url: absoluteUrl(sectionPath(locale, section, 'rss.xml')), title }] } },
  }
}
