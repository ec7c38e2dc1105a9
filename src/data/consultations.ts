import type { Payload } from 'payload'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { articleAddress, type Moderation, type Response } from '@/domain/consultations'
import type { Locale } from '@/routes/locales'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import { cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'
import { AGENCY_LINK, ATTACHMENT_CARD, LEGAL_LINK, PUBLISHED } from './populate'

type Row = Record<string, unknown>
type ID = number | string
const COLLECTION = 'consultations'

const localized = (v: unknown): { vi?: unknown; en?: unknown } => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })
const text = (locale: Locale, v: unknown) => {
  const l = localized(v)
  return pickText(locale, l[locale], l.vi)
}

/** Dates only: the phase and days left are computed when a page renders (they change daily). */
export interface ConsultationCard {
  id: ID
  slug: string
  title: LText | null
  summary: LText | null
  draftKind: string
  openDate: string
  closeDate: string
  concluded: boolean
  agency: { slug: string; name: LText | null } | null
}

export interface DraftArticleView {
  address: string
  number: number
  title: LText | null
  text: LText | null
}

/**
 * A published comment as the public sees it: never the commenter's name, e-mail or attachment
 * (they are not even selected). `lang` is the language it was written in.
 */
export interface PublicComment {
  id: ID
  article: string
  organisation: string | null
  text: string
  lang: Locale
  response: Response | null
  explanation: LText | null
  createdAt: string
}

export interface ConsultationDetail extends ConsultationCard {
  consulted: LText | null
  chapters: { number: number | null; title: LText | null; articles: DraftArticleView[] }[]
  draftFiles: FileLink[]
  explanatoryFiles: FileLink[]
  reportIntro: LText | null
  reportPublishedAt: string | null
  finalDocument: { slug: string; number: string; title: LText | null } | null
  comments: PublicComment[]
  translation: { state: 'missing' | 'outdated' | 'current'; viMaterialChangeAt?: string | null } | null
  publishedAt: string | null
  updatedAt: string
}

export interface FileLink {
  id: ID
  title: LText | null
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
}

function toCard(doc: Row, locale: Locale): ConsultationCard {
  const agency = doc.agency as Row | null
  return {
    id: doc.id as ID,
    slug: doc.slug as string,
    title: text(locale, doc.title),
    summary: text(locale, doc.summary),
    draftKind: (doc.draftKind as string) ?? 'other',
    openDate: vnDay(doc.openDate as string) ?? '',
    closeDate: vnDay(doc.closeDate as string) ?? '',
    concluded: Boolean(doc.concluded),
    agency: agency && typeof agency === 'object' ? { slug: agency.slug as string, name: text(locale, agency.name) } : null,
  }
}

const files = (list: unknown, locale: Locale): FileLink[] =>
  ((list as Row[] | undefined) ?? [])
    .filter((a) => a && typeof a === 'object' && typeof a.url === 'string')
    .map((a) => ({ id: a.id as ID, title: text(locale, a.title), url: a.url as string, filename: a.filename as string, mimeType: (a.mimeType as string) ?? null, filesize: (a.filesize as number) ?? null }))

export async function readConsultations(payload: Payload, locale: Locale, agencyId?: ID): Promise<ConsultationCard[]> {
  const result = await payload.find({
    collection: COLLECTION,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 500,
    sort: ['-openDate', 'slug'],
    where: { and: [PUBLISHED, ...(agencyId !== undefined ? [{ agency: { equals: agencyId } }] : [])] },
    select: { title: true, slug: true, summary: true, draftKind: true, openDate: true, closeDate: true, concluded: true, agency: true },
    populate: { agencies: AGENCY_LINK },
  })
  return result.docs.map((d) => toCard(d as unknown as Row, locale))
}

/** Published comments of one consultation, public fields only. */
export async function readPublicComments(payload: Payload, locale: Locale, consultationId: ID): Promise<PublicComment[]> {
  const result = await payload.find({
    collection: 'consultation-comments',
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    limit: 5000,
    sort: 'createdAt',
    where: { and: [{ consultation: { equals: consultationId } }, { moderation: { equals: 'published' } }] },
    select: { article: true, organisation: true, text: true, lang: true, response: true, explanation: true, createdAt: true },
  })
  return (result.docs as unknown as Row[]).map((c) => ({
    id: c.id as ID,
    article: (c.article as string) ?? '',
    organisation: (c.organisation as string) || null,
    text: c.text as string,
    lang: c.lang === 'en' ? 'en' : 'vi',
    response: ((c.response as string) || null) as Response | null,
    explanation: text(locale, c.explanation),
    createdAt: c.createdAt as string,
  }))
}

export async function readConsultation(payload: Payload, locale: Locale, slug: string): Promise<ConsultationDetail | null> {
  const result = await payload.find({
    collection: COLLECTION,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    limit: 1,
    where: { and: [PUBLISHED, { slug: { equals: slug } }] },
    populate: {
      agencies: AGENCY_LINK,
      attachments: ATTACHMENT_CARD,
      'legal-documents': LEGAL_LINK,
    },
  })
  const doc = result.docs[0] as unknown as Row | undefined
  if (!doc) return null
  const final = doc.finalDocument && typeof doc.finalDocument === 'object' ? (doc.finalDocument as Row) : null
  return {
    ...toCard(doc, locale),
    consulted: text(locale, doc.consulted),
    chapters: ((doc.chapters as Row[] | undefined) ?? []).map((c) => ({
      number: (c.number as number) ?? null,
      title: text(locale, c.title),
      articles: ((c.articles as Row[] | undefined) ?? []).map((a) => ({ address: articleAddress(a.number as number), number: a.number as number, title: text(locale, a.title), text: text(locale, a.text) })),
    })),
    draftFiles: files(doc.draftFiles, locale),
    explanatoryFiles: files(doc.explanatoryFiles, locale),
    reportIntro: text(locale, doc.reportIntro),
    reportPublishedAt: (doc.reportPublishedAt as string) ?? null,
    finalDocument: final ? { slug: final.slug as string, number: final.number as string, title: text(locale, final.title) } : null,
    comments: await readPublicComments(payload, locale, doc.id as ID),
    translation: (doc.translation as ConsultationDetail['translation']) ?? null,
    publishedAt: (doc.publishedAt as string) ?? null,
    updatedAt: doc.updatedAt as string,
  }
}

/** The consultation a legal document was drafted with (its page links back), if any. */
export async function readConsultationFor(payload: Payload, locale: Locale, legalDocumentId: ID): Promise<{ slug: string; title: LText | null } | null> {
  const result = await payload.find({ collection: COLLECTION, locale: 'all', overrideAccess: false, depth: 0, limit: 1, where: { and: [PUBLISHED, { finalDocument: { equals: legalDocumentId } }] }, select: { slug: true, title: true } })
  const doc = result.docs[0] as unknown as Row | undefined
  return doc ? { slug: doc.slug as string, title: text(locale, doc.title) } : null
}

export const listConsultations = cachedRead(
  'consultations:list',
  async (locale: Locale, agencyId?: ID) => readConsultations(await payloadClient(), locale, agencyId),
  (_locale, agencyId) => [tags.collection(COLLECTION), tags.collection('agencies'), ...(agencyId !== undefined ? [tags.agency(agencyId)] : [])],
)

export const getConsultation = cachedRead(
  'consultations:slug',
  async (locale: Locale, slug: string) => readConsultation(await payloadClient(), locale, slug),
  // Comments are moderated after publication: their hook expires the consultation's doc tag.
  (_locale, slug) => [tags.docSlug(COLLECTION, slug), tags.collection('consultation-comments'), tags.collection('legal-documents'), tags.collection('attachments')],
)

export const getConsultationFor = cachedRead(
  'consultations:for-document',
  async (locale: Locale, legalDocumentId: ID) => readConsultationFor(await payloadClient(), locale, legalDocumentId),
  () => [tags.collection(COLLECTION)],
)

export type { Moderation }
