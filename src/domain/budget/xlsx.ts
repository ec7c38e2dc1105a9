/**
 * The pure half of reading an XLSX budget table: from the first worksheet's cells (read by the
 * exceljs adapter, src/lib/budget/xlsx.ts) to a grid, refusing with typed errors:
 * - any formula: a disclosed table must carry the published figures, not a computation the
 *   portal cannot reproduce ('formula', with the cell reference);
 * - merged cells touching the header rows ('merged-header'): multi-level headers cannot be
 *   mapped to columns unambiguously. Merges in the body are tolerated (the value is in the
 *   top-left cell, the others read as empty);
 * - more than MAX_ROWS rows or MAX_COLUMNS columns; an empty sheet.
 */
import { BudgetImportError, MAX_COLUMNS, MAX_ROWS, cellRef } from './errors'
import { findHeaderRow } from './grid'
import type { GridCell } from './types'

/** True when the bytes start with a ZIP local-file signature (XLSX), not CSV text. */
export function isZipBytes(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** `AB12` → { row: 11, column: 27 } (0-based). */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase())
  if (!m) return null
  let col = 0
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64)
  return { row: Number(m[2]) - 1, column: col - 1 }
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

/** One non-empty cell of a worksheet as a reader found it (0-based position). */
export interface SheetCell {
  row: number
  column: number
  value: GridCell
  /** The cell holds a formula (whatever its cached result). */
  formula: boolean
}

export interface SheetCells {
  name: string
  /** In any order. */
  cells: SheetCell[]
  /** Merged ranges, `A1:G1`. */
  merges: string[]
}

export function sheetToGrid(sheet: SheetCells, opts: ParseXlsxOptions = {}): ParsedXlsx {
  const cells = [...sheet.cells].sort((a, b) => a.row - b.row || a.column - b.column)
  const rows: GridCell[][] = []
  for (const cell of cells) {
    const ref = cellRef(cell.row, cell.column)
    if (cell.formula) throw new BudgetImportError('formula', { row: cell.row, column: cell.column, ref })
    if (cell.value === null || cell.value === '') continue
    if (cell.row >= MAX_ROWS) throw new BudgetImportError('too-many-rows', { limit: MAX_ROWS, ref })
    if (cell.column >= MAX_COLUMNS) throw new BudgetImportError('too-large', { limit: MAX_COLUMNS, ref, reason: 'too many columns' })
    while (rows.length <= cell.row) rows.push([])
    const target = rows[cell.row]!
    while (target.length < cell.column) target.push(null)
    target[cell.column] = cell.value
  }
  if (rows.length === 0) throw new BudgetImportError('empty')

  // merged cells: refuse those touching the header rows
  const headerStart = findHeaderRow(rows)
  const headerEnd = headerStart + Math.max(1, opts.headerRows ?? 1) - 1
  const merges: string[] = []
  for (const ref of sheet.merges) {
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
  return { sheetName: sheet.name, rows, merges }
}
