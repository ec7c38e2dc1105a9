import { docNumberFragment, exactForm, exactTokens, foldTokens, hasDiacritics, looksLikeDocNumber, normalizeDocNumber } from './fold'

/** One required element of a query: a single word or a quoted phrase. */
export interface QueryTerm {
  /** What the user typed (without quotes). */
  raw: string
  /** Diacritic-preserving form: lowercased, NFC. */
  exact: string
  /** Folded form (see `fold`), may contain spaces (phrase / split punctuation). */
  folded: string
  /** Folded tokens; matched as an adjacent sequence. */
  tokens: string[]
  /** Exact tokens in the ASCII exact encoding (see `exactTokens`). */
  exactTokens: string[]
  /** True for `"quoted phrases"`. */
  phrase: boolean
  /** The user typed diacritics: documents matching them exactly rank first. */
  hasDiacritics: boolean
  /**
   * Indices (in `terms`) of the terms typed directly before an occurrence of this one — a term
   * typed twice ("quy hoach tinh ha tinh") has several. Highlighting uses it to tell which
   * accent-free form was meant (src/search/highlight.ts).
   */
  after?: number[]
}

export interface ParsedQuery {
  /** All terms are required (AND semantics). */
  terms: QueryTerm[]
  /** Set when the whole query looks like a document number (`normalizeDocNumber`). */
  docNumberKey?: string
  /**
   * Otherwise, a number + year typed among words ("nghi quyet 22 2016" → "22 2016"): documents
   * that match every word and whose number starts with it rank first.
   */
  docNumberPrefix?: string
}

export const MAX_QUERY_CHARS = 256
export const MAX_TERMS = 12
const MAX_TOKENS_PER_TERM = 12

function makeTerm(raw: string, phrase: boolean): QueryTerm | null {
  const tokens = foldTokens(raw).slice(0, MAX_TOKENS_PER_TERM)
  if (tokens.length === 0) return null
  return {
    raw,
    exact: exactForm(raw),
    folded: tokens.join(' '),
    tokens,
    exactTokens: exactTokens(raw).slice(0, MAX_TOKENS_PER_TERM),
    phrase,
    hasDiacritics: hasDiacritics(raw),
  }
}

/**
 * Parse user input into AND-ed terms and quoted phrases.
 * `"ủy ban" hà tĩnh` → [phrase "ủy ban", "hà", "tĩnh"]. Smart quotes are accepted,
 * an unclosed quote runs to the end. Duplicate terms are dropped; input is capped
 * at MAX_QUERY_CHARS / MAX_TERMS to bound the cost of a query.
 */
export function parseQuery(input: string): ParsedQuery {
  const q = (input ?? '').normalize('NFC').slice(0, MAX_QUERY_CHARS).replace(/[“”„«»]/g, '"')
  const terms: QueryTerm[] = []
  const seen = new Map<string, number>()
  let previous = -1
  const push = (raw: string, phrase: boolean) => {
    const t = makeTerm(raw, phrase)
    if (!t) return
    const key = (phrase ? 'p:' : 'w:') + t.exact
    let index = seen.get(key)
    if (index === undefined) {
      if (terms.length >= MAX_TERMS) return void (previous = -1)
      index = terms.push(t) - 1
      seen.set(key, index)
    }
    const after = terms[index].after ?? []
    if (previous >= 0 && previous !== index && !after.includes(previous)) terms[index].after = [...after, previous]
    previous = index
  }
  const re = /"([^"]*)"?|([^\s"]+)/g
  for (let m = re.exec(q); m; m = re.exec(q)) {
    if (m[1] !== undefined) {
      const inner = m[1].trim()
      // A one-word "phrase" is just a word.
      if (inner) push(inner, /\s/.test(inner))
    } else if (m[2] !== undefined) {
      push(m[2], false)
    }
  }
  const parsed: ParsedQuery = { terms }
  if (looksLikeDocNumber(q)) {
    parsed.docNumberKey = normalizeDocNumber(q)
    // "Số 22/2016/NQ-HĐND": the "số" (number) label is not part of the document text.
    if (terms.length > 1 && terms[0].folded === 'so') {
      terms.shift()
      for (const t of terms) if (t.after) t.after = t.after.map((i) => i - 1).filter((i) => i >= 0)
    }
  } else if (terms.length > 1) {
    const prefix = docNumberFragment(q)
    if (prefix) parsed.docNumberPrefix = prefix
  }
  return parsed
}
