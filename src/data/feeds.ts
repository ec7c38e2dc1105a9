import type { FeedEntry, SitemapDoc } from '@/lib/feeds/types'
import type { Locale } from '@/routes/locales'
import { LOCALES } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { findByLocale } from '@/lib/localeFallback'

export type { FeedEntry, SitemapDoc }

/** The latest published news in one locale for its RSS feed (English: translated items only). */
export const newsFeed = cachedRead(
  'feed:news',
  async (locale: Locale): Promise<FeedEntry[]> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'news',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 1,
      limit: 50,
      sort: '-publishedAt',
      where: { and: [{ _status: { equals: 'published' } }, { title: { exists: true } }] },
      select: { title: true, slug: true, summary: true, publishedAt: true, agency: true },
      populate: { agencies: { name: true } },
    })
    return result.docs.map((d) => ({
      slug: d.slug,
      title: d.title ?? '',
      description: d.summary ?? null,
      publishedAt: d.publishedAt ?? null,
      agency: d.agency && typeof d.agency === 'object' ? (d.agency.name ?? null) : null,
    }))
  },
  (locale) => [tags.feed('news', locale)],
)


/** Every published news item, legal document and legal-support guide, with the locales it exists in. */
export const sitemapDocs = cachedRead(
  'sitemap:docs',
  async (): Promise<SitemapDoc[]> => {
    const payload = await payloadClient()
    const out: SitemapDoc[] = []
    for (const collection of ['news', 'legal-documents', 'legal-guides'] as const) {
      const result = await findByLocale(payload, {
        collection,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        limit: 0,
        where: { _status: { equals: 'published' } },
        select: { slug: true, title: true, updatedAt: true },
      })
      for (const d of result.docs) {
        out.push({
          collection,
          slug: d.vi.slug,
          lastModified: d.vi.updatedAt,
          locales: LOCALES.filter((l) => l === 'vi' || Boolean(d[l].title)),
        })
      }
    }
    // The marketplace's approved booths and products: English listed where the booth has an English
    // description or the product an English name (the English page of any other says it has none).
    for (const [collection, field] of [['booths', 'description'], ['products', 'name']] as const) {
      const result = await findByLocale(payload, {
        collection,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        limit: 0,
        where: { _status: { equals: 'published' } },
        select: { slug: true, [field]: true, updatedAt: true },
      })
      for (const d of result.docs) {
        const has = (l: Locale) => Boolean((d[l] as unknown as Record<string, unknown>)[field])
        out.push({ collection, slug: String(d.vi.slug), lastModified: d.vi.updatedAt, locales: LOCALES.filter((l) => l === 'vi' || has(l)) })
      }
    }
    return out
  },
  () => [tags.sitemap],
)
