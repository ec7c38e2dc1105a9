import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { translationInfo, type TranslationInfo } from './localized'
import { payloadClient } from '@/lib/payload'
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
      populate: { agencies: AGENCY_LINK, media: { alt: true, url: true, sizes: true, width: true, height: true } },
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

async function readNews(locale: Locale, slug: string, preview?: PreviewSession): Promise<Row | undefined> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'news',
    locale,
    fallbackLocale: false,
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
  return result.docs[0] as unknown as Row | undefined
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
  let doc = await readNews(locale, slug, preview)
  if (!doc) return null
  const hasTranslation = Boolean(doc.title)
  if (!hasTranslation && locale !== 'vi') doc = (await readNews('vi', slug, preview)) ?? doc
  const changeLog = ((doc.changeLog as Row[] | null) ?? [])
    .map((c) => ({ at: c.at as string, note: (c.note as string) ?? null }))
    .sort((a, b) => b.at.localeCompare(a.at))
  const related = ((doc.relatedDocuments as Row[] | null) ?? []).filter((d) => d && typeof d === 'object' && d.slug && (d._status === undefined || d._status === 'published'))
  return {
    ...toCard(doc),
    body: doc.body ?? null,
    updatedAt: doc.updatedAt as string,
    hasTranslation,
    lastMaterialChange: changeLog[0]?.at ?? null,
    changeLog,
    relatedDocuments: related.map((d) => ({ slug: d.slug as string, number: d.number as string, title: (d.title as string) ?? null })),
    authorName: (doc.authorName as string) ?? null,
    translation: translationInfo(doc),
  }
}
