import { parseQuery, type ParsedQuery, type QueryTerm } from './query'
import { compareRank, fieldSignals, type CandidateFields, type RankInput } from './rank'
import { buildSuggestions, isVocabTerm, rankCorrections, type VocabEntry } from './spell'
import { understandQuery, type FieldTerm } from './understand'
import type { SearchLocale, SearchQuery, SearchResult } from './types'

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
