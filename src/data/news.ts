import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from './payload'
import { tags } from './tags'

export interface NewsCard {
  id: number | string
  slug: string
  title: string
  summary: string | null
  publishedAt: string | null
  agency: { slug: string; name: string } | null
  image: { url: string; alt: string; width: number | null; height: number | null } | null
}

export interface NewsDetail extends NewsCard {
  body: unknown
  updatedAt: string
  hasTranslation: boolean
}

type Row = Record<string, unknown>

function toCard(doc: Row): NewsCard {
  const agency = doc.agency as Row | null
  const image = doc.featuredImage as Row | null
  const sizes = (image?.sizes ?? {}) as Record<string, Row | undefined>
  const card = sizes.card?.url ? sizes.card : image
  return {
    id: doc.id as number,
    slug: doc.slug as string,
    title: doc.title as string,
    summary: (doc.summary as string) ?? null,
    publishedAt: (doc.publishedAt as string) ?? null,
    agency: agency && typeof agency === 'object' ? { slug: agency.slug as string, name: agency.name as string } : null,
    image:
      image && typeof image === 'object' && card?.url
        ? { url: card.url as string, alt: (image.alt as string) ?? '', width: (card.width as number | undefined) ?? null, height: (card.height as number | undefined) ?? null }
        : null,
  }
}

/**
 * Published news in one locale, newest first. On the English site an item is listed only when it
 * has an English title: untranslated items are not passed off as translated.
 */
export const listNews = cachedRead(
  'news:list',
  async (locale: Locale, { page = 1, limit = 10, agencyId }: { page?: number; limit?: number; agencyId?: number | string } = {}) => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'news',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 1,
      page,
      limit,
      sort: '-publishedAt',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { title: { exists: true } },
          ...(agencyId !== undefined ? [{ agency: { equals: agencyId } }] : []),
        ],
      },
      select: { title: true, slug: true, summary: true, publishedAt: true, agency: true, featuredImage: true },
      populate: { agencies: { name: true, slug: true }, media: { alt: true, url: true, sizes: true, width: true, height: true } },
    })
    return {
      items: result.docs.map((d) => toCard(d as unknown as Row)),
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  (_locale, { agencyId } = {}) => [tags.collection('news'), ...(agencyId !== undefined ? [tags.agency(agencyId)] : [])],
)

export const getNewsBySlug = cachedRead(
  'news:slug',
  async (locale: Locale, slug: string): Promise<NewsDetail | null> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'news',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      populate: { agencies: { name: true, slug: true }, media: { alt: true, url: true, sizes: true, width: true, height: true } },
    })
    const doc = result.docs[0] as unknown as Row | undefined
    if (!doc) return null
    return { ...toCard(doc), body: doc.body ?? null, updatedAt: doc.updatedAt as string, hasTranslation: Boolean(doc.title) }
  },
  (_locale, slug) => [tags.docSlug('news', slug)],
)
