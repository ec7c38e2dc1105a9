import type { FeedEntry, SitemapDoc } from '@/lib/feeds/types'
import type { Locale } from '@/routes/locales'
import { LOCALES } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

type Row = Record<string, unknown>

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
    return (result.docs as unknown as Row[]).map((d) => ({
      slug: d.slug as string,
      title: d.title as string,
      description: (d.summary as string) ?? null,
      publishedAt: (d.publishedAt as string) ?? null,
      agency: d.agency && typeof d.agency === 'object' ? ((d.agency as Row).name as string) ?? null : null,
    }))
  },
  (locale) => [tags.feed('news', locale)],
)


/** Every published news item and legal document, with the locales it exists in. */
export const sitemapDocs = cachedRead(
  'sitemap:docs',
  async (): Promise<SitemapDoc[]> => {
    const payload = await payloadClient()
    const out: SitemapDoc[] = []
    for (const collection of ['news', 'legal-documents'] as const) {
      const result = await payload.find({
        collection,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        pagination: false,
        limit: 0,
        where: { _status: { equals: 'published' } },
        select: { slug: true, title: true, updatedAt: true },
      })
      for (const d of result.docs as unknown as Row[]) {
        const title = (d.title ?? {}) as Partial<Record<Locale, string | null>>
        out.push({
          collection,
          slug: d.slug as string,
          lastModified: d.updatedAt as string,
          locales: LOCALES.filter((l) => l === 'vi' || Boolean(title[l])),
        })
      }
    }
    // The marketplace's approved booths and products: English listed where the booth has an English
    // description or the product an English name (the English page of any other says it has none).
    for (const [collection, field] of [['booths', 'description'], ['products', 'name']] as const) {
      const result = await payload.find({
        collection,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        pagination: false,
        limit: 0,
        where: { _status: { equals: 'published' } },
        select: { slug: true, [field]: true, updatedAt: true },
      })
      for (const d of result.docs as unknown as Row[]) {
        const text = (d[field] ?? {}) as Partial<Record<Locale, string | null>>
        out.push({ collection, slug: d.slug as string, lastModified: d.updatedAt as string, locales: LOCALES.filter((l) => l === 'vi' || Boolean(typeof text === 'object' && text[l])) })
      }
    }
    return out
  },
  () => [tags.sitemap],
)
