/**
 * Parsing of numbers as written in Vietnamese budget documents.
 *
 * Vietnamese convention: '.' groups thousands, ',' is the decimal mark
 * (`54.990` = 54990, `1.234,5` = 1234.5). Spreadsheets exported with an English
 * locale use the opposite, so the parser takes a `style` and the table importer
 * detects the style of a whole file (see `detectNumberStyle`).
 *
 * Decision table (style 'vi' unless stated):
 * | input            | result   | why                                                       |
 * |------------------|----------|-----------------------------------------------------------|
 * | `54.990`         | 54990    | one '.', exactly 3 digits after, 1–3 non-zero-led before:  |
 * |                  |          | thousands group (vi). In style 'en' → 54.99.               |
 * | `1.234.567`      | 1234567  | several '.' in valid groups of 3: thousands (any style)    |
 * | `1.234,5`        | 1234.5   | both marks: the LAST one is the decimal mark (any style)   |
 * | `1,234.5`        | 1234.5   | idem, English-formatted                                    |
 * | `1234.5`, `0.125`| decimal  | one '.' not followed by exactly 3 digits, or 4+ digits /   |
 * | `12.50`          |          | a leading 0 before it, cannot be a thousands group → plain |
 * |                  |          | machine decimal (CSV written by software)                  |
 * | `11,875`         | 11.875   | AMBIGUOUS: one ',' + 3 digits. vi reads a decimal comma;   |
 * |                  |          | style 'en' reads 11875. The importer picks the style from  |
 * |                  |          | unambiguous numbers elsewhere in the file.                 |
 * | `1,5`            | 1.5      | one ',' not followed by 3 digits: decimal (any style)      |
 * | `1,234,567`      | 1234567  | several ',' in valid groups of 3: thousands (any style)    |
 * | `1 234 567`      | 1234567  | spaces / NBSP between digit groups are ignored             |
 * | `-1.000`, `−1.000`, `(1.000)` | -1000 | minus sign or accounting parentheses         |
 * | ``, `-`, `–`, `—` | null    | blank / dash = no value                                    |
 * | `1.23.4`, `12a`, `1,2,3` | BudgetImportError 'bad-number'                          |
 */
import { BudgetImportError } from './errors'

export type NumberStyle = 'vi' | 'en'

export interface ParseNumberOptions {
  /** How to read the two ambiguous shapes `d.ddd` and `d,ddd`. Default 'vi'. */
  style?: NumberStyle
}

const DASH_ONLY = /^[-‐‑‒–—―−]+$/
const SPACES = /[\s\u00a0\u202f\u2007]/g
const MINUS = /^[-−‒–]/

function bad(value: string, reason: string): BudgetImportError {
  return new BudgetImportError('bad-number', { value, reason })
}

/** Σ-safe conversion of the digit string, rejecting anything non-finite. */
function finite(n: number, raw: string): number {
  if (!Number.isFinite(n)) throw bad(raw, 'not finite')
  return n
}

function groupedInt(s: string, sep: '.' | ','): boolean {
  const re = sep === '.' ? /^\d{1,3}(?:\.\d{3})+$/ : /^\d{1,3}(?:,\d{3})+$/
  return re.test(s)
}

/**
 * Parses one cell. Numbers pass through; `null`/`undefined`/blank/dash → `null`.
 * @throws BudgetImportError code 'bad-number'
 */
export function parseNumberVi(input: string | number | null | undefined, opts: ParseNumberOptions = {}): number | null {
  if (input == null) return null
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw bad(String(input), 'not finite')
    return input
  }
  const raw = input
  let s = input.trim()
  if (s === '' || DASH_ONLY.test(s)) return null

  let negative = false
  const paren = /^\((.*)\)$/.exec(s)
  if (paren) {
    negative = true
    s = paren[1]!.trim()
  }
  if (MINUS.test(s)) {
    if (negative) throw bad(raw, 'double negative')
    negative = true
    s = s.slice(1)
  } else if (s.startsWith('+')) {
    s = s.slice(1)
  }
  s = s.trim()
  // Spaces are accepted only as thousands groups ("1 234 567", "1 234,5").
  if (/[\s\u00a0\u202f\u2007]/.test(s)) {
    if (!/^\d{1,3}(?:[\s\u00a0\u202f\u2007]\d{3})+(?:[.,]\d+)?$/.test(s)) throw bad(raw, 'bad space grouping')
    s = s.replace(SPACES, '')
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) throw bad(raw, 'not a number')
  if (/^[.,]|[.,]$/.test(s)) throw bad(raw, 'separator at an edge')

  const style = opts.style ?? 'vi'
  const dots = (s.match(/\./g) ?? []).length
  const commas = (s.match(/,/g) ?? []).length
  let value: number

  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.')
    const lastComma = s.lastIndexOf(',')
    const dec: '.' | ',' = lastDot > lastComma ? '.' : ','
    const thou: '.' | ',' = dec === '.' ? ',' : '.'
    const i = s.lastIndexOf(dec)
    const intPart = s.slice(0, i)
    const frac = s.slice(i + 1)
    if (intPart.includes(dec) || !/^\d+$/.test(frac)) throw bad(raw, 'two decimal marks')
    if (!groupedInt(intPart, thou)) throw bad(raw, 'bad thousands grouping')
    value = Number(`${intPart.split(thou).join('')}.${frac}`)
  } else if (dots + commas === 0) {
    value = Number(s)
  } else {
    const sep: '.' | ',' = dots > 0 ? '.' : ','
    const count = dots + commas
    if (count > 1) {
      if (!groupedInt(s, sep)) throw bad(raw, 'bad thousands grouping')
      value = Number(s.split(sep).join(''))
    } else {
      const [intPart, frac] = s.split(sep) as [string, string]
      const groupShape = frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)
      // Ambiguous shape: decided by the style ('.' groups in vi, ',' groups in en).
      const isThousands = groupShape && ((sep === '.' && style === 'vi') || (sep === ',' && style === 'en'))
      value = isThousands ? Number(intPart + frac) : Number(`${intPart}.${frac}`)
    }
  }
  value = finite(value, raw)
  return negative ? (value === 0 ? 0 : -value) : value
}

/**
 * Non-throwing variant: `{ ok: true, value }` or `{ ok: false, error }`.
 */
export function tryParseNumberVi(
  input: string | number | null | undefined,
  opts: ParseNumberOptions = {},
): { ok: true; value: number | null } | { ok: false; error: BudgetImportError } {
  try {
    return { ok: true, value: parseNumberVi(input, opts) }
  } catch (e) {
    if (e instanceof BudgetImportError) return { ok: false, error: e }
    throw e
  }
}

/**
 * Looks at many cells and decides which style the file uses, from shapes that are
 * unambiguous: `1.234,5` / `1,5` / `1.234.567` vote 'vi'; `1,234.5` / `1,234,567`
 * vote 'en'. Ambiguous (`11.875`, `11,875`) and plain (`1234.5`) cells don't vote.
 * Majority wins; ties and no votes → 'vi' (the portal's documents are Vietnamese).
 */
export function detectNumberStyle(cells: Iterable<unknown>): NumberStyle {
  let vi = 0
  let en = 0
  for (const c of cells) {
    if (typeof c !== 'string') continue
    const s = c.trim().replace(/^[(\-−+]+|\)$/g, '').replace(SPACES, '')
    if (!/^[\d.,]+$/.test(s)) continue
    const dots = (s.match(/\./g) ?? []).length
    const commas = (s.match(/,/g) ?? []).length
    if (dots && commas) {
      if (s.lastIndexOf(',') > s.lastIndexOf('.')) vi++
      else en++
    } else if (dots > 1) vi++
    else if (commas > 1) en++
    else if (commas === 1 && !/,\d{3}$/.test(s)) vi++
  }
  return en > vi ? 'en' : 'vi'
}

/** Formats for display the Vietnamese way: 54990 → "54.990", -1234.5 → "-1.234,5". */
export function formatNumberVi(n: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot format ${n}`)
  const neg = n < 0
  const fixed = Math.abs(n).toFixed(maxFractionDigits)
  const [i, f = ''] = fixed.split('.') as [string, string?]
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const frac = f.replace(/0+$/, '')
  const body = frac ? `${grouped},${frac}` : grouped
  return neg && body !== '0' ? `-${body}` : body
}
