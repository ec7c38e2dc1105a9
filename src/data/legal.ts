import { calendarDay, centralIssuer, type GraphDoc, type RelationKind } from '@/domain/legal'
import type { LegalDocument } from '@/payload-types'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { draftReadOptions, visibleTo, type PreviewSession } from '@/lib/preview/session'
import { AGENCY_LINK, ATTACHMENT_CARD } from './populate'

/**
 * Reads for the legal-documents pages. The effect status is deliberately NOT read from the
 * database: these reads return dates and relations, and pages compute the status for the day they
 * render (src/domain/legal), so a cached read can never carry yesterday's status.
 */
export type Texts = { vi: string | null; en: string | null }
type Row = Record<string, unknown>
type ID = number | string

/**
 * The one issuer of a document (src/domain/legal/issuers.ts): a province agency, or a central body
 * from the maintained list. Facets count by `key`, pages show `name` in the reader's language.
 */
export interface LegalIssuer {
  /** Facet key: `agency:<slug>` for a province agency, `central:<key>` for a central body. */
  key: string
  kind: 'agency' | 'central'
  name: Texts
  agencySlug: string | null
}

export interface LegalIndexEntry extends GraphDoc {
  id: string
  slug: string
  number: string
  docType: string | null
  title: Texts
  abstract: Texts
  issuer: LegalIssuer | null
  agencyId: string | null
  fields: string[]
  scope: string | null
  signer: string | null
  signerTitle: Texts
  gazetteNumber: string | null
  gazetteDate: string | null
  relations: { kind: RelationKind; target: string; effectiveDate: string | null }[]
  publishedAt: string | null
  updatedAt: string
}

export interface LegalAttachment {
  id: string
  title: Texts
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
}

export interface LegalDetail extends LegalIndexEntry {
  body: { vi: LegalDocument['body'] | null; en: LegalDocument['body'] | null }
  /** English-edition state (ENGLISH's `translation` group), for the "outdated" notice. */
  translation: { state: 'missing' | 'outdated' | 'current'; viMaterialChangeAt?: string | null } | null
  attachments: LegalAttachment[]
  changeLog: { at: string; note: Texts }[]
}

const texts = (value: unknown): Texts => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Row
    const s = (x: unknown) => (typeof x === 'string' && x.trim() ? x : null)
    return { vi: s(v.vi), en: s(v.en) }
  }
  return { vi: typeof value === 'string' && value.trim() ? value : null, en: null }
}

const idOf = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' ? String((v as Row).id) : String(v))

export function issuerOf(doc: Row): LegalIssuer | null {
  const agency = doc.issuingAgency as Row | null | undefined
  if (agency && typeof agency === 'object') {
    return { key: `agency:${String(agency.slug)}`, kind: 'agency', name: texts(agency.name), agencySlug: String(agency.slug) }
  }
  const central = centralIssuer(typeof doc.centralIssuer === 'string' ? doc.centralIssuer : null)
  if (central) return { key: `central:${central.key}`, kind: 'central', name: { vi: central.vi, en: central.en }, agencySlug: null }
  return null
}

function toEntry(doc: Row): LegalIndexEntry {
  return {
    id: String(doc.id),
    slug: doc.slug as string,
    number: doc.number as string,
    docType: (doc.docType as string) ?? null,
    title: texts(doc.title),
    abstract: texts(doc.abstract),
    issuer: issuerOf(doc),
    agencyId: idOf(doc.agency),
    fields: (doc.fields as string[] | null) ?? [],
    scope: (doc.scope as string) ?? null,
    signer: (doc.signer as string) ?? null,
    signerTitle: texts(doc.signerTitle),
    gazetteNumber: (doc.gazetteNumber as string) ?? null,
    gazetteDate: calendarDay(doc.gazetteDate as string) ?? null,
    issueDate: calendarDay(doc.issueDate as string) ?? null,
    effectiveDate: calendarDay(doc.effectiveDate as string) ?? null,
    expiryDate: calendarDay(doc.expiryDate as string) ?? null,
    relations: ((doc.relations as Row[] | null) ?? [])
      .map((r) => ({ kind: r.kind as RelationKind, target: idOf(r.target) ?? '', effectiveDate: calendarDay(r.effectiveDate as string) ?? null }))
      .filter((r) => r.target),
    publishedAt: (doc.publishedAt as string) ?? null,
    updatedAt: doc.updatedAt as string,
  }
}

const INDEX_SELECT = {
  slug: true,
  number: true,
  docType: true,
  title: true,
  abstract: true,
  issuingAgency: true,
  centralIssuer: true,
  agency: true,
  fields: true,
  scope: true,
  signer: true,
  signerTitle: true,
  gazetteNumber: true,
  gazetteDate: true,
  issueDate: true,
  effectiveDate: true,
  expiryDate: true,
  relations: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** Every published legal document's metadata, both locales, read as an anonymous visitor. */
export async function readLegalIndex(payload: Awaited<ReturnType<typeof payloadClient>>): Promise<LegalIndexEntry[]> {
  const result = await payload.find({
    collection: 'legal-documents',
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 0,
    sort: '-issueDate',
    where: { _status: { equals: 'published' } },
    select: INDEX_SELECT,
    populate: { agencies: AGENCY_LINK },
  })
  return result.docs.map((d) => toEntry(d as unknown as Row))
}

/**
 * Every published legal document's metadata, both locales (one cached entry; the finder filters,
 * counts and pages it in memory — a province publishes a few thousand documents at most).
 */
export const legalIndex = cachedRead(
  'legal:index',
  async (): Promise<LegalIndexEntry[]> => readLegalIndex(await payloadClient()),
  () => [tags.collection('legal-documents'), tags.collection('agencies')],
)

export const getLegalDocument = cachedRead(
  'legal:slug',
  (slug: string) => legalDetail(slug),
  (slug) => [tags.docSlug('legal-documents', slug), tags.collection('legal-documents')],
)

/** The same document at its latest draft, read as the previewing member of staff (never cached). */
export const getLegalDocumentPreview = (slug: string, session: PreviewSession) => legalDetail(slug, session)

async function legalDetail(slug: string, preview?: PreviewSession): Promise<LegalDetail | null> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'legal-documents',
    locale: 'all',
    overrideAccess: false,
    ...(preview ? draftReadOptions(preview) : {}),
    depth: 1,
    limit: 1,
    where: { and: [{ slug: { equals: slug } }, ...visibleTo(preview)] },
    select: { ...INDEX_SELECT, body: true, attachments: true, changeLog: true, translation: true },
    populate: {
      agencies: AGENCY_LINK,
      attachments: ATTACHMENT_CARD,
    },
  })
  const doc = result.docs[0] as unknown as Row | undefined
  if (!doc) return null
  const body = (doc.body ?? {}) as { vi?: LegalDocument['body']; en?: LegalDocument['body'] }
  return {
    ...toEntry(doc),
    body: { vi: body.vi ?? null, en: body.en ?? null },
    attachments: ((doc.attachments as Row[] | null) ?? [])
      .filter((a) => a && typeof a === 'object' && a.url)
      .map((a) => ({
        id: String(a.id),
        title: texts(a.title),
        url: a.url as string,
        filename: a.filename as string,
        mimeType: (a.mimeType as string) ?? null,
        filesize: (a.filesize as number) ?? null,
      })),
    changeLog: ((doc.changeLog as Row[] | null) ?? []).map((c) => ({ at: c.at as string, note: texts(c.note) })),
    translation: (doc.translation as LegalDetail['translation']) ?? null,
  }
}

/** Whether the document has an English edition (an English title). */
export function hasEnglish(doc: { title: Texts }): boolean {
  return Boolean(doc.title.en)
}

export type { ID }

