import { analyze, type WordInfo } from './fold'
import type { QueryTerm } from './query'

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

/**
 * Folding-aware relevance signals of a short text (a title) for the query terms.
 * Cheap: titles are short and word analysis is memoized.
 */
export function textSignals(text: string | WordInfo[], terms: QueryTerm[]): TextSignals {
  const words = typeof text === 'string' ? analyze(text) : text
  const folded: string[] = []
  const exact: string[] = []
  for (const w of words) {
    if (w.folded) folded.push(w.folded)
    if (w.exact) exact.push(w.exact)
  }
  let present = 0
  for (const t of terms) if (indexOfSeq(folded, t.tokens) >= 0) present++
  let tier = present === 0 ? 0 : present < terms.length ? 1 : 2
  if (tier === 2 && terms.length > 1 && indexOfSeq(folded, terms.flatMap((t) => t.tokens)) >= 0) tier = 3
  const accented = terms.filter((t) => t.hasDiacritics)
  const isExact = accented.length > 0 && accented.every((t) => indexOfSeq(exact, t.exactTokens) >= 0)
  return { tier, exact: isExact }
}

export interface RankInput {
  rid: number | string
  /** 2 = document number equals the query, 1 = number starts with it. */
  numTier: number
  /** Exact-diacritic match anywhere (title or body). */
  exact: boolean
  titleTier: number
  /** ISO date or '' */
  date: string
  /** Tie-breaker, higher = newer in the index. */
  seq: number
}

/** Composite score (higher is better) and comparator used by every backend. */
export function compositeScore(c: RankInput): number {
  return c.numTier * 1000 + (c.exact ? 100 : 0) + c.titleTier * 10
}

export function compareRank(a: RankInput, b: RankInput): number {
  return (
    compositeScore(b) - compositeScore(a) ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    b.seq - a.seq
  )
}
