/**
 * Vietnamese-aware text folding.
 *
 * `fold()` is the matching key used everywhere in the search module:
 * lowercase → NFD → strip combining marks → đ→d → punctuation to spaces →
 * collapse whitespace. "Nghị quyết 22/2016/NQ-HĐND" → "nghi quyet 22 2016 nq hdnd".
 *
 * `exactTokens()` is the diacritic-preserving key. SQLite's unicode61
 * tokenizer (and MongoDB's text index) would strip diacritics from anything
 * we store, so exact words are stored in a Telex-like ASCII encoding that no
 * tokenizer can damage: "đường" → "dduwowngf", "dương" → "duwowng".
 */

const COMBINING_MARKS = /\p{M}/gu
const NON_WORD = /[^\p{L}\p{N}]+/gu
const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** Lowercase, remove diacritics (incl. đ→d), punctuation → single spaces, trimmed. */
export function fold(s: string): string {
  if (!s) return ''
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(NON_WORD, ' ')
    .trim()
}

/** Folded tokens of `s` (never contains empty strings). */
export function foldTokens(s: string): string[] {
  const f = fold(s)
  return f ? f.split(' ') : []
}

/** Lowercased NFC form, the "exact" (diacritic-preserving) form of user input. */
export function exactForm(s: string): string {
  return s.normalize('NFC').toLowerCase().trim()
}

// Telex-style encoding of Vietnamese marks. Tone marks go to the end of the
// word, so old/new tone placement ("hoà" / "hòa") encode identically.
const TONE: Record<string, string> = {
  '\u0301': 's', // sắc
  '\u0300': 'f', // huyền
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
}

function encodeWord(word: string): string {
  let out = ''
  let tones = ''
  for (const ch of word.normalize('NFD')) {
    if (ch === 'đ') out += 'dd'
    else if (ch === '\u0302') out += out.slice(-1) // circumflex: â→aa, ê→ee, ô→oo
    else if (ch === '\u0306' || ch === '\u031B') out += 'w' // breve ă→aw, horn ơ→ow ư→uw
    else if (TONE[ch]) tones += TONE[ch]
    else if (/\p{M}/u.test(ch)) continue // other marks: dropped
    else out += ch
  }
  return out + tones
}

/** Diacritic-preserving tokens, encoded to ASCII-safe words (see module doc). */
export function exactTokens(s: string): string[] {
  if (!s) return []
  const words = s.toLowerCase().match(WORD)
  if (!words) return []
  const out: string[] = []
  for (const w of words) {
    const e = encodeWord(w)
    if (e) out.push(e)
  }
  return out
}

/** True when the string carries any diacritic (or đ) that folding would remove. */
export function hasDiacritics(s: string): boolean {
  const n = s.toLowerCase().normalize('NFD')
  return /\p{M}|đ/u.test(n)
}

/**
 * Canonical key of an official document number ("số ký hiệu").
 * `22/2016/NQ-HĐND`, `22/2016/nq-hdnd`, `Số: 22 2016 NQ HDND` → `22 2016 nq hdnd`.
 */
export function normalizeDocNumber(s: string): string {
  return fold(s).replace(/^so\s+/, '')
}

const YEAR = /^(19|20)\d\d$/

/**
 * Heuristic: does the query look like a document number (rather than words)?
 * Accepts `22/2016/NQ-HĐND`, `22 2016 NQ HDND`, `123/QĐ-UBND`, `Số 45/2020/QĐ-UBND`,
 * and a slash prefix such as `22/2016`.
 */
export function looksLikeDocNumber(q: string): boolean {
  const raw = q.trim()
  if (!raw || raw.length > 64) return false
  const tokens = normalizeDocNumber(raw).split(' ').filter(Boolean)
  if (tokens.length < 2 || tokens.length > 7) return false
  if (!/^\d{1,6}$/.test(tokens[0])) return false
  const hasSlash = /\d\s*\/\s*[\p{L}\p{N}]/u.test(raw)
  const rest = tokens.slice(1)
  const yearNext = YEAR.test(rest[0])
  const codes = rest.filter((t) => /\p{L}/u.test(t))
  if (codes.some((t) => t.length > 10)) return false
  if (rest.some((t) => !/^[\p{L}\p{N}]+$/u.test(t))) return false
  if (hasSlash) return true
  return yearNext && codes.length > 0
}

/**
 * A document-number prefix inside a word query: "nghi quyet 22 2016" → "22 2016" (number and
 * year, as citizens quote a document: type, number, year). Undefined when there is none.
 */
export function docNumberFragment(q: string): string | undefined {
  const tokens = normalizeDocNumber(q).split(' ').filter(Boolean)
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Two years are a period ("2021-2030"), not a number.
    if (/^\d{1,6}$/.test(tokens[i]) && !YEAR.test(tokens[i]) && YEAR.test(tokens[i + 1])) return `${tokens[i]} ${tokens[i + 1]}`
  }
  return undefined
}

/** Per-word analysis used on the indexing path. */
export interface WordInfo {
  /** fold(word); may be '' for mark-only runs. */
  folded: string
  /** exactTokens(word)[0] ?? '' */
  exact: string
  /** Lowercased NFC form (display form for suggestions). */
  form: string
  /** Worth keeping in the spelling vocabulary (not a number, 2–24 chars). */
  vocab: boolean
}

const WORD_CACHE_MAX = 200_000
const wordCache = new Map<string, WordInfo>()

function wordInfo(w: string): WordInfo {
  let info = wordCache.get(w)
  if (info === undefined) {
    const lower = w.toLowerCase()
    const folded = lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd')
    info = {
      folded,
      exact: encodeWord(lower),
      form: lower.normalize('NFC'),
      vocab: folded.length >= 2 && folded.length <= 24 && !/^\d+$/.test(folded),
    }
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear()
    wordCache.set(w, info)
  }
  return info
}

// Character classes for the hand-written word scanner (a /[\p{L}\p{N}\p{M}]+/gu match
// is ~10x slower on long Vietnamese texts). 0 = unknown, 1 = word char, 2 = separator.
const charClass = new Uint8Array(65536)
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
function isWordChar(c: number): boolean {
  let k = charClass[c]
  if (k === 0) {
    // Surrogate halves: treat astral characters as word characters.
    k = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
    charClass[c] = k
  }
  return k === 1
}

/** Words of `s`: maximal runs of letters, digits and combining marks. */
export function splitWords(s: string): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i < s.length; i++) {
    if (isWordChar(s.charCodeAt(i))) {
      if (start < 0) start = i
    } else if (start >= 0) {
      out.push(s.slice(start, i))
      start = -1
    }
  }
  if (start >= 0) out.push(s.slice(start))
  return out
}

/**
 * Split text into words and analyze each one (memoized: vocabularies are small,
 * documents are large). `joinFolded(analyze(s)) === fold(s)`.
 */
export function analyze(s: string): WordInfo[] {
  if (!s) return []
  return splitWords(s).map(wordInfo)
}

export function joinFolded(words: WordInfo[]): string {
  const out: string[] = []
  for (const w of words) if (w.folded) out.push(w.folded)
  return out.join(' ')
}

export function joinExact(words: WordInfo[]): string {
  const out: string[] = []
  for (const w of words) if (w.exact) out.push(w.exact)
  return out.join(' ')
}
