export type SearchLocale = 'vi' | 'en'

/** One indexable document in one locale. Identity = (collection, docId, locale). */
export interface SearchDoc {
  /** `${collection}:${docId}` */
  id: string
  collection: string
  docId: string | number
  locale: SearchLocale
  title: string
  /** Plain text (strip rich text before indexing). */
  body: string
  /** Official number ("số ký hiệu"), e.g. `22/2016/NQ-HĐND`. */
  docNumber?: string
  /** Agency slug (filter key). */
  agency?: string
  agencyName?: string
  year?: number
  docType?: string
  url: string
  /** ISO date */
  date?: string
  /** A summary ranked between the title and the body (a legal document's abstract). */
  abstract?: string
  /** Who issued it, shown with the hit (legal documents: the issuer, never the owning agency). */
  issuer?: string
  /** Language of `issuer` when it is not the row's locale (an agency without an English name). */
  issuerLang?: SearchLocale
  /**
   * Field words matched like the title: the issuer's names in both languages and its short forms,
   * the type's names and abbreviation, the year (src/domain/search/synonyms.ts).
   */
  fieldText?: string
  /** Issuer values for query understanding: a central issuer key and/or a `level:` value. */
  issuerKeys?: string[]
}

export interface SearchDocRef {
  collection: string
  docId: string | number
  /** Omit to remove every locale of the document. */
  locale?: SearchLocale
}

export interface SearchQuery {
  q: string
  locale: SearchLocale
  /** Section = collection slug. */
  section?: string
  agency?: string
  year?: number
  docType?: string
  /** 1-based */
  page?: number
  /** Default 20, max 100. */
  pageSize?: number
}

export interface SearchHit {
  id: string
  collection: string
  docId: string | number
  locale: SearchLocale
  title: string
  /** HTML-escaped; only `<mark>…</mark>` tags are markup. */
  titleHighlighted: string
  /** HTML-escaped; only `<mark>…</mark>` tags are markup. */
  snippetHighlighted: string
  url: string
  docNumber?: string
  agency?: string
  agencyName?: string
  year?: number
  date?: string
  docType?: string
  issuer?: string
  issuerLang?: SearchLocale
  /** Higher is better; only comparable within one result. */
  score: number
}

export interface SearchResult {
  /** Number of matches; a lower bound when `totalIsLowerBound` (counts are capped for speed). */
  total: number
  totalIsLowerBound: boolean
  page: number
  pageSize: number
  hits: SearchHit[]
  /**
   * Matches per section (collection), ignoring the `section` filter. Counted over at most
   * `countCap` matches: when `lowerBound`, the numbers are lower bounds.
   */
  facets: { section: Record<string, number>; lowerBound: boolean }
  /** "Did you mean" queries, only filled when there are few or no results. */
  suggestions: string[]
}

export interface SearchIndex {
  /** Create tables/indexes if missing. Idempotent. */
  init(): Promise<void>
  /** Insert or replace by (collection, docId, locale). Other locales are untouched. */
  upsert(docs: SearchDoc[]): Promise<void>
  remove(ids: SearchDocRef[]): Promise<void>
  search(q: SearchQuery): Promise<SearchResult>
  /** Type-ahead: titles matching the words typed so far (last word as a prefix). */
  suggest(prefix: string, locale: SearchLocale, limit?: number): Promise<string[]>
  clear(): Promise<void>
  stats(): Promise<{ docs: number; bytes?: number }>
  /** Optional maintenance after bulk loads (SQLite: FTS5 'optimize'). */
  optimize?(): Promise<void>
}
