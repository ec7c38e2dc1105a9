import { toSearchDocs as agencyDocs } from '@/collections/Agencies/search'
import { toSearchDocs as budgetDocs } from '@/collections/BudgetDisclosures/search'
import { toSearchDocs as projectDocs } from '@/collections/InvestmentProjects/search'
import { toSearchDocs as legalDocs } from '@/collections/LegalDocuments/search'
import { toSearchDocs as newsDocs } from '@/collections/News/search'
import { toSearchDocs as planDocs } from '@/collections/Plans/search'
import type { Locale } from '@/routes/locales'

/** What a collection's `toSearchDocs(doc, locale)` returns (src/collections/<Name>/search.ts). */
export interface SourceDoc {
  title: string
  body: string
  docNumber?: string
  year?: number
  docType?: string
  /** ISO date shown with the hit and used to rank recent items first; default `publishedAt`. */
  date?: string
}

type Doc = Record<string, unknown>

/** One searchable collection: how a stored document (read in one locale, depth 0) becomes an index row. */
export interface SearchSource {
  collection: string
  toSearchDocs: (doc: Doc, locale: Locale) => SourceDoc | null | undefined
  /** The agency a hit is filed under (default: the tenant `agency`). */
  agencyRef?: (doc: Doc) => unknown
  /** Date shown and ranked (default `publishedAt`). */
  date?: (doc: Doc) => unknown
  /**
   * Non-localized fields the index rows read. When a published document is re-published after an
   * edit in one locale and none of these changed, only that locale's row is rewritten.
   */
  shared: string[]
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)

export const SEARCH_SOURCES: SearchSource[] = [
  { collection: 'news', toSearchDocs: newsDocs, shared: [] },
  {
    collection: 'legal-documents',
    toSearchDocs: legalDocs,
    agencyRef: (d) => d.issuingAgency ?? d.agency,
    date: (d) => str(d.issueDate) ?? str(d.publishedAt),
    shared: ['number', 'docType', 'issueDate', 'issuingAgency'],
  },
  { collection: 'plans', toSearchDocs: planDocs, shared: ['kind', 'level', 'area', 'periodStart', 'periodEnd'] },
  {
    collection: 'budget-disclosures',
    toSearchDocs: budgetDocs,
    date: (d) => str(d.publishedAt) ?? str(d.documentDate),
    shared: ['family', 'formCode', 'documentNumber', 'fiscalYear', 'documentDate'],
  },
  { collection: 'investment-projects', toSearchDocs: projectDocs, shared: ['sector'] },
  // An agency is filed under itself (the agency filter then finds its own page too).
  { collection: 'agencies', toSearchDocs: agencyDocs, agencyRef: (d) => d.id, date: () => undefined, shared: [] },
]

export const SEARCH_SOURCE_BY_COLLECTION: ReadonlyMap<string, SearchSource> = new Map(SEARCH_SOURCES.map((s) => [s.collection, s]))

/** Section keys of the search page = the collections above, in this order. */
export const SEARCH_SECTIONS: string[] = SEARCH_SOURCES.map((s) => s.collection)
