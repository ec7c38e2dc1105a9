import type { Payload } from 'payload'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { fold, normaliseProcedureCode, ONLINE_LEVELS, performanceReport, PROCEDURE_FIELDS, procedureCodeDigits, type DossierStatus, type StatDossier } from '@/domain/services'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'
import { AGENCY_LINK, ATTACHMENT_CARD, LEGAL_LINK, PUBLISHED } from './populate'
import { queryValue, type SearchParams } from '@/domain/queryString'

type Row = Record<string, unknown>
type ID = number | string
const COLLECTION = 'procedures'
export const PROCEDURES_PAGE_SIZE = 20

const localized = (v: unknown): { vi?: unknown; en?: unknown } => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })
const text = (locale: Locale, v: unknown) => {
  const l = localized(v)
  return pickText(locale, l[locale], l.vi)
}

export interface ProcedureCard {
  id: ID
  slug: string
  code: string
  name: LText | null
  field: string
  level: string
  processingDays: number | null
  agency: { id: ID; slug: string; name: LText | null } | null
  /** Folded name + code digits: what the finder's text filter matches. */
  match: string
}

export interface ProcedureDetail extends ProcedureCard {
  legacyLevel: string | null
  partialReason: LText | null
  processingNote: LText | null
  fees: LText | null
  applicants: LText | null
  submission: LText | null
  documents: { name: LText | null; copies: number | null; form: string | null }[]
  forms: { id: ID; title: LText | null; url: string; filename: string; mimeType: string | null; filesize: number | null }[]
  legalBasis: { slug: string; number: string; title: LText | null }[]
  legalBasisText: LText | null
  nationalUrl: string | null
  updatedAt: string
}

function toCard(doc: Row, locale: Locale): ProcedureCard {
  const agency = doc.agency && typeof doc.agency === 'object' ? (doc.agency as Row) : null
  const name = text(locale, doc.name)
  const nameVi = localized(doc.name).vi
  const code = String(doc.code ?? '')
  return {
    id: doc.id as ID,
    slug: doc.slug as string,
    code,
    name,
    field: (doc.field as string) ?? 'other',
    level: (doc.level as string) ?? 'offline',
    processingDays: typeof doc.processingDays === 'number' ? doc.processingDays : null,
    agency: agency ? { id: agency.id as ID, slug: agency.slug as string, name: text(locale, agency.name) } : null,
    match: [fold(name?.text ?? ''), typeof nameVi === 'string' ? fold(nameVi) : '', code ? procedureCodeDigits(code) : ''].join(' '),
  }
}

async function readAllProcedures(payload: Payload, locale: Locale): Promise<ProcedureCard[]> {
  const result = await payload.find({
    collection: COLLECTION,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 0,
    sort: 'code',
    where: PUBLISHED,
    select: { code: true, name: true, slug: true, field: true, level: true, processingDays: true, agency: true },
    populate: { agencies: AGENCY_LINK },
  })
  return (result.docs as unknown as Row[]).map((d) => toCard(d, locale))
}

/** Every published procedure as a card (the finder filters these in memory; cached by tag). */
export const allProcedures = cachedRead(
  'procedures:all',
  async (locale: Locale) => readAllProcedures(await payloadClient(), locale),
  () => [tags.collection(COLLECTION), tags.collection('agencies')],
)

export interface ProcedureFilters {
  q?: string
  agency?: string
  field?: string
  level?: string
  page?: number
}

export function parseProcedureFilters(sp: SearchParams): ProcedureFilters {
  const one = (k: string) => queryValue(sp, k)
  const out: ProcedureFilters = {}
  const q = one('q')
  if (q) out.q = q
  const agency = one('agency')
  if (agency && /^[a-z0-9-]{1,80}$/.test(agency)) out.agency = agency
  const field = one('field')
  if (field && PROCEDURE_FIELDS.some((f) => f.value === field)) out.field = field
  const level = one('level')
  if (level && ONLINE_LEVELS.some((l) => l.value === level)) out.level = level
  const page = Number(one('page'))
  if (Number.isInteger(page) && page > 1 && page < 10_000) out.page = page
  return out
}

/**
 * The finder: text (accent-free, any spelling of a code), agency, field and level, then a page.
 * Counts per facet value are of the cards matching the other filters.
 */
export function filterProcedures(cards: readonly ProcedureCard[], f: ProcedureFilters) {
  const code = f.q ? normaliseProcedureCode(f.q) : null
  const words = f.q && !code ? fold(f.q).split(' ').filter(Boolean) : []
  const byText = (c: ProcedureCard) => (code ? c.code === code : words.every((w) => c.match.includes(w)))
  const byAgency = (c: ProcedureCard) => !f.agency || c.agency?.slug === f.agency
  const byField = (c: ProcedureCard) => !f.field || c.field === f.field
  const byLevel = (c: ProcedureCard) => !f.level || c.level === f.level
  const matching = cards.filter((c) => byText(c) && byAgency(c) && byField(c) && byLevel(c))
  const count = (list: ProcedureCard[], key: (c: ProcedureCard) => string | undefined) => {
    const m: Record<string, number> = {}
    for (const c of list) {
      const k = key(c)
      if (k) m[k] = (m[k] ?? 0) + 1
    }
    return m
  }
  const page = Math.max(1, f.page ?? 1)
  const totalPages = Math.max(1, Math.ceil(matching.length / PROCEDURES_PAGE_SIZE))
  return {
    items: matching.slice((page - 1) * PROCEDURES_PAGE_SIZE, page * PROCEDURES_PAGE_SIZE),
    totalDocs: matching.length,
    page,
    totalPages,
    counts: {
      level: count(cards.filter((c) => byText(c) && byAgency(c) && byField(c)), (c) => c.level),
      field: count(cards.filter((c) => byText(c) && byAgency(c) && byLevel(c)), (c) => c.field),
      agency: count(cards.filter((c) => byText(c) && byField(c) && byLevel(c)), (c) => c.agency?.slug),
    },
  }
}

async function readProcedure(payload: Payload, locale: Locale, slug: string): Promise<ProcedureDetail | null> {
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
  const rows = (v: unknown) => ((v as Row[] | undefined) ?? []).filter((r) => r && typeof r === 'object')
  return {
    ...toCard(doc, locale),
    legacyLevel: (doc.legacyLevel as string) ?? null,
    partialReason: text(locale, doc.partialReason),
    processingNote: text(locale, doc.processingNote),
    fees: text(locale, doc.fees),
    applicants: text(locale, doc.applicants),
    submission: text(locale, doc.submission),
    documents: rows(doc.documents).map((d) => ({ name: text(locale, d.name), copies: typeof d.copies === 'number' ? d.copies : null, form: (d.form as string) ?? null })),
    forms: rows(doc.forms)
      .filter((a) => typeof a.url === 'string')
      .map((a) => ({ id: a.id as ID, title: text(locale, a.title), url: a.url as string, filename: a.filename as string, mimeType: (a.mimeType as string) ?? null, filesize: (a.filesize as number) ?? null })),
    // A relation to an unpublished document is not populated for the public (its id only).
    legalBasis: rows(doc.legalBasis)
      .filter((d) => typeof d.slug === 'string')
      .map((d) => ({ slug: d.slug as string, number: (d.number as string) ?? '', title: text(locale, d.title) })),
    legalBasisText: text(locale, doc.legalBasisText),
    nationalUrl: (doc.nationalUrl as string) || null,
    updatedAt: doc.updatedAt as string,
  }
}

export const getProcedure = cachedRead(
  'procedures:slug',
  async (locale: Locale, slug: string) => readProcedure(await payloadClient(), locale, slug),
  (_locale, slug) => [tags.docSlug(COLLECTION, slug), tags.collection('legal-documents'), tags.collection('attachments'), tags.collection('agencies')],
)

/** The other way of the legal-basis relation: published procedures based on one legal document. */
export const proceduresBasedOn = cachedRead(
  'procedures:basedOn',
  async (locale: Locale, legalDocumentId: ID) => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: COLLECTION,
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      limit: 200,
      where: { and: [PUBLISHED, { legalBasis: { in: [legalDocumentId] } }] },
      select: { code: true, name: true, slug: true },
    })
    return (result.docs as unknown as Row[]).map((d) => ({ code: d.code as string, slug: d.slug as string, name: text(locale, d.name) }))
  },
  () => [tags.collection(COLLECTION)],
)

export interface StatsInput {
  dossiers: (StatDossier & { agencyId: ID })[]
  agencies: { id: ID; slug: string; name: { vi: string | null; en: string | null } }[]
  holidays: HolidayEntry[]
}

/**
 * What the performance figures are computed from: every dossier's agency, procedure code, dates
 * and status (no code, factor or anything personal), the agencies and the holiday entries.
 * Cached by the dossiers tag (every import expires it).
 */
export const statsInput = cachedRead(
  'dossiers:stats',
  async (): Promise<StatsInput> => {
    const payload = await payloadClient()
    const found = await payload.find({
      collection: 'dossiers',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      limit: 0,
      select: { agency: true, procedureCode: true, receivedAt: true, dueAt: true, resultAt: true, status: true, history: true },
    })
    const agencies = await payload.find({ collection: 'agencies', locale: 'all', overrideAccess: false, depth: 0, pagination: false, limit: 0, select: { slug: true, name: true }, sort: 'slug' })
    const g = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: false })) as { entries?: HolidayEntry[] | null }
    const agencyIds = new Map((agencies.docs as unknown as Row[]).map((a) => [String(a.id), a.slug as string]))
    return {
      dossiers: (found.docs as unknown as Row[]).map((d) => {
        const agencyId = (d.agency && typeof d.agency === 'object' ? (d.agency as Row).id : d.agency) as ID
        return {
          agencyId,
          agency: agencyIds.get(String(agencyId)) ?? String(agencyId),
          procedureCode: d.procedureCode as string,
          receivedAt: vnDayOf(d.receivedAt),
          dueAt: vnDayOf(d.dueAt),
          resultAt: d.resultAt ? vnDayOf(d.resultAt) : null,
          status: d.status as DossierStatus,
          history: ((d.history as Row[] | undefined) ?? []).map((h) => ({ status: h.status as DossierStatus, at: vnDayOf(h.at) })),
        }
      }),
      agencies: (agencies.docs as unknown as Row[]).map((a) => {
        const n = localized(a.name)
        return { id: a.id as ID, slug: a.slug as string, name: { vi: (n.vi as string) ?? null, en: (n.en as string) ?? null } }
      }),
      holidays: (g.entries ?? []).map((e) => ({ date: e.date ?? null, kind: e.kind ?? null })),
    }
  },
  () => [tags.collection('dossiers'), tags.collection('agencies'), tags.global('holidays')],
)

/** Dates are stored as midnight UTC of the day (imports) — the day is the stored date's. */
function vnDayOf(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, 10) : (vnDay(v as string) ?? '')
}

export { calendarFromEntries }

/**
 * The performance report for a year (or one month of it), computed from the dossiers on the
 * working-day calendar as of `today` (Việt Nam date), cached by the dossiers tag.
 */
export const servicePerformance = cachedRead(
  'dossiers:report',
  async (year: number, month: number | null, today: string) => {
    const [input, procedures] = await Promise.all([statsInput(), allProcedures('vi')])
    const report = performanceReport({
      dossiers: input.dossiers,
      procedures: procedures.map((p) => ({ agency: p.agency?.slug ?? null, level: p.level })),
      agencies: input.agencies.map((a) => a.slug),
      year,
      month,
      today,
      cal: calendarFromEntries(input.holidays),
    })
    const years = [...new Set(input.dossiers.map((d) => Number(d.receivedAt.slice(0, 4))).filter((y) => y > 2000))].sort()
    return { report, agencies: input.agencies, years }
  },
  () => [tags.collection('dossiers'), tags.collection(COLLECTION), tags.collection('agencies'), tags.global('holidays')],
)
