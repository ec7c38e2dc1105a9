import { analyze, type WordInfo } from './fold'
import type { QueryTerm } from './query'
import type { FieldTerm } from './understand'

function indexOfSeq(hay: string[], seq: string[], from = 0): number {
  outer: for (let i = from; i + seq.length <= hay.length; i++) {
    for (let k = 0; k < seq.length; k++) if (hay[i + k] !== seq[k]) continue outer
    return i
  }
  return -1
}

export interface TextSignals {
  /** 3 = the whole query appears contiguously, 2 = every term present, 1 = some, 0 = none. */
  tier: number
  /** Every term the user typed with diacritics appears with exactly those diacritics. */
  exact: boolean
}

function foldedWords(text: string | WordInfo[]): { folded: string[]; exact: string[] } {
  const words = typeof text === 'string' ? analyze(text) : text
  const folded: string[] = []
  const exact: string[] = []
  for (const w of words) {
    if (w.folded) folded.push(w.folded)
    if (w.exact) exact.push(w.exact)
  }
  return { folded, exact }
}

/**
 * Folding-aware relevance signals of a short text (a title) for the query terms.
 * Cheap: titles are short and word analysis is memoized.
 */
export function textSignals(text: string | WordInfo[], terms: QueryTerm[]): TextSignals {
  const { folded, exact } = foldedWords(text)
  let present = 0
  for (const t of terms) if (indexOfSeq(folded, t.tokens) >= 0) present++
  let tier = present === 0 ? 0 : present < terms.length ? 1 : 2
  if (tier === 2 && terms.length > 1 && indexOfSeq(folded, terms.flatMap((t) => t.tokens)) >= 0) tier = 3
  const accented = terms.filter((t) => t.hasDiacritics)
  const isExact = accented.length > 0 && accented.every((t) => indexOfSeq(exact, t.exactTokens) >= 0)
  return { tier, exact: isExact }
}

/** What ranking reads of one candidate (every backend's window returns these). */
export interface CandidateFields {
  title: string
  /** Issuer names and short forms, type names, year (SearchDoc.fieldText). */
  fieldText?: string | null
  abstract?: string | null
  docType?: string | null
  year?: number | null
  /** Space-separated issuer keys (SearchDoc.issuerKeys). */
  issuerKeys?: string | null
}

export interface FieldSignals {
  /** Title alone: 3 = query contiguous, 2 = every term, 1 = some. */
  titleTier: number
  /** Every term is in the title or a field (issuer, type, year): beats any body match. */
  headAll: boolean
  /** Terms found in title + fields. */
  headCount: number
  /** Terms found in the abstract (and not in title + fields). */
  abstractCount: number
  /** Issuer / type / year words of the query that name this document's issuer, type or year. */
  fieldMatches: number
  /** Accented terms all found with their diacritics in title + fields + abstract. */
  exact: boolean
  /** Share of the title's words that are query words (0–1): "Luật Đầu tư" beats "Luật Đầu tư theo phương thức…". */
  titleCover: number
}

/**
 * Field-aware signals: title > fields (issuer, type, year) > abstract > body. A term is "in the
 * head" when it is in the title or the field words; all terms in the head beats a body match.
 */
export function fieldSignals(c: CandidateFields, terms: QueryTerm[], fields: FieldTerm[]): FieldSignals {
  const title = foldedWords(c.title)
  const head = foldedWords(c.fieldText ?? '')
  const abs = foldedWords(c.abstract ?? '')
  let headCount = 0
  let abstractCount = 0
  for (const t of terms) {
    if (indexOfSeq(title.folded, t.tokens) >= 0 || indexOfSeq(head.folded, t.tokens) >= 0) headCount++
    else if (indexOfSeq(abs.folded, t.tokens) >= 0) abstractCount++
  }
  const sig = textSignals(c.title, terms)
  let fieldMatches = 0
  const keys = (c.issuerKeys ?? '').split(' ').filter(Boolean)
  for (const f of fields) {
    if (f.field === 'type' && c.docType && f.values.includes(c.docType)) fieldMatches++
    else if (f.field === 'year' && c.year != null && f.values.includes(String(c.year))) fieldMatches++
    else if (f.field === 'issuer' && f.values.some((v) => keys.includes(v))) fieldMatches++
  }
  const accented = terms.filter((t) => t.hasDiacritics)
  const exactWords = [...title.exact, ...head.exact, ...abs.exact]
  const exact = accented.length > 0 && accented.every((t) => indexOfSeq(exactWords, t.exactTokens) >= 0)
  const queryTokens = new Set(terms.flatMap((t) => t.tokens))
  const titleCover = title.folded.length ? title.folded.filter((w) => queryTokens.has(w)).length / title.folded.length : 0
  return { titleTier: sig.tier, headAll: headCount === terms.length, headCount, abstractCount, fieldMatches, exact, titleCover }
}

export interface RankInput {
  rid: number | string
  /** 2 = document number equals the query, 1 = number starts with it. */
  numTier: number
  /** Exact-diacritic match anywhere (title or body). */
  exact: boolean
  titleTier: number
  /** Field-aware signals (absent: title signals only). */
  head?: Omit<FieldSignals, 'titleTier' | 'exact'>
  /** ISO date or '' */
  date: string
  /** Tie-breaker, higher = newer in the index. */
  seq: number
}

/**
 * Composite score (higher is better) used by every backend:
 * number > exact diacritics > every word in title + fields > issuer/type/year named >
 * title tier > words in title + fields > words in the abstract > share of the title matched
 * (then date, then index order).
 */
export function compositeScore(c: RankInput): number {
  const h = c.head
  const digit = (n: number) => Math.max(0, Math.min(9, n))
  return (
    c.numTier * 10_000_000 +
    (c.exact ? 1_000_000 : 0) +
    (h?.headAll ? 100_000 : 0) +
    (h ? digit(h.fieldMatches) * 10_000 : 0) +
    c.titleTier * 1_000 +
    (h ? digit(h.headCount) * 100 + digit(h.abstractCount) * 10 + digit(Math.round(h.titleCover * 9)) : 0)
  )
}

export function compareRank(a: RankInput, b: RankInput): number {
  return (
    compositeScore(b) - compositeScore(a) ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    (typeof a.seq === 'number' && typeof b.seq === 'number' ? b.seq - a.seq : 0)
  )
}

/**
 * A number typed among words ("nghi quyet 22 2016") ranks a document first only when it is of the
 * type the words name (or no type was named): "Quyết định 22/2016/…" is not "Nghị quyết 22/2016".
 */
export function typeAgrees(fields: FieldTerm[], docType: string | null | undefined): boolean {
  const named = fields.filter((f) => f.field === 'type')
  return named.length === 0 || (docType != null && named.some((f) => f.values.includes(docType)))
}
