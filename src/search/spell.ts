import type { WordInfo } from './fold'
import type { QueryTerm } from './query'

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = new Array<number>(b.length + 1)
  let cur = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if (cur[j] < rowMin) rowMin = cur[j]
    }
    if (rowMin > max) return max + 1
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]
}

export interface VocabEntry {
  term: string
  df: number
  display: string | null
}

/** Terms the suggestion vocabulary ignores (numbers, 1-letter, very long). */
export function isVocabTerm(t: string): boolean {
  return t.length >= 2 && t.length <= 24 && !/^\d+$/.test(t)
}

/**
 * Per-document vocabulary contribution: folded term → a display (exact) form.
 * Every term counts once per document (document frequency).
 */
export function docVocabulary(...parts: WordInfo[][]): Map<string, string> {
  const out = new Map<string, string>()
  for (const words of parts) {
    for (const w of words) {
      if (w.vocab && !out.has(w.folded)) out.set(w.folded, w.form)
    }
  }
  return out
}

/** Aggregates df deltas across a batch of documents. */
export class VocabDelta {
  readonly df = new Map<string, number>()
  readonly display = new Map<string, string>()
  add(vocab: Map<string, string>, sign: 1 | -1): void {
    for (const [term, disp] of vocab) {
      this.df.set(term, (this.df.get(term) ?? 0) + sign)
      if (sign > 0 && !this.display.has(term)) this.display.set(term, disp)
    }
  }
}

/**
 * Pick the best corrections for `token` among `candidates` (same first letter):
 * edit distance ≤ 2 (≤ 1 for short words), then higher document frequency.
 */
export function rankCorrections(token: string, candidates: VocabEntry[], ownDf: number, limit = 3): VocabEntry[] {
  const max = token.length <= 4 ? 1 : 2
  const scored: { e: VocabEntry; d: number }[] = []
  for (const e of candidates) {
    if (e.term === token || e.df <= ownDf) continue
    const d = editDistance(token, e.term, max)
    if (d <= max) scored.push({ e, d })
  }
  scored.sort((x, y) => x.d - y.d || y.e.df - x.e.df || (x.e.term < y.e.term ? -1 : 1))
  return scored.slice(0, limit).map((s) => s.e)
}

/**
 * Build "did you mean" query strings. `fixes` maps a folded token to its ranked
 * corrections; alternative i uses the i-th correction where available.
 */
export function buildSuggestions(terms: QueryTerm[], fixes: Map<string, VocabEntry[]>, limit = 3): string[] {
  if (fixes.size === 0) return []
  const out: string[] = []
  for (let alt = 0; alt < limit; alt++) {
    let changed = false
    const parts = terms.map((t) => {
      const exactWords = t.exact.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
      const words = t.tokens.map((tok, i) => {
        const list = fixes.get(tok)
        if (!list || list.length === 0) return exactWords.length === t.tokens.length ? exactWords[i] : tok
        changed = true
        const e = list[Math.min(alt, list.length - 1)]
        return e.display ?? e.term
      })
      const s = words.join(' ')
      return t.phrase ? `"${s}"` : s
    })
    if (!changed) break
    const s = parts.join(' ')
    if (!out.includes(s)) out.push(s)
  }
  return out
}
