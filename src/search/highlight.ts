import { exactTokens, fold } from './fold'

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

interface Tok {
  start: number
  end: number
  folded: string
  raw: string
  /** Only spaces separate it from the token before (a phrase continues across it). */
  joined: boolean
  /** Diacritic-preserving encoding (see exactTokens), computed when a term needs it. */
  exact?: string
}

/**
 * A query term to mark: its folded tokens and, when the user typed diacritics, its exact tokens.
 * A plain `string[]` is a folded token sequence.
 */
export type HighlightTerm = string[] | { tokens: string[]; exactTokens?: string[]; hasDiacritics?: boolean; after?: number[] }

/** Indices of the terms typed directly before term `t` (default: the one before it in the list). */
function typedAfter(input: HighlightTerm[], t: number): number[] {
  const term = input[t]
  if (!Array.isArray(term) && term.after) return term.after
  return t > 0 ? [t - 1] : []
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu
/** Bodies are only scanned this far for highlights/snippets (bounded cost). */
const MAX_SCAN_CHARS = 60_000

function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const f = fold(m[0])
    if (!f) continue
    const prev = out[out.length - 1]
    const joined = prev !== undefined && /^[ \t\u00a0]+$/.test(text.slice(prev.end, m.index))
    out.push({ start: m.index, end: m.index + m[0].length, folded: f, raw: m[0], joined })
  }
  return out
}

interface Match {
  tok: number // first token index
  len: number // number of tokens
  term: number // which query term
}

function seqAt(toks: Tok[], i: number, seq: string[], key: 'folded' | 'exact'): boolean {
  if (seq.length === 0 || i + seq.length > toks.length) return false
  for (let k = 0; k < seq.length; k++) {
    const tok = toks[i + k]
    if ((key === 'exact' ? exactAt(tok) : tok.folded) !== seq[k]) return false
  }
  return true
}

function exactAt(tok: Tok): string {
  if (tok.exact === undefined) tok.exact = exactTokens(tok.raw)[0] ?? ''
  return tok.exact
}

/**
 * Marks what matched the way it matched: a term typed with diacritics ("ngân") marks only its
 * exact form when the text has it, not every accent-free look-alike ("ngắn"). A term typed without
 * diacritics marks every folded occurrence — unless the text shows which word it meant: where it
 * stands next to a query term it was typed next to ("ngan sach" → "ngân sách"), only the forms found in
 * those pairs are marked, so a lone "ngắn" elsewhere stays unmarked.
 */
function findMatches(toks: Tok[], input: HighlightTerm[]): Match[] {
  const perTerm: Match[][] = input.map((term, t) => {
    const folded = Array.isArray(term) ? term : term.tokens
    const exact = !Array.isArray(term) && term.hasDiacritics && term.exactTokens?.length ? term.exactTokens : null
    const found: Match[] = []
    if (exact) for (let i = 0; i < toks.length; i++) if (seqAt(toks, i, exact, 'exact')) found.push({ tok: i, len: exact.length, term: t })
    if (found.length > 0) return found
    for (let i = 0; i < toks.length; i++) if (seqAt(toks, i, folded, 'folded')) found.push({ tok: i, len: folded.length, term: t })
    return found
  })
  const out: Match[] = []
  perTerm.forEach((found, t) => {
    const term = input[t]
    const typedExact = !Array.isArray(term) && term.hasDiacritics
    if (typedExact || found.length < 2) return out.push(...found)
    // Occurrences standing next to a query term the way they were typed: right after a term typed
    // before this one, or right before a term typed after it. A term typed twice ("quy hoach tinh
    // ha tinh") has two neighbours before it, so "tỉnh" (after "hoạch") and "Tĩnh" (after "Hà") both count.
    const before = new Set<number>()
    for (const n of typedAfter(input, t)) for (const o of perTerm[n] ?? []) before.add(o.tok + o.len)
    const after = new Set<number>()
    input.forEach((_, n) => {
      if (n !== t && typedAfter(input, n).includes(t)) for (const o of perTerm[n] ?? []) after.add(o.tok)
    })
    const meant = new Set<string>()
    for (const m of found) {
      const pairedBefore = before.has(m.tok) && toks[m.tok].joined
      const pairedAfter = after.has(m.tok + m.len) && toks[m.tok + m.len]?.joined === true
      if (!pairedBefore && !pairedAfter) continue
      meant.add(toks.slice(m.tok, m.tok + m.len).map(exactAt).join(' '))
    }
    if (meant.size === 0) return out.push(...found)
    for (const m of found) if (meant.has(toks.slice(m.tok, m.tok + m.len).map(exactAt).join(' '))) out.push(m)
  })
  return out.sort((a, b) => a.tok - b.tok)
}

/** Render text[from, to) escaped, wrapping matched spans in <mark>. Escape first, then mark. */
function render(text: string, toks: Tok[], matches: Match[], from: number, to: number): string {
  // Merge match spans into character ranges.
  const ranges: [number, number][] = []
  for (const m of matches) {
    const s = toks[m.tok].start
    const e = toks[m.tok + m.len - 1].end
    if (e <= from || s >= to) continue
    ranges.push([Math.max(s, from), Math.min(e, to)])
  }
  ranges.sort((a, b) => a[0] - b[0])
  // Join neighbouring marks separated only by spaces: "<mark>Đồng Nai</mark>".
  const merged: [number, number][] = []
  for (const r of ranges) {
    const prev = merged[merged.length - 1]
    if (prev && (r[0] <= prev[1] || /^[ \t]*$/.test(text.slice(prev[1], r[0])))) prev[1] = Math.max(prev[1], r[1])
    else merged.push([r[0], r[1]])
  }
  let out = ''
  let pos = from
  for (const [s, e] of merged) {
    if (e <= pos) continue
    const start = Math.max(s, pos)
    out += escapeHtml(text.slice(pos, start)) + '<mark>' + escapeHtml(text.slice(start, e)) + '</mark>'
    pos = e
  }
  return out + escapeHtml(text.slice(pos, to))
}

/**
 * HTML-escape `text` and wrap every folding-aware occurrence of a term in <mark>.
 * `terms` are folded token sequences (QueryTerm.tokens); "dong nai" marks "Đồng Nai".
 */
export function highlight(text: string, terms: HighlightTerm[]): string {
  if (!text) return ''
  const toks = tokenize(text)
  return render(text, toks, findMatches(toks, terms), 0, text.length)
}

/**
 * A window of about `maxWords` words of `text` covering as many distinct terms
 * as possible, escaped and highlighted, with "…" where text was cut.
 */
export function snippet(text: string, terms: HighlightTerm[], maxWords = 30): string {
  if (!text) return ''
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text
  const toks = tokenize(scanned)
  if (toks.length === 0) return ''
  const matches = findMatches(toks, terms).slice(0, 400)
  let startTok = 0
  if (matches.length > 0) {
    let best = -1
    for (const m of matches) {
      const s = Math.max(0, m.tok - 4)
      const distinct = new Set<number>()
      for (const n of matches) if (n.tok >= s && n.tok + n.len <= s + maxWords) distinct.add(n.term)
      if (distinct.size > best) {
        best = distinct.size
        startTok = s
      }
      if (best === terms.length) break
    }
  }
  // Use the whole window when the match is near the end (or the text is short).
  startTok = Math.max(0, Math.min(startTok, toks.length - maxWords))
  const endTok = Math.min(toks.length, startTok + maxWords)
  const from = startTok === 0 ? 0 : toks[startTok].start
  const truncated = endTok < toks.length || scanned.length < text.length
  const to = truncated ? toks[endTok - 1].end : text.length
  const body = render(text, toks, matches, from, to).trim()
  return (from > 0 ? '… ' : '') + body + (truncated ? ' …' : '')
}
