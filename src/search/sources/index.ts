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
  /** Ranked between the title and the body (e.g. a legal document's abstract). */
  abstract?: string
  /**
   * The issuer when the source knows it by itself (a central body from src/domain/legal/issuers.ts):
   * the name shown, its language when it is not the row's, its short forms and keys.
   */
  issuer?: { name: string; lang?: Locale; forms: string[]; keys: string[] }
  /** Type and year words matched like the title (src/domain/search/synonyms.ts typeIndexForms). */
  fieldWords?: string[]
}

type Doc = Record<string, unknown>

/** One searchable collection: how a stored document (read in one locale, depth 0) becomes an index row. */
export interface SearchSource {
  collection: string
  toSearchDocs: (doc: Doc, locale: Locale) => SourceDoc | null | undefined
  /** The agency a hit is filed under (default: the tenant `agency`). */
  agencyRef?: (doc: Doc) => unknown
  /**
   * The issuing agency, when the issuer is a province agency (its names and short forms are
   * indexed and the hit shows it). Sources without one show no issuer.
   */
  issuerAgencyRef?: (doc: Doc) => unknown
  /** Date shown and ranked (default `publishedAt`). */
  date?: (doc: Doc) => unknown
  /**
   * Non-localized fields the index rows read. When a published document is re-published after an
   * edit in one locale and none of these changed, only that locale's row is rewritten.
   */
  shared: string[]
}

/**
 * Section keys of the search page, in the order its filters and counts show them. Each is a
 * collection that registers a `SearchSource` (src/collections/searchSources.ts).
 */
export const SEARCH_SECTIONS: readonly string[] = ['news', 'legal-documents', 'plans', 'budget-disclosures', 'investment-projects', 'procedures', 'question-answers', 'legal-guides', 'agencies']

/**
 * The registry of searchable collections. The search layer never imports collections: each
 * collection's `toSearchDocs` is registered from the collections side when the config is built
 * (src/collections/index.ts imports src/collections/searchSources.ts), before any hook runs.
 */
const registry = new Map<string, SearchSource>()

export function registerSearchSources(sources: readonly SearchSource[]): void {
  for (const source of sources) registry.set(source.collection, source)
}

/** Every registered source, in the order of SEARCH_SECTIONS (then registration order). */
export function searchSources(): SearchSource[] {
  const rank = (c: string) => (SEARCH_SECTIONS.includes(c) ? SEARCH_SECTIONS.indexOf(c) : SEARCH_SECTIONS.length)
  return [...registry.values()].sort((a, b) => rank(a.collection) - rank(b.collection))
}

export function searchSource(collection: string): SearchSource | undefined {
  return registry.get(collection)
}
