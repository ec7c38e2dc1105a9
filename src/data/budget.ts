import type { Payload, Where } from 'payload'
import { disclosureTimeliness, vnDay, type Timeliness } from '@/collections/BudgetDisclosures/timeliness'
import { validateBudgetTable, type BudgetTable } from '@/domain/budget/core'
import { BUDGET_REPORT_FAMILIES, isBudgetReportFamily } from '@/domain/deadlines'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { draftReadOptions, visibleTo, type PreviewSession } from '@/lib/preview/session'
import { pickText, type LText } from '@/lib/localeFallback'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { AGENCY_LINK, ATTACHMENT_CARD, PUBLISHED } from './populate'
import { queryValue, type SearchParams } from '@/domain/queryString'

/**
 * Reads for the budget pages. Punctuality is recomputed on read from the stored dates and the
 * calendar in force (built-in holidays + the `holidays` global), so a holiday an administrator
 * adds later is reflected without re-saving every disclosure.
 */
type Row = Record<string, unknown>
type ID = number | string
const COLLECTION = 'budget-disclosures'
export const BUDGET_PAGE_SIZE = 20

export interface BudgetFilters {
  year?: number
  family?: string
  /** Agency slug (the public filter). */
  agency?: string
  /** Agency id (agency sites). */
  agencyId?: ID
  page?: number
}

export interface DisclosureCard {
  id: ID
  slug: string
  title: LText | null
  fiscalYear: number
  family: string
  formCode: string | null
  documentNumber: string | null
  documentDate: string | null
  agency: { slug: string; name: LText | null } | null
  publishedAt: string | null
  timeliness: Timeliness
}

export interface DisclosureAttachment {
  id: ID
  title: LText | null
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
}

export interface DisclosureDetail extends DisclosureCard {
  note: LText | null
  table: BudgetTable | null
  attachments: DisclosureAttachment[]
  totalsOverride: { reason: string; at: string | null } | null
  updatedAt: string
}

const localized = (v: unknown): { vi?: unknown; en?: unknown } => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })

/** Normalises the query string of the listing page: unknown values are dropped, not trusted. */
export function parseBudgetFilters(sp: SearchParams): BudgetFilters {
  const one = (k: string) => queryValue(sp, k)
  const year = Number(one('year'))
  const page = Number(one('page'))
  const family = one('family')
  const agency = one('agency')
  return {
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(isBudgetReportFamily(family) ? { family } : {}),
    ...(agency && /^[a-z0-9-]{1,100}$/.test(agency) ? { agency } : {}),
    ...(Number.isInteger(page) && page > 1 && page < 10000 ? { page } : {}),
  }
}

export async function readHolidayEntries(payload: Payload): Promise<HolidayEntry[]> {
  const g = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: false })) as { entries?: HolidayEntry[] | null }
  return (g.entries ?? []).map((e) => ({ date: e.date ?? null, kind: e.kind ?? null }))
}

function toCard(doc: Row, locale: Locale, entries: HolidayEntry[]): DisclosureCard {
  const title = localized(doc.title)
  const agency = doc.agency as Row | null
  const agencyName = agency ? localized(agency.name) : null
  const timeliness = disclosureTimeliness(
    { family: doc.family as string, fiscalYear: doc.fiscalYear as number, documentDate: doc.documentDate as string, publishedAt: doc.publishedAt as string },
    calendarFromEntries(entries),
  )
  return {
    id: doc.id as ID,
    slug: doc.slug as string,
    title: pickText(locale, title[locale], title.vi),
    fiscalYear: doc.fiscalYear as number,
    family: doc.family as string,
    formCode: (doc.formCode as string) || null,
    documentNumber: (doc.documentNumber as string) || null,
    documentDate: vnDay(doc.documentDate as string),
    agency: agency && typeof agency === 'object' ? { slug: agency.slug as string, name: agencyName ? pickText(locale, agencyName[locale], agencyName.vi) : null } : null,
    publishedAt: (doc.publishedAt as string) ?? null,
    timeliness,
  }
}


export async function readBudgetDisclosures(payload: Payload, locale: Locale, filters: BudgetFilters = {}) {
  const and: Where[] = [PUBLISHED]
  if (filters.year) and.push({ fiscalYear: { equals: filters.year } })
  if (filters.family) and.push({ family: { equals: filters.family } })
  if (filters.agency) and.push({ 'agency.slug': { equals: filters.agency } })
  if (filters.agencyId !== undefined) and.push({ agency: { equals: filters.agencyId } })
  const [result, entries] = await Promise.all([
    payload.find({
      collection: COLLECTION,
      locale: 'all',
      overrideAccess: false,
      depth: 1,
      page: filters.page ?? 1,
      limit: BUDGET_PAGE_SIZE,
      sort: ['-fiscalYear', '-publishedAt'],
      where: { and },
      select: { title: true, slug: true, fiscalYear: true, family: true, formCode: true, documentNumber: true, documentDate: true, publishedAt: true, agency: true },
      populate: { agencies: AGENCY_LINK },
    }),
    readHolidayEntries(payload),
  ])
  return {
    items: result.docs.map((d) => toCard(d as unknown as Row, locale, entries)),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

export interface BudgetFacets {
  years: number[]
  families: string[]
  agencies: { slug: string; name: LText | null }[]
}

/** The values the filters offer: only those that have published disclosures. */
export async function readBudgetFacets(payload: Payload, locale: Locale, agencyId?: ID): Promise<BudgetFacets> {
  const result = await payload.find({
    collection: COLLECTION,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 5000,
    where: { and: [PUBLISHED, ...(agencyId !== undefined ? [{ agency: { equals: agencyId } }] : [])] },
    select: { fiscalYear: true, family: true, agency: true },
    populate: { agencies: AGENCY_LINK },
  })
  const years = new Set<number>()
  const families = new Set<string>()
  const agencies = new Map<string, { slug: string; name: LText | null }>()
  for (const d of result.docs as unknown as Row[]) {
    if (typeof d.fiscalYear === 'number') years.add(d.fiscalYear)
    if (typeof d.family === 'string') families.add(d.family)
    const a = d.agency as Row | null
    if (a && typeof a === 'object' && typeof a.slug === 'string') {
      const name = localized(a.name)
      agencies.set(a.slug, { slug: a.slug, name: pickText(locale, name[locale], name.vi) })
    }
  }
  return {
    years: [...years].sort((a, b) => b - a),
    families: BUDGET_REPORT_FAMILIES.filter((f) => families.has(f)),
    agencies: [...agencies.values()].sort((a, b) => (a.name?.text ?? a.slug).localeCompare(b.name?.text ?? b.slug, 'vi')),
  }
}

export async function readBudgetDisclosure(payload: Payload, locale: Locale, slug: string, preview?: PreviewSession): Promise<DisclosureDetail | null> {
  const [result, entries] = await Promise.all([
    payload.find({
      collection: COLLECTION,
      locale: 'all',
      overrideAccess: false,
      ...(preview ? draftReadOptions(preview) : {}),
      depth: 1,
      limit: 1,
      where: { and: [...visibleTo(preview), { slug: { equals: slug } }] },
      populate: { agencies: AGENCY_LINK, attachments: ATTACHMENT_CARD },
    }),
    readHolidayEntries(payload),
  ])
  const doc = result.docs[0] as unknown as Row | undefined
  if (!doc) return null
  const note = localized(doc.note)
  const table = doc.table && validateBudgetTable(doc.table).length === 0 ? (doc.table as BudgetTable) : null
  const override = doc.totalsOverride as { reason?: string | null; at?: string | null } | undefined
  return {
    ...toCard(doc, locale, entries),
    note: pickText(locale, note[locale], note.vi),
    table,
    attachments: ((doc.attachments as Row[] | undefined) ?? [])
      .filter((a) => a && typeof a === 'object' && typeof a.url === 'string')
      .map((a) => {
        const t = localized(a.title)
        return {
          id: a.id as ID,
          title: pickText(locale, t[locale], t.vi),
          url: a.url as string,
          filename: a.filename as string,
          mimeType: (a.mimeType as string) ?? null,
          filesize: (a.filesize as number) ?? null,
        }
      }),
    totalsOverride: override?.reason ? { reason: override.reason, at: override.at ?? null } : null,
    updatedAt: doc.updatedAt as string,
  }
}

const listTags = (agencyId?: ID) => [tags.collection(COLLECTION), tags.global('holidays'), tags.collection('agencies'), ...(agencyId !== undefined ? [tags.agency(agencyId)] : [])]

export const listBudgetDisclosures = cachedRead(
  'budget:list',
  async (locale: Locale, filters: BudgetFilters = {}) => readBudgetDisclosures(await payloadClient(), locale, filters),
  (_locale, filters = {}) => listTags(filters.agencyId),
)

export const getBudgetFacets = cachedRead(
  'budget:facets',
  async (locale: Locale, agencyId?: ID) => readBudgetFacets(await payloadClient(), locale, agencyId),
  (_locale, agencyId) => listTags(agencyId),
)

export const getBudgetDisclosure = cachedRead(
  'budget:slug',
  async (locale: Locale, slug: string) => readBudgetDisclosure(await payloadClient(), locale, slug),
  (_locale, slug) => [tags.docSlug(COLLECTION, slug), tags.global('holidays'), tags.collection('attachments')],
)

/** The same disclosure at its latest draft, read as the previewing member of staff (never cached). */
export const getBudgetDisclosurePreview = async (locale: Locale, slug: string, session: PreviewSession) => readBudgetDisclosure(await payloadClient(), locale, slug, session)
