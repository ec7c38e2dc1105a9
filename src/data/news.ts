import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { translationInfo, type TranslationInfo } from './localized'
import { payloadClient } from '@/lib/payload'
import { findByLocale, type ByLocale } from '@/lib/localeFallback'
import type { LegalDocument, News } from '@/payload-types'
import { tags } from '@/lib/cacheTags'
import { draftReadOptions, visibleTo, type PreviewSession } from '@/lib/preview/session'
import { AGENCY_LINK } from './populate'

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
  /** False on the English site when the item has no English edition: the fields are then Vietnamese. */
  hasTranslation: boolean
  /** Time of the latest material change (the public "Last updated"), null when never changed. */
  lastMaterialChange: string | null
  changeLog: { at: string; note: string | null }[]
  relatedDocuments: { slug: string; number: string; title: string | null }[]
  authorName: string | null
  /** English-edition state (ENGLISH): the English page shows a notice when it is outdated. */
  translation: TranslationInfo | null
}

type CardFields = Pick<News, 'id' | 'slug' | 'title' | 'summary' | 'publishedAt' | 'agency' | 'featuredImage'>

function toCard(doc: CardFields): NewsCard {
  const agency = doc.agency
  const image = doc.featuredImage
  const card = image && typeof image === 'object' ? (image.sizes?.card?.url ? image.sizes.card : image) : null
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title ?? '',
    summary: doc.summary ?? null,
    publishedAt: doc.publishedAt ?? null,
    agency: agency && typeof agency === 'object' ? { slug: agency.slug, name: agency.name ?? '' } : null,
    image:
      image && typeof image === 'object' && card?.url
        ? { url: card.url, alt: image.alt ?? '', width: card.width ?? null, height: card.height ?? null }
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
      populate: { agencies: AGENCY_LINK, media: { alt: true, url: true, sizes: true, width: true, height: true } },
    })
    return {
      items: result.docs.map(toCard),
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  (_locale, { agencyId } = {}) => [tags.collection('news'), ...(agencyId !== undefined ? [tags.agency(agencyId)] : [])],
)

/** The item read once in both locales (the English page may show it in Vietnamese). */
async function readNews(slug: string, preview?: PreviewSession): Promise<ByLocale<News> | undefined> {
  const payload = await payloadClient()
  const result = await findByLocale(payload, {
    collection: 'news',
    overrideAccess: false,
    ...(preview ? draftReadOptions(preview) : {}),
    depth: 1,
    limit: 1,
    where: { and: [{ slug: { equals: slug } }, ...visibleTo(preview)] },
    populate: {
      agencies: AGENCY_LINK,
      media: { alt: true, url: true, sizes: true, width: true, height: true },
      'legal-documents': { slug: true, number: true, title: true, _status: true },
    },
  })
  return result.docs[0]
}

/**
 * One published news item. On the English site an item without an English edition is returned in
 * Vietnamese with `hasTranslation: false`, so the page can say so instead of showing nothing.
 */
export const getNewsBySlug = cachedRead(
  'news:slug',
  (locale: Locale, slug: string) => newsDetail(locale, slug),
  (_locale, slug) => [tags.docSlug('news', slug), tags.collection('legal-documents')],
)

/** The same item at its latest draft, read as the previewing member of staff (never cached). */
export const getNewsPreview = (locale: Locale, slug: string, session: PreviewSession) => newsDetail(locale, slug, session)

async function newsDetail(locale: Locale, slug: string, preview?: PreviewSession): Promise<NewsDetail | null> {
  const both = await readNews(slug, preview)
  if (!both) return null
  // Item by item: without an English title the whole item is shown in Vietnamese, flagged.
  const hasTranslation = Boolean(both[locale].title)
  const doc = hasTranslation ? both[locale] : both.vi
  const changeLog = (doc.changeLog ?? []).map((c) => ({ at: c.at, note: c.note ?? null })).sort((a, b) => b.at.localeCompare(a.at))
  const related = (doc.relatedDocuments ?? []).filter(
    (d): d is LegalDocument => typeof d === 'object' && Boolean(d.slug) && (d._status === undefined || d._status === 'published'),
  )
  return {
    ...toCard(doc),
    body: doc.body ?? null,
    updatedAt: doc.updatedAt,
    hasTranslation,
    lastMaterialChange: changeLog[0]?.at ?? null,
    changeLog,
    relatedDocuments: related.map((d) => ({ slug: d.slug, number: d.number, title: d.title ?? null })),
    authorName: doc.authorName ?? null,
    translation: translationInfo(doc),
  }
}
