/**
 * Portal documents → the scoring engine's `Item`. Pure (no Payload import); the loader in
 * ./load.ts feeds it what the Local API returns at depth 0 with `locale: 'all'`.
 *
 * Dates are calendar days in Vietnam (Asia/Ho_Chi_Minh): a document published at 23:30 on the
 * 5th in Hà Tĩnh was published on the 5th, whatever the server's time zone.
 */
import { isISODate, toISODate } from '@/domain/calendar'
import { budgetRuleName, isBudgetReportFamily, periodEnd } from '@/domain/deadlines'
import type { ISODate, Item } from '@/domain/transparency'
import { SOURCE_COLLECTIONS, type SourceCollection } from './catalogue'

type ID = number | string
type Localized = string | { vi?: string | null; en?: string | null } | null | undefined

export interface SourceDoc {
  id: ID
  agency?: ID | { id: ID } | null
  title?: Localized
  number?: string | null
  documentNumber?: string | null
  publishedAt?: string | null
  createdAt?: string | null
  updatedAt?: string | null
  issueDate?: string | null
  documentDate?: string | null
  fiscalYear?: number | null
  family?: string | null
  [field: string]: unknown
}

export interface AgencyDoc {
  id: ID
  name?: Localized
  englishGaps?: string[] | null
  createdAt?: string | null
  updatedAt?: string | null
}

export interface AgencyItem extends Item {
  agencyId: string
}

/** A timestamp or date → the Vietnamese calendar day, or undefined. */
export function vnDay(value: unknown): ISODate | undefined {
  if (typeof value !== 'string' || !value) return undefined
  if (isISODate(value)) return value
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : toISODate(d)
}

function text(l: Localized, locale: 'vi' | 'en'): string {
  if (typeof l === 'string') return locale === 'vi' ? l.trim() : ''
  return (l?.[locale] ?? '').trim()
}

const idOf = (ref: SourceDoc['agency']): string | null => (ref === null || ref === undefined ? null : String(typeof ref === 'object' ? ref.id : ref))

/** One published document of a source collection → an Item (null when it cannot be dated or has no agency). */
export function toItem(collection: Exclude<SourceCollection, 'agencies'>, doc: SourceDoc): AgencyItem | null {
  const agencyId = idOf(doc.agency)
  const publishedOn = vnDay(doc.publishedAt) ?? vnDay(doc.createdAt)
  if (!agencyId || !publishedOn) return null
  const attrs: Record<string, string> = {}
  for (const field of SOURCE_COLLECTIONS[collection] as readonly string[]) {
    const v = doc[field]
    if (typeof v === 'string' && v) attrs[field] = v
    else if (typeof v === 'number') attrs[field] = String(v)
  }
  const vi = text(doc.title, 'vi')
  const title = [doc.number ?? doc.documentNumber, vi || text(doc.title, 'en')].filter(Boolean).join(' — ') || `${collection} ${doc.id}`
  const item: AgencyItem = { agencyId, id: `${collection}:${doc.id}`, collection, attrs, title, publishedOn }
  const createdOn = vnDay(doc.issueDate) ?? vnDay(doc.documentDate)
  if (createdOn) item.createdOn = createdOn
  if (collection === 'budget-disclosures' && isBudgetReportFamily(doc.family) && typeof doc.fiscalYear === 'number') {
    try {
      const end = periodEnd(doc.family, doc.fiscalYear)
      if (end) item.periodEnd = end
      // The disclosure rule in force for its budget year, named in the evidence.
      item.rule = budgetRuleName(doc.fiscalYear, 'vi')
    } catch {
      // a fiscal year out of range is reported by the collection's own validation
    }
  }
  const updatedOn = vnDay(doc.updatedAt)
  if (updatedOn && updatedOn > publishedOn) item.updatedOn = updatedOn
  item.hasEnglish = text(doc.title, 'en').length > 0
  return item
}

/**
 * An agency's own organisation and contacts page, as an on-change item: "published" when the
 * agency record was created, updated whenever it is saved, English when nothing the law requires
 * in English is missing (`englishGaps`).
 */
export function agencyItem(doc: AgencyDoc): AgencyItem | null {
  const publishedOn = vnDay(doc.createdAt)
  if (!publishedOn) return null
  const item: AgencyItem = {
    agencyId: String(doc.id),
    id: `agencies:${doc.id}`,
    collection: 'agencies',
    attrs: { part: 'contacts' },
    title: text(doc.name, 'vi') || text(doc.name, 'en') || String(doc.id),
    publishedOn,
    hasEnglish: (doc.englishGaps ?? []).length === 0,
  }
  const updatedOn = vnDay(doc.updatedAt)
  if (updatedOn && updatedOn > publishedOn) item.updatedOn = updatedOn
  return item
}

/** Items grouped by agency id. */
export function groupByAgency(items: readonly AgencyItem[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>()
  for (const { agencyId, ...item } of items) {
    const list = out.get(agencyId) ?? []
    list.push(item)
    out.set(agencyId, list)
  }
  return out
}
