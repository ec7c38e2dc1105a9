import { parseQuery, type ParsedQuery, type QueryTerm } from './query'
import { compareRank, compositeScore, fieldSignals, typeAgrees, type CandidateFields, type RankInput } from './rank'
import { buildSuggestions, isVocabTerm, rankCorrections, type VocabEntry } from './spell'
import { understandQuery, type FieldTerm } from './understand'
import type { SearchHit, SearchLocale, SearchQuery, SearchResult } from './types'

/**
 * The adapter-neutral part of the search engine: query parsing and understanding, candidate
 * scoring, ordering and paging, "did you mean" and type-ahead ordering. Each database supplies
 * small storage primitives (SQLite FTS5: src/search/sqlite-fts.ts; MongoDB text index:
 * src/search/mongo-text.ts) — how to find matches, count them and read rows — and nothing here
 * knows which one runs. The contract suite (src/search/contract.ts) runs against both.
 */

export const MAX_PAGE_SIZE = 100
export const MAX_CANDIDATES = 1000

export interface PageRequest {
  page: number
  pageSize: number
}

/** Page and size of a query, clamped. */
export function pageOf(query: SearchQuery): PageRequest {
  return {
    pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? 20))),
    page: Math.max(1, Math.floor(query.page ?? 1)),
  }
}

/** What a backend does for a query: list without words, or match the required terms. */
export interface SearchBackend {
  browse(query: SearchQuery, page: PageRequest): Promise<SearchResult>
  /**
   * Matches every term of `required`; ranks with `parsed.terms` (all of them, the optional field
   * words included) and `fields`, via `Candidates`.
   */
  match(query: SearchQuery, parsed: ParsedQuery, required: QueryTerm[], fields: FieldTerm[], page: PageRequest): Promise<SearchResult>
}

/**
 * One search: words parsed; issuer, type and year words recognised (src/domain/search/synonyms.ts)
 * — they rank the documents they name first and are otherwise optional: matches need the other
 * words, and every word in the title and fields ranks first.
 */
export async function runSearch(backend: SearchBackend, query: SearchQuery): Promise<SearchResult> {
  const page = pageOf(query)
  const parsed = parseQuery(query.q)
  if (parsed.terms.length === 0) return backend.browse(query, page)
  const understood = understandQuery(parsed)
  // A whole query that is a document number ("22 2016 NQ HDND") keeps every part required: its
  // year and type letters are the number, not optional words.
  const required = parsed.docNumberKey ? parsed.terms : understood.required
  return backend.match(query, parsed, required, understood.fields, page)
}

/** Candidates of one query, scored as they are found (rank.ts), ordered and paged once. */
export class Candidates<Id extends string | number> {
  private readonly byId = new Map<Id, RankInput & { rid: Id }>()
  constructor(
    private readonly terms: QueryTerm[],
    private readonly fields: FieldTerm[],
  ) {}

  /** Adds a candidate once (later calls for the same id return the first). */
  add(id: Id, row: CandidateFields & { date?: string | null }, seq: number): RankInput & { rid: Id } {
    const known = this.byId.get(id)
    if (known) return known
    const { titleTier, exact, ...head } = fieldSignals(row, this.terms, this.fields)
    const c = { rid: id, numTier: 0, exact, titleTier, head, date: row.date ?? '', seq }
    this.byId.set(id, c)
    return c
  }

  get(id: Id): (RankInput & { rid: Id }) | undefined {
    return this.byId.get(id)
  }

  has(id: Id): boolean {
    return this.byId.has(id)
  }

  ids(): Id[] {
    return [...this.byId.keys()]
  }

  get size(): number {
    return this.byId.size
  }

  /** The candidates of one page, best first. */
  page({ page, pageSize }: PageRequest): (RankInput & { rid: Id })[] {
    return [...this.byId.values()].sort(compareRank).slice((page - 1) * pageSize, page * pageSize)
  }
}

/** What the engine reads of a candidate row: its id, index order (newer = larger) and ranked fields. */
export interface CandidateRow<Id extends string | number> {
  id: Id
  seq: number
  fields: CandidateFields & { date?: string | null }
}

/** The matches of the required terms, counted up to the store's cap. */
export interface MatchWindow<Row> {
  /** Matches within the section filter (≤ cap). */
  count: number
  /** More than `count` match. */
  lowerBound: boolean
  /** Matches per section, ignoring the section filter (≤ cap each). */
  section: Record<string, number>
  /** The section counts are lower bounds. */
  facetsLowerBound: boolean
  /** The newest `k` matches within the section filter (all of them when count ≤ k). */
  rows: Row[]
}

/**
 * The storage primitives of one matched search, per database (SQLite FTS5, MongoDB text index).
 * `runMatch` does everything else — the candidate windows, tiers, paging and spelling — once.
 */
export interface MatchStore<Id extends string | number, Row, Full = Row> {
  describe(row: Row): CandidateRow<Id>
  /** Count, facets and the newest `k` matches of `terms` (every term required). */
  matches(query: SearchQuery, terms: QueryTerm[], k: number): Promise<MatchWindow<Row>>
  /** Up to `k` matches with every one of `terms` in the title and fields (older documents a window misses). */
  titleMatches(query: SearchQuery, terms: QueryTerm[], k: number): Promise<Row[]>
  /** Matches of `terms` that contain the `accented` terms' exact (diacritic) forms, at least among `among`. */
  exactMatches(query: SearchQuery, terms: QueryTerm[], accented: QueryTerm[], among: Id[], k: number): Promise<Row[]>
  /** Up to 50 documents whose number key is `key` or starts with `key + ' '`, with their key. */
  numbered(query: SearchQuery, key: string): Promise<{ row: Row; key: string }[]>
  /** Matches of `terms` whose number key starts with `prefix` (up to 50). */
  numberedMatches(query: SearchQuery, terms: QueryTerm[], prefix: string): Promise<Row[]>
  /** The whole stored rows of one page's candidates. */
  fetch(ids: Id[]): Promise<Map<Id, Full>>
  /** One result, highlighted for `terms`. */
  toHit(row: Full, terms: QueryTerm[], score: number): SearchHit
  vocabulary: VocabularyStore
}

/**
 * One matched search over any store. Ranking is tiered and bounded: the newest `k` matches, plus
 * (when there are more) older ones with every word in the title and fields, then
 *   document-number match > exact diacritics > title signal > date > index order.
 * `k` grows with the page asked for, up to MAX_CANDIDATES.
 */
export async function runMatch<Id extends string | number, Row, Full>(
  store: MatchStore<Id, Row, Full>,
  candidateLimit: number,
  query: SearchQuery,
  parsed: ParsedQuery,
  terms: QueryTerm[],
  fields: FieldTerm[],
  { page, pageSize }: PageRequest,
): Promise<SearchResult> {
  const k = Math.min(MAX_CANDIDATES, Math.max(candidateLimit, page * pageSize))
  const found = await store.matches(query, terms, k)
  let count = found.count
  const cands = new Candidates<Id>(parsed.terms, fields)
  const add = (row: Row) => {
    const c = store.describe(row)
    return cands.add(c.id, c.fields, c.seq)
  }
  for (const r of found.rows) add(r)
  if (found.lowerBound || count > k) {
    for (const r of await store.titleMatches(query, parsed.terms, k)) add(r)
    if (terms.length < parsed.terms.length) for (const r of await store.titleMatches(query, terms, k)) add(r)
  }
  // Diacritics typed by the user must match exactly (title or body) to reach the top tier.
  const accented = terms.filter((t) => t.hasDiacritics && t.exactTokens.length > 0)
  if (accented.length > 0 && cands.size > 0) {
    for (const r of await store.exactMatches(query, terms, accented, cands.ids(), k)) add(r).exact = true
  }
  if (parsed.docNumberKey) {
    const key = parsed.docNumberKey
    const numbered = await store.numbered(query, key)
    for (const n of numbered) add(n.row).numTier = n.key === key ? 2 : 1
    count = Math.max(count, numbered.length)
  } else if (parsed.docNumberPrefix && count > 0) {
    // "nghi quyet 22 2016": documents matching every word whose number starts with "22 2016".
    for (const r of await store.numberedMatches(query, terms, parsed.docNumberPrefix)) {
      const c = add(r)
      if (typeAgrees(fields, store.describe(r).fields.docType ?? null)) c.numTier = 1
    }
  }
  const pageCands = cands.page({ page, pageSize })
  const full = await store.fetch(pageCands.map((c) => c.rid))
  const hits: SearchHit[] = []
  for (const c of pageCands) {
    const row = full.get(c.rid)
    if (row) hits.push(store.toHit(row, parsed.terms, compositeScore(c)))
  }
  const suggestions = count < 3 && page === 1 ? await spellSuggestions(store.vocabulary, parsed, query.locale) : []
  return {
    total: count,
    totalIsLowerBound: found.lowerBound,
    page,
    pageSize,
    hits,
    facets: { section: found.section, lowerBound: found.facetsLowerBound },
    suggestions,
  }
}

/** Storage primitives "did you mean" needs. */
export interface VocabularyStore {
  /** Document frequency of the given folded tokens. */
  df(locale: SearchLocale, tokens: string[]): Promise<Map<string, number>>
  /** Vocabulary entries starting with `first`, of length within [minLength, maxLength] (bounded). */
  near(locale: SearchLocale, first: string, minLength: number, maxLength: number): Promise<VocabEntry[]>
  /** Does any document of the locale match every term? */
  hasMatch(locale: SearchLocale, terms: QueryTerm[]): Promise<boolean>
}

/**
 * "Did you mean": rare or unknown words replaced by close, more frequent ones of the same first
 * letter; only suggestions that find something are offered.
 */
export async function spellSuggestions(store: VocabularyStore, parsed: ParsedQuery, locale: SearchLocale): Promise<string[]> {
  const tokens = [...new Set(parsed.terms.flatMap((t) => t.tokens))].filter(isVocabTerm)
  if (tokens.length === 0) return []
  const df = await store.df(locale, tokens)
  const fixes = new Map<string, VocabEntry[]>()
  for (const tok of tokens) {
    const own = df.get(tok) ?? 0
    if (own >= 3) continue
    const best = rankCorrections(tok, await store.near(locale, tok[0], tok.length - 2, tok.length + 2), own)
    if (best.length) fixes.set(tok, best)
  }
  const out: string[] = []
  for (const s of buildSuggestions(parsed.terms, fixes)) {
    const p = parseQuery(s)
    if (p.terms.length && (await store.hasMatch(locale, p.terms))) out.push(s)
  }
  return out
}

/** Type-ahead: how the typed text splits into whole words and the word being typed. */
export interface SuggestInput {
  parsed: ParsedQuery
  /** Whole words typed so far (the last word without its unfinished token). */
  fixed: QueryTerm[]
  /** The unfinished last token (≥ 2 characters), if any. */
  tail?: string
}

export function suggestInput(prefixText: string): SuggestInput | null {
  const parsed = parseQuery(prefixText)
  if (parsed.terms.length === 0) return null
  const fixed = parsed.terms.slice()
  const last = fixed[fixed.length - 1]
  let tail: string | undefined
  if (!/\s$/.test(prefixText) && !last.phrase) {
    const tok = last.tokens[last.tokens.length - 1]
    fixed.pop()
    const rest = last.tokens.slice(0, -1)
    if (rest.length) fixed.push({ ...last, tokens: rest })
    if (tok.length >= 2) tail = tok
  }
  return { parsed, fixed, tail }
}

/**
 * Orders type-ahead titles: starting with what was typed, then containing it, then the rest;
 * newest first; each title once.
 */
export function orderSuggestions(
  rows: { title: string; date?: string | null; seq: number }[],
  typedFolded: string,
  fold: (s: string) => string,
  limit: number,
): string[] {
  const ranked = rows
    .map((r) => {
      const f = fold(r.title)
      return { ...r, d: r.date ?? '', tier: f.startsWith(typedFolded) ? 2 : f.includes(typedFolded) ? 1 : 0 }
    })
    .sort((a, b) => b.tier - a.tier || (a.d < b.d ? 1 : a.d > b.d ? -1 : 0) || b.seq - a.seq)
  const out: string[] = []
  for (const r of ranked) {
    if (!out.includes(r.title)) out.push(r.title)
    if (out.length >= limit) break
  }
  return out
}
