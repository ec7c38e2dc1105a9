/**
 * Minimal XLSX reader for budget tables: first worksheet only, values only.
 *
 * Uses the ZIP reader in `zip.ts` (node:zlib) and string-level XML scanning of
 * `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`, `xl/sharedStrings.xml` and the
 * first sheet. Refuses, with typed errors:
 * - any formula (`<f>`): a disclosed table must carry the published figures, not a
 *   computation the portal cannot reproduce ('formula', with the cell reference);
 * - merged cells touching the header rows ('merged-header'): multi-level headers
 *   cannot be mapped to columns unambiguously. Merges in the body are tolerated
 *   (the value is in the top-left cell, the others read as empty).
 */
import { BudgetImportError, MAX_BYTES, MAX_COLUMNS, MAX_ROWS, cellRef } from './errors'
import { findHeaderRow } from './grid'
import type { GridCell } from './types'
import { ZipReader } from './zip'

const P = '(?:[\\w.-]+:)?' // optional namespace prefix

function elements(xml: string, local: string): { attrs: string; body: string | null }[] {
  const re = new RegExp(`<${P}${local}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}${local}\\s*>)`, 'g')
  const out: { attrs: string; body: string | null }[] = []
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ attrs: m[1] ?? '', body: m[2] ?? null })
  return out
}

/** Attributes by local name (prefix stripped): `r:id` → `id`. */
function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const name = m[1]!
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name
    const v = decodeXml(m[2] ?? m[3] ?? '')
    out[name] = v
    if (!(local in out)) out[local] = v
  }
  return out
}

/** XML entity decoding + OOXML `_xHHHH_` escapes. */
export function decodeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
      switch (e) {
        case 'lt':
          return '<'
        case 'gt':
          return '>'
        case 'amp':
          return '&'
        case 'quot':
          return '"'
        case 'apos':
          return "'"
        default: {
          const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
          return cp <= 0x10ffff ? String.fromCodePoint(cp) : ''
        }
      }
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

/** Concatenated text of `<t>` runs, ignoring phonetic runs (`<rPh>`). */
function richText(body: string | null): string {
  if (!body) return ''
  const cleaned = body.replace(new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh\\s*>`, 'g'), '')
  return elements(cleaned, 't')
    .map((t) => decodeXml(t.body ?? ''))
    .join('')
}

/** `AB12` → { row: 11, column: 27 } (0-based). */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase())
  if (!m) return null
  let col = 0
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64)
  return { row: Number(m[2]) - 1, column: col - 1 }
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = `xl/${target}`.split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

export interface ParseXlsxOptions {
  /** Number of header rows (from the first row with ≥2 values). Default 1. */
  headerRows?: number
}

export interface ParsedXlsx {
  sheetName: string
  rows: GridCell[][]
  /** Merged ranges outside the header (tolerated), e.g. `A7:B7`. */
  merges: string[]
}

export function parseXlsxDetailed(bytes: Uint8Array, opts: ParseXlsxOptions = {}): ParsedXlsx {
  if (bytes.byteLength > MAX_BYTES) throw new BudgetImportError('too-large', { limit: MAX_BYTES })
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new BudgetImportError('not-spreadsheet', { reason: 'not a ZIP/XLSX file' })
  }
  const zip = new ZipReader(bytes)
  if (!zip.has('xl/workbook.xml')) throw new BudgetImportError('not-spreadsheet', { reason: 'no xl/workbook.xml' })

  // first sheet → its part name
  const workbook = zip.readText('xl/workbook.xml')
  const firstSheet = elements(workbook, 'sheet')[0]
  if (!firstSheet) throw new BudgetImportError('empty', { reason: 'workbook has no sheets' })
  const sheetAttrs = attributes(firstSheet.attrs)
  const rels = zip.has('xl/_rels/workbook.xml.rels')
    ? elements(zip.readText('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => attributes(r.attrs))
    : []
  const rid = sheetAttrs['r:id'] ?? sheetAttrs.id
  const sheetRel = rels.find((r) => r.Id === rid)
  const sheetPath = sheetRel?.Target ? resolveTarget(sheetRel.Target) : 'xl/worksheets/sheet1.xml'
  if (!zip.has(sheetPath)) throw new BudgetImportError('not-spreadsheet', { reason: `missing ${sheetPath}` })

  const ssRel = rels.find((r) => /\/sharedStrings$/.test(r.Type ?? ''))
  const ssPath = ssRel?.Target ? resolveTarget(ssRel.Target) : 'xl/sharedStrings.xml'
  const shared = zip.has(ssPath) ? elements(zip.readText(ssPath), 'si').map((si) => richText(si.body)) : []

  const sheet = zip.readText(sheetPath)
  const rows: GridCell[][] = []
  let nextRow = 0
  for (const rowEl of elements(sheet, 'row')) {
    const ra = attributes(rowEl.attrs)
    const r = ra.r ? Number(ra.r) - 1 : nextRow
    nextRow = r + 1
    if (!rowEl.body) continue
    let nextCol = 0
    for (const c of elements(rowEl.body, 'c')) {
      const ca = attributes(c.attrs)
      const pos = ca.r ? parseCellRef(ca.r) : { row: r, column: nextCol }
      if (!pos) throw new BudgetImportError('malformed', { reason: `bad cell reference ${ca.r}` })
      nextCol = pos.column + 1
      const ref = cellRef(pos.row, pos.column)
      const body = c.body ?? ''
      if (new RegExp(`<${P}f[\\s>/]`).test(body)) {
        throw new BudgetImportError('formula', { row: pos.row, column: pos.column, ref })
      }
      const v = elements(body, 'v')[0]?.body
      const raw = v == null ? null : decodeXml(v)
      let value: GridCell = null
      switch (ca.t) {
        case 's': {
          const idx = Number(raw)
          if (raw == null || !Number.isInteger(idx) || idx < 0 || idx >= shared.length) {
            throw new BudgetImportError('malformed', { row: pos.row, column: pos.column, ref, reason: 'bad shared string index' })
          }
          value = shared[idx]!
          break
        }
        case 'inlineStr':
          value = richText(elements(body, 'is')[0]?.body ?? null)
          break
        case 'b':
          value = raw == null ? null : raw === '1' ? 'TRUE' : 'FALSE'
          break
        case 'str':
        case 'e':
        case 'd':
          value = raw
          break
        default: {
          if (raw == null || raw.trim() === '') break
          const n = Number(raw)
          if (!Number.isFinite(n)) {
            throw new BudgetImportError('malformed', { row: pos.row, column: pos.column, ref, value: raw, reason: 'bad numeric cell' })
          }
          value = n
        }
      }
      if (value == null || value === '') continue
      if (pos.row >= MAX_ROWS) throw new BudgetImportError('too-many-rows', { limit: MAX_ROWS, ref })
      if (pos.column >= MAX_COLUMNS) throw new BudgetImportError('too-large', { limit: MAX_COLUMNS, ref, reason: 'too many columns' })
      while (rows.length <= pos.row) rows.push([])
      const target = rows[pos.row]!
      while (target.length < pos.column) target.push(null)
      target[pos.column] = value
    }
  }
  if (rows.length === 0) throw new BudgetImportError('empty')

  // merged cells: refuse those touching the header rows
  const headerStart = findHeaderRow(rows)
  const headerEnd = headerStart + Math.max(1, opts.headerRows ?? 1) - 1
  const merges: string[] = []
  for (const m of elements(sheet, 'mergeCell')) {
    const ref = attributes(m.attrs).ref ?? ''
    const [a, b = a] = ref.split(':')
    const p1 = parseCellRef(a ?? '')
    const p2 = parseCellRef(b ?? '')
    if (!p1 || !p2) continue
    const top = Math.min(p1.row, p2.row)
    const bottom = Math.max(p1.row, p2.row)
    if (headerStart >= 0 && top <= headerEnd && bottom >= headerStart) {
      throw new BudgetImportError('merged-header', { row: top, column: Math.min(p1.column, p2.column), ref })
    }
    merges.push(ref)
  }

  return { sheetName: sheetAttrs.name ?? '', rows, merges }
}

/** Reads the first worksheet into a grid: text cells as strings, numeric cells as numbers. */
export function parseXlsx(bytes: Uint8Array, opts: ParseXlsxOptions = {}): GridCell[][] {
  return parseXlsxDetailed(bytes, opts).rows
}
