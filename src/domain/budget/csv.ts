/**
 * CSV import: encoding detection, delimiter detection, RFC 4180 parsing.
 */
import { BudgetImportError, MAX_BYTES, MAX_COLUMNS, MAX_ROWS } from './errors'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  bom: boolean
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b)
}

/** Throws 'not-spreadsheet' for binary formats that are obviously not CSV. */
function rejectBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new BudgetImportError('not-spreadsheet', { reason: 'ZIP container (XLSX/ODS?) given to the CSV reader' })
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new BudgetImportError('not-spreadsheet', { reason: 'legacy OLE2 .xls is not supported; save as .xlsx or CSV' })
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new BudgetImportError('not-spreadsheet', { reason: 'PDF' })
  }
}

/**
 * Detects and decodes the text encoding: UTF-8 (with/without BOM), UTF-16LE/BE (with
 * BOM). Bytes that are not valid UTF-8 are REFUSED with 'bad-encoding' — we never
 * guess a legacy code page (Windows-1258/TCVN3/VNI would silently corrupt diacritics).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength > MAX_BYTES) throw new BudgetImportError('too-large', { limit: MAX_BYTES })
  rejectBinary(bytes)
  const fatal = (enc: TextEncodingName, body: Uint8Array) => {
    try {
      return new TextDecoder(enc, { fatal: true, ignoreBOM: true }).decode(body)
    } catch {
      throw new BudgetImportError('bad-encoding', { reason: `invalid ${enc} byte sequence` })
    }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: fatal('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: fatal('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  if (startsWith(bytes, [0xfe, 0xff])) return { text: fatal('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true }
  const text = fatal('utf-8', bytes)
  if (text.includes('\u0000')) {
    throw new BudgetImportError('bad-encoding', { reason: 'NUL characters: UTF-16 without BOM or binary data' })
  }
  return { text, encoding: 'utf-8', bom: false }
}

export type Delimiter = ',' | ';' | '\t'
const DELIMITERS: Delimiter[] = [';', '\t', ',']

/** Splits CSV text into records of fields (RFC 4180 + LF/CR line ends). */
function tokenize(text: string, delimiter: Delimiter, limitRows: number): { rows: string[][]; complete: boolean } {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  const n = text.length
  let inQuotes = false
  let quotedField = false
  let fieldStart = 0
  const pushField = () => {
    row.push(field)
    field = ''
    quotedField = false
  }
  const pushRow = () => {
    pushField()
    rows.push(row)
    row = []
  }
  while (i < n) {
    const ch = text[i]!
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        inQuotes = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"') {
      if (field === '' && !quotedField) {
        inQuotes = true
        quotedField = true
        fieldStart = i
        i++
        continue
      }
      // A quote inside an unquoted field: keep it literally (lenient, like spreadsheets).
      field += ch
      i++
      continue
    }
    if (ch === delimiter) {
      pushField()
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      pushRow()
      if (ch === '\r' && text[i + 1] === '\n') i++
      i++
      if (rows.length >= limitRows) return { rows, complete: text.slice(i).trim() === '' }
      continue
    }
    field += ch
    i++
  }
  if (inQuotes) {
    throw new BudgetImportError('malformed', {
      row: rows.length,
      reason: `unterminated quoted field starting at character ${fieldStart}`,
    })
  }
  if (field !== '' || quotedField || row.length > 0) pushRow()
  return { rows, complete: true }
}

/**
 * Chooses the delimiter whose field count is most consistent over the first 20 lines
 * (title lines such as "Đơn vị tính: …" have one field and are outvoted).
 * Score = number of lines sharing the most frequent field count, which must be > 1;
 * ties → more fields, then the order ';', tab, ',' (';' is what Excel writes in a
 * Vietnamese locale, where ',' is the decimal mark).
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { d: Delimiter; score: number; fields: number } | null = null
  for (const d of DELIMITERS) {
    let sample: string[][]
    try {
      sample = tokenize(text, d, 20).rows.filter((r) => r.some((f) => f.trim() !== ''))
    } catch {
      continue
    }
    const freq = new Map<number, number>()
    for (const r of sample) if (r.length > 1) freq.set(r.length, (freq.get(r.length) ?? 0) + 1)
    let fields = 0
    let score = 0
    for (const [f, n] of freq) if (n > score || (n === score && f > fields)) [fields, score] = [f, n]
    if (score === 0) continue
    if (!best || score > best.score || (score === best.score && fields > best.fields)) best = { d, score, fields }
  }
  return best?.d ?? ','
}

export interface ParseCsvOptions {
  delimiter?: Delimiter
}

export interface ParsedCsv {
  rows: string[][]
  delimiter: Delimiter
  encoding: TextEncodingName
}

/** Full result with detected encoding and delimiter. */
export function parseCsvDetailed(bytes: Uint8Array, opts: ParseCsvOptions = {}): ParsedCsv {
  const { text, encoding } = decodeText(bytes)
  if (text.trim() === '') throw new BudgetImportError('empty')
  const delimiter = opts.delimiter ?? detectDelimiter(text)
  const { rows, complete } = tokenize(text, delimiter, MAX_ROWS + 1)
  // drop trailing blank records
  while (rows.length && rows[rows.length - 1]!.every((f) => f.trim() === '')) rows.pop()
  if (!complete || rows.length > MAX_ROWS) throw new BudgetImportError('too-many-rows', { limit: MAX_ROWS })
  const wide = rows.findIndex((r) => r.length > MAX_COLUMNS)
  if (wide >= 0) throw new BudgetImportError('too-large', { row: wide, limit: MAX_COLUMNS, reason: 'too many columns' })
  if (rows.length === 0) throw new BudgetImportError('empty')
  return { rows, delimiter, encoding }
}

/** Decodes and parses a CSV file into rows of strings. */
export function parseCsv(bytes: Uint8Array, opts: ParseCsvOptions = {}): string[][] {
  return parseCsvDetailed(bytes, opts).rows
}
