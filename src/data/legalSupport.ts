import type { Payload } from 'payload'
import type { Locale } from '@/routes/locales'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import { draftReadOptions, visibleTo, type PreviewSession } from '@/lib/preview/session'
import { cachedRead } from './cache'
import { pickRich, pickText, type LRich, type LText } from '@/lib/localeFallback'
import { translationInfo, type TranslationInfo } from './localized'
import { AGENCY_LINK, PUBLISHED } from './populate'

/**
 * Reads for the legal-support section (/vi/ho-tro-phap-ly): agencies' guides, the consultants'
 * directory, the Q&A answers citing legal documents, and the guides that explain one legal
 * document (its page links back). Every read is anonymous (`overrideAccess: false`, no user:
 * published guides, active consultants) and cached by tag.
 */
type Row = Record<string, unknown>
type ID = number | string

const GUIDES = 'legal-guides'
const CONSULTANTS = 'legal-consultants'

const all = (v: unknown): { vi?: unknown; en?: unknown } => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })
const text = (locale: Locale, v: unknown): LText | null => {
  const l = all(v)
  return pickText(locale, l[locale], l.vi)
}
const idsOf = (list: unknown): string[] =>
  ((list as unknown[] | null | undefined) ?? []).map((v) => (v && typeof v === 'object' ? (v as Row).id : v)).filter((v) => v !== null && v !== undefined).map(String)

export interface AgencyRef {
  slug: string
  name: LText | null
}

const agencyOf = (locale: Locale, v: unknown): AgencyRef | null => (v && typeof v === 'object' ? { slug: String((v as Row).slug), name: text(locale, (v as Row).name) } : null)

export interface GuideCard {
  id: ID
  slug: string
  title: LText
  summary: LText | null
  field: string | null
  agency: AgencyRef | null
  publishedAt: string | null
}

export interface GuideDetail extends GuideCard {
  body: LRich | null
  legalDocuments: { slug: string; number: string; title: LText | null }[]
  translation: TranslationInfo | null
  updatedAt: string
}

function toCard(locale: Locale, d: Row): GuideCard {
  return {
    id: d.id as ID,
    slug: String(d.slug),
    title: text(locale, d.title) ?? { text: String(d.slug), lang: 'vi' },
    summary: text(locale, d.summary),
    field: (d.field as string) ?? null,
    agency: agencyOf(locale, d.agency),
    publishedAt: (d.publishedAt as string) ?? null,
  }
}

const CARD_SELECT = { title: true, slug: true, summary: true, field: true, agency: true, publishedAt: true } as const

export async function readGuides(payload: Payload, locale: Locale, field?: string): Promise<GuideCard[]> {
  const result = await payload.find({
    collection: GUIDES,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 500,
    sort: ['-publishedAt', 'slug'],
    where: { and: [PUBLISHED, ...(field ? [{ field: { equals: field } }] : [])] },
    select: CARD_SELECT,
    populate: { agencies: AGENCY_LINK },
  })
  return (result.docs as unknown as Row[]).map((d) => toCard(locale, d))
}

export async function readGuide(payload: Payload, locale: Locale, slug: string, preview?: PreviewSession): Promise<GuideDetail | null> {
  const result = await payload.find({
    collection: GUIDES,
    locale: 'all',
    overrideAccess: false,
    ...(preview ? draftReadOptions(preview) : {}),
    depth: 1,
    limit: 1,
    where: { and: [{ slug: { equals: slug } }, ...visibleTo(preview)] },
    select: { ...CARD_SELECT, body: true, legalDocuments: true, translation: true, updatedAt: true },
    populate: { agencies: AGENCY_LINK, 'legal-documents': { slug: true, number: true, title: true, _status: true } },
  })
  const d = result.docs[0] as unknown as Row | undefined
  if (!d) return null
  const body = all(d.body)
  // A linked document that is not (or no longer) published comes back as a bare id, or a draft for its agency's staff: not shown.
  const documents = ((d.legalDocuments as unknown[] | null) ?? []).filter(
    (x): x is Row => Boolean(x) && typeof x === 'object' && Boolean((x as Row).slug) && ((x as Row)._status === undefined || (x as Row)._status === 'published'),
  )
  return {
    ...toCard(locale, d),
    body: pickRich(locale, body[locale], body.vi),
    legalDocuments: documents.map((x) => ({ slug: String(x.slug), number: String(x.number ?? ''), title: text(locale, x.title) })),
    translation: translationInfo(d),
    updatedAt: d.updatedAt as string,
  }
}

/** Published guides, newest first, of one field of law when `field` is given. */
export const listLegalGuides = cachedRead(
  'legal-support:guides',
  async (locale: Locale, field?: string) => readGuides(await payloadClient(), locale, field),
  () => [tags.collection(GUIDES), tags.collection('agencies')],
)

/** One published guide by slug (its linked documents published only). */
export const getLegalGuide = cachedRead(
  'legal-support:guide',
  async (locale: Locale, slug: string) => readGuide(await payloadClient(), locale, slug),
  (_locale, slug) => [tags.docSlug(GUIDES, slug), tags.collection('legal-documents'), tags.collection('agencies')],
)

/** The same guide at its latest draft, read as the previewing member of staff (never cached). */
export const getLegalGuidePreview = async (locale: Locale, slug: string, session: PreviewSession) => readGuide(await payloadClient(), locale, slug, session)

/** "Hướng dẫn liên quan" on a legal document's page: the published guides that explain it. */
export async function readGuidesFor(payload: Payload, locale: Locale, legalDocumentId: ID): Promise<{ slug: string; title: LText; agency: AgencyRef | null }[]> {
  const result = await payload.find({
    collection: GUIDES,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 50,
    sort: ['-publishedAt', 'slug'],
    where: { and: [PUBLISHED, { legalDocuments: { in: [legalDocumentId] } }] },
    select: { title: true, slug: true, agency: true },
    populate: { agencies: AGENCY_LINK },
  })
  return (result.docs as unknown as Row[]).map((d) => ({ slug: String(d.slug), title: text(locale, d.title) ?? { text: String(d.slug), lang: 'vi' }, agency: agencyOf(locale, d.agency) }))
}

export const guidesForDocument = cachedRead(
  'legal-support:guides-for-document',
  async (locale: Locale, legalDocumentId: ID) => readGuidesFor(await payloadClient(), locale, legalDocumentId),
  () => [tags.collection(GUIDES), tags.collection('agencies')],
)

// ——— The consultants' directory ———

export interface ConsultantCard {
  id: ID
  name: string
  position: LText | null
  organisation: LText | null
  fields: string[]
  workPhone: string | null
  workEmail: string | null
}

/** Active consultants (the read rule hides the others from visitors; the filter says it again), by name, of one field when given. */
export async function readConsultants(payload: Payload, locale: Locale, field?: string): Promise<ConsultantCard[]> {
  const result = await payload.find({
    collection: CONSULTANTS,
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    limit: 1000,
    sort: 'name',
    where: { active: { equals: true } },
    select: { name: true, position: true, organisation: true, fields: true, workPhone: true, workEmail: true },
  })
  return (result.docs as unknown as Row[])
    .map((d) => ({
      id: d.id as ID,
      name: String(d.name),
      position: text(locale, d.position),
      organisation: text(locale, d.organisation),
      fields: (d.fields as string[] | null) ?? [],
      workPhone: (d.workPhone as string) || null,
      workEmail: (d.workEmail as string) || null,
    }))
    .filter((c) => !field || c.fields.includes(field))
}

export const listConsultants = cachedRead(
  'legal-support:consultants',
  async (locale: Locale, field?: string) => readConsultants(await payloadClient(), locale, field),
  () => [tags.collection(CONSULTANTS)],
)

// ——— What cites legal documents: published answers and guides ———

export interface CitingAnswer {
  slug: string
  title: LText
  field: string | null
  agency: AgencyRef | null
  answeredOn: string | null
  /** Ids of the legal documents the answer cites (published or not: the page keeps the published ones). */
  documents: string[]
}

export interface Citations {
  /** Published answers, newest first. */
  answers: CitingAnswer[]
  /** Per published guide, its field and the ids of the documents it explains. */
  guides: { field: string | null; documents: string[] }[]
}

export async function readCitations(payload: Payload, locale: Locale): Promise<Citations> {
  const [answers, guides] = await Promise.all([
    payload.find({
      collection: 'question-answers',
      locale: 'all',
      overrideAccess: false,
      depth: 1,
      pagination: false,
      limit: 0,
      sort: '-answeredOn',
      where: PUBLISHED,
      select: { slug: true, code: true, title: true, field: true, agency: true, answeredOn: true, relatedDocuments: true },
      populate: { agencies: AGENCY_LINK, 'legal-documents': { slug: true } },
    }),
    payload.find({
      collection: GUIDES,
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      limit: 0,
      where: PUBLISHED,
      select: { field: true, legalDocuments: true },
    }),
  ])
  return {
    answers: (answers.docs as unknown as Row[]).map((d) => ({
      slug: String(d.slug),
      title: text(locale, d.title) ?? { text: String(d.code ?? d.slug), lang: 'vi' },
      field: (d.field as string) ?? null,
      agency: agencyOf(locale, d.agency),
      answeredOn: (d.answeredOn as string) ?? null,
      documents: idsOf(d.relatedDocuments),
    })),
    guides: (guides.docs as unknown as Row[]).map((d) => ({ field: (d.field as string) ?? null, documents: idsOf(d.legalDocuments) })),
  }
}

/** Every published answer (with the documents it cites) and every published guide's documents. */
export const legalCitations = cachedRead(
  'legal-support:citations',
  async (locale: Locale) => readCitations(await payloadClient(), locale),
  () => [tags.collection('question-answers'), tags.collection(GUIDES), tags.collection('agencies')],
)

