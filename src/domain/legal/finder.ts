/**
 * The legal-documents finder: filters from the query string, disjunctive facet counts, sorting and
 * pagination over a list of documents whose effect status is already computed for today.
 * Pure: the page supplies the documents (from a cached read) and renders the result.
 *
 * Within one facet the selected values are alternatives (type = decision OR plan); across facets
 * they all apply. The count shown beside a value is the number of documents the list would hold if
 * that value were selected too (counts of a facet ignore that facet's own selection).
 */
import type { EffectStatus, ISODate } from './effect'

export const FACETS = ['type', 'issuer', 'field', 'year', 'status'] as const
export type Facet = (typeof FACETS)[number]

export interface FinderDoc {
  id: string
  docType?: string | null
  /** Stable key of the issuing body (agency slug, or the free text for central bodies). */
  issuer?: string | null
  fields?: readonly string[] | null
  issueDate?: ISODate | null
  status: EffectStatus
}

export type FinderFilters = Partial<Record<Facet, string[]>>
export type FinderSort = 'newest' | 'oldest'

export interface FinderQuery {
  filters: FinderFilters
  sort: FinderSort
  page: number
}

export interface FacetValue {
  value: string
  count: number
  selected: boolean
}

export interface FinderResult<T> {
  items: T[]
  total: number
  page: number
  totalPages: number
  facets: Record<Facet, FacetValue[]>
}

const MAX_VALUES_PER_FACET = 20
const MAX_VALUE_LENGTH = 200

function valuesOf(doc: FinderDoc, facet: Facet): string[] {
  switch (facet) {
    case 'type':
      return doc.docType ? [doc.docType] : []
    case 'issuer':
      return doc.issuer ? [doc.issuer] : []
    case 'field':
      return [...(doc.fields ?? [])]
    case 'year':
      return doc.issueDate ? [doc.issueDate.slice(0, 4)] : []
    case 'status':
      return [doc.status]
  }
}

function matches(doc: FinderDoc, filters: FinderFilters, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue
    const wanted = filters[facet]
    if (!wanted || wanted.length === 0) continue
    const have = valuesOf(doc, facet)
    if (!have.some((v) => wanted.includes(v))) return false
  }
  return true
}

/**
 * Reads filters, sort and page from URL search params. Unknown parameters are ignored; values are
 * trimmed, deduplicated, length-limited and (when `allowed` lists them) restricted to known values.
 */
export function parseFinderQuery(
  params: Record<string, string | string[] | undefined>,
  allowed: Partial<Record<Facet, readonly string[]>> = {},
): FinderQuery {
  const filters: FinderFilters = {}
  for (const facet of FACETS) {
    const raw = params[facet]
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH)
    let values = [...new Set(list)]
    if (facet === 'year') values = values.filter((v) => /^\d{4}$/.test(v))
    const known = allowed[facet]
    if (known) values = values.filter((v) => known.includes(v))
    if (values.length) filters[facet] = values.slice(0, MAX_VALUES_PER_FACET)
  }
  const sortRaw = Array.isArray(params.sort) ? params.sort[0] : params.sort
  const pageRaw = Array.isArray(params.page) ? params.page[0] : params.page
  const page = pageRaw && /^\d{1,6}$/.test(pageRaw) ? Math.max(1, Number(pageRaw)) : 1
  return { filters, sort: sortRaw === 'oldest' ? 'oldest' : 'newest', page }
}

/** The query string of a finder state (facets in a fixed order; defaults omitted). */
export function finderQueryString(query: Partial<FinderQuery>): string {
  const search = new URLSearchParams()
  for (const facet of FACETS) for (const v of query.filters?.[facet] ?? []) search.append(facet, v)
  if (query.sort === 'oldest') search.set('sort', 'oldest')
  if (query.page && query.page > 1) search.set('page', String(query.page))
  const s = search.toString()
  return s ? `?${s}` : ''
}

function compare(a: FinderDoc, b: FinderDoc, sort: FinderSort): number {
  const da = a.issueDate ?? ''
  const db = b.issueDate ?? ''
  if (da !== db) {
    // Undated documents go last in both orders.
    if (!da) return 1
    if (!db) return -1
    return sort === 'newest' ? db.localeCompare(da) : da.localeCompare(db)
  }
  return a.id.localeCompare(b.id)
}

export function findDocs<T extends FinderDoc>(docs: readonly T[], query: FinderQuery, perPage = 20): FinderResult<T> {
  const { filters, sort } = query
  const hits = docs.filter((d) => matches(d, filters)).sort((a, b) => compare(a, b, sort))
  const totalPages = Math.max(1, Math.ceil(hits.length / perPage))
  const page = Math.min(Math.max(1, query.page), totalPages)
  const facets = {} as Record<Facet, FacetValue[]>
  for (const facet of FACETS) {
    const counts = new Map<string, number>()
    for (const d of docs) {
      if (!matches(d, filters, facet)) continue
      for (const v of new Set(valuesOf(d, facet))) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    // A selected value stays visible (count 0) so it can be unselected.
    for (const v of filters[facet] ?? []) if (!counts.has(v)) counts.set(v, 0)
    const selected = new Set(filters[facet] ?? [])
    facets[facet] = [...counts.entries()]
      .map(([value, count]) => ({ value, count, selected: selected.has(value) }))
      .sort((a, b) => (facet === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value)))
  }
  return { items: hits.slice((page - 1) * perPage, page * perPage), total: hits.length, page, totalPages, facets }
}
