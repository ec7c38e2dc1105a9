/**
 * The portal's feeds and sitemap from published data: which pages, under which URLs, in which
 * languages. Pure (the route handlers pass cached reads in), so tests can check the XML.
 */
import { getDocType } from '@/domain/legal'
import { getT } from '@/i18n'
import { absoluteUrl, documentPath } from '@/routes/documents'
import { LOCALE_TAGS, LOCALES, type Locale } from '@/routes/locales'
import { homePath, sectionPath } from '@/routes/paths'
import type { SectionKey } from '@/routes/table'
import { rssXml } from './rss'
import type { FeedEntry, LegalFeedEntry, SitemapDoc } from './types'
import { sitemapXml, type SitemapUrl } from './sitemap'

export function newsRss(locale: Locale, entries: FeedEntry[], base?: string): string {
  const t = getT(locale)
  return rssXml({
    title: `${t('news.title')} — ${t('site.name')}`,
    link: absoluteUrl(sectionPath(locale, 'news'), base),
    description: t('feeds.newsDescription'),
    language: LOCALE_TAGS[locale].lang,
    self: absoluteUrl(sectionPath(locale, 'news', 'rss.xml'), base),
    items: entries.map((e) => ({
      title: e.title,
      link: absoluteUrl(sectionPath(locale, 'news', e.slug), base),
      description: e.description,
      pubDate: e.publishedAt,
      author: e.agency,
    })),
  })
}

/** Legal documents, newest first; on the English feed only documents with an English title. */
export function legalRss(locale: Locale, docs: LegalFeedEntry[], base?: string, limit = 50): string {
  const t = getT(locale)
  const listed = docs
    .filter((d) => locale === 'vi' || Boolean(d.title[locale]))
    .sort((a, b) => (b.publishedAt ?? b.issueDate ?? '').localeCompare(a.publishedAt ?? a.issueDate ?? ''))
    .slice(0, limit)
  return rssXml({
    title: `${t('legal.title')} — ${t('site.name')}`,
    link: absoluteUrl(sectionPath(locale, 'legal-documents'), base),
    description: t('feeds.legalDescription'),
    language: LOCALE_TAGS[locale].lang,
    self: absoluteUrl(sectionPath(locale, 'legal-documents', 'rss.xml'), base),
    items: listed.map((d) => ({
      title: `${d.number} — ${d.title[locale] ?? d.title.vi ?? ''}`,
      link: absoluteUrl(sectionPath(locale, 'legal-documents', d.slug), base),
      description: d.abstract[locale] ?? null,
      pubDate: d.publishedAt ?? d.issueDate,
      category: d.docType ? (getDocType(d.docType)?.[locale] ?? d.docType) : null,
      author: d.issuer ? (d.issuer.name[locale] ?? d.issuer.name.vi) : null,
    })),
  })
}

function alternatesFor(paths: Partial<Record<Locale, string>>, base?: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const l of LOCALES) if (paths[l]) out[LOCALE_TAGS[l].lang] = absoluteUrl(paths[l]!, base)
  if (paths.vi) out['x-default'] = absoluteUrl(paths.vi, base)
  return out
}

/**
 * Every public page: home and the live sections in both languages, and every published document
 * in each language it exists in, each with its hreflang alternates.
 */
export function portalSitemap(sections: readonly SectionKey[], docs: SitemapDoc[], base?: string): string {
  const urls: SitemapUrl[] = []
  const pages: Partial<Record<Locale, string>>[] = [
    Object.fromEntries(LOCALES.map((l) => [l, homePath(l)])),
    ...sections.map((s) => Object.fromEntries(LOCALES.map((l) => [l, sectionPath(l, s)]))),
  ]
  for (const paths of pages) {
    const alternates = alternatesFor(paths, base)
    for (const l of LOCALES) urls.push({ loc: absoluteUrl(paths[l]!, base), alternates })
  }
  for (const d of docs) {
    const paths = Object.fromEntries(d.locales.map((l) => [l, documentPath(l, d.collection, d.slug)!])) as Partial<Record<Locale, string>>
    const alternates = d.locales.length > 1 ? alternatesFor(paths, base) : undefined
    for (const l of d.locales) urls.push({ loc: absoluteUrl(paths[l]!, base), lastmod: d.lastModified, alternates })
  }
  return sitemapXml(urls)
}
