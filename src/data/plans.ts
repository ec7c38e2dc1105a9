import type { Payload, Where } from 'payload'
import { optionValues, PLAN_AREAS, PLAN_KINDS, PLAN_LEVELS, PLAN_STATUSES } from '@/collections/Plans/options'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import type { RelationKind } from '@/domain/legal'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { draftReadOptions, visibleTo, type PreviewSession } from '@/lib/preview/session'
import { AGENCY_LINK, ATTACHMENT_CARD, PUBLISHED } from './populate'
import { queryValue, type SearchParams } from '@/domain/queryString'

type Row = Record<string, unknown>
type ID = number | string
const COLLECTION = 'plans'
export const PLANS_PAGE_SIZE = 20

export interface PlanFilters {
  kind?: string
  level?: string
  status?: string
  area?: string
  agencyId?: ID
  page?: number
}

export interface PlanCard {
  id: ID
  slug: string
  title: LText | null
  description: LText | null
  kind: string
  level: string
  planStatus: string
  area: string
  areaDetail: LText | null
  periodStart: number | null
  periodEnd: number | null
  visionYear: number | null
  agency: { slug: string; name: LText | null } | null
}

export interface ChainDocument {
  slug: string
  number: string
  title: LText | null
  issueDate: string | null
}

export interface PlanDetail extends PlanCard {
  /** plan → approving decision → what later changed that decision. */
  approval: ChainDocument | null
  approvalReference: string | null
  amendments: (ChainDocument & { kind: RelationKind; effectiveDate: string | null })[]
  attachments: { id: ID; title: LText | null; url: string; filename: string; mimeType: string | null; filesize: number | null }[]
  publishedAt: string | null
  updatedAt: string
}

/** Relations of a later document that change the approving decision (shown in the chain). */
export const CHAIN_KINDS: readonly RelationKind[] = ['amends', 'replaces', 'partly-repeals', 'repeals', 'suspends', 'corrects', 'consolidates']

const localized = (v: unknown): { vi?: unknown; en?: unknown } => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })
const text = (locale: Locale, v: unknown) => {
  const l = localized(v)
  return pickText(locale, l[locale], l.vi)
}

export function parsePlanFilters(sp: SearchParams): PlanFilters {
  const one = (k: string) => queryValue(sp, k)
  const pick = (k: string, allowed: readonly string[]) => {
    const v = one(k)
    return v && allowed.includes(v) ? v : undefined
  }
  const page = Number(one('page'))
  const out: PlanFilters = {}
  const kind = pick('kind', optionValues(PLAN_KINDS))
  const level = pick('level', optionValues(PLAN_LEVELS))
  const status = pick('status', optionValues(PLAN_STATUSES))
  const area = pick('area', optionValues(PLAN_AREAS))
  if (kind) out.kind = kind
  if (level) out.level = level
  if (status) out.status = status
  if (area) out.area = area
  if (Number.isInteger(page) && page > 1 && page < 10000) out.page = page
  return out
}

function toCard(doc: Row, locale: Locale): PlanCard {
  const agency = doc.agency as Row | null
  return {
    id: doc.id as ID,
    slug: doc.slug as string,
    title: text(locale, doc.title),
    description: text(locale, doc.description),
    kind: doc.kind as string,
    level: doc.level as string,
    planStatus: doc.planStatus as string,
    area: doc.area as string,
    areaDetail: text(locale, doc.areaDetail),
    periodStart: (doc.periodStart as number) ?? null,
    periodEnd: (doc.periodEnd as number) ?? null,
    visionYear: (doc.visionYear as number) ?? null,
    agency: agency && typeof agency === 'object' ? { slug: agency.slug as string, name: text(locale, agency.name) } : null,
  }
}


export async function readPlans(payload: Payload, locale: Locale, filters: PlanFilters = {}) {
  const and: Where[] = [PUBLISHED]
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.level) and.push({ level: { equals: filters.level } })
  if (filters.status) and.push({ planStatus: { equals: filters.status } })
  if (filters.area) and.push({ area: { equals: filters.area } })
  if (filters.agencyId !== undefined) and.push({ agency: { equals: filters.agencyId } })
  const result = await payload.find({
    collection: COLLECTION,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    page: filters.page ?? 1,
    limit: PLANS_PAGE_SIZE,
    sort: ['-periodStart', 'slug'],
    where: { and },
    select: { title: true, slug: true, description: true, kind: true, level: true, planStatus: true, area: true, areaDetail: true, periodStart: true, periodEnd: true, visionYear: true, agency: true },
    populate: { agencies: AGENCY_LINK },
  })
  return { items: result.docs.map((d) => toCard(d as unknown as Row, locale)), page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

function chainDoc(doc: Row, locale: Locale): ChainDocument {
  return { slug: doc.slug as string, number: doc.number as string, title: text(locale, doc.title), issueDate: vnDay(doc.issueDate as string) }
}

export async function readPlan(payload: Payload, locale: Locale, slug: string, preview?: PreviewSession): Promise<PlanDetail | null> {
  const result = await payload.find({
    collection: COLLECTION,
    locale: 'all',
    overrideAccess: false,
    ...(preview ? draftReadOptions(preview) : {}),
    depth: 1,
    limit: 1,
    where: { and: [...visibleTo(preview), { slug: { equals: slug } }] },
    populate: {
      agencies: AGENCY_LINK,
      attachments: ATTACHMENT_CARD,
      'legal-documents': { number: true, title: true, issueDate: true, slug: true },
    },
  })
  const doc = result.docs[0] as unknown as Row | undefined
  if (!doc) return null
  // A relation to an unpublished legal document is not populated for the public (only its id).
  const approving = doc.approvingDocument && typeof doc.approvingDocument === 'object' ? (doc.approvingDocument as Row) : null
  let amendments: PlanDetail['amendments'] = []
  if (approving) {
    const later = await payload.find({
      collection: 'legal-documents',
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      limit: 200,
      where: { and: [PUBLISHED, { 'relations.target': { equals: approving.id } }] },
      select: { number: true, title: true, issueDate: true, slug: true, relations: true },
    })
    amendments = (later.docs as unknown as Row[])
      .flatMap((d) =>
        ((d.relations as Row[] | undefined) ?? [])
          .filter((r) => String(r.target && typeof r.target === 'object' ? (r.target as Row).id : r.target) === String(approving.id) && CHAIN_KINDS.includes(r.kind as RelationKind))
          .map((r) => ({ ...chainDoc(d, locale), kind: r.kind as RelationKind, effectiveDate: vnDay(r.effectiveDate as string) })),
      )
      .sort((a, b) => (a.issueDate ?? '').localeCompare(b.issueDate ?? ''))
  }
  return {
    ...toCard(doc, locale),
    approval: approving ? chainDoc(approving, locale) : null,
    approvalReference: (doc.approvalReference as string) || null,
    amendments,
    attachments: ((doc.attachments as Row[] | undefined) ?? [])
      .filter((a) => a && typeof a === 'object' && typeof a.url === 'string')
      .map((a) => ({ id: a.id as ID, title: text(locale, a.title), url: a.url as string, filename: a.filename as string, mimeType: (a.mimeType as string) ?? null, filesize: (a.filesize as number) ?? null })),
    publishedAt: (doc.publishedAt as string) ?? null,
    updatedAt: doc.updatedAt as string,
  }
}

export const listPlans = cachedRead(
  'plans:list',
  async (locale: Locale, filters: PlanFilters = {}) => readPlans(await payloadClient(), locale, filters),
  (_locale, filters = {}) => [tags.collection(COLLECTION), tags.collection('agencies'), ...(filters.agencyId !== undefined ? [tags.agency(filters.agencyId)] : [])],
)

export const getPlan = cachedRead(
  'plans:slug',
  async (locale: Locale, slug: string) => readPlan(await payloadClient(), locale, slug),
  // The chain changes when any legal document is published or amended.
  (_locale, slug) => [tags.docSlug(COLLECTION, slug), tags.collection('legal-documents'), tags.collection('attachments')],
)

/** The same plan at its latest draft, read as the previewing member of staff (never cached). */
export const getPlanPreview = async (locale: Locale, slug: string, session: PreviewSession) => readPlan(await payloadClient(), locale, slug, session)
