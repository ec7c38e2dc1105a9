/** The whole budget module, server side: everything in core.ts plus the pure XLSX grid rules (the
 * XLSX reader itself is the exceljs adapter in src/lib/budget, async). */
export * from './core'
export { isZipBytes, parseCellRef, sheetToGrid, type ParsedXlsx, type ParseXlsxOptions, type SheetCell, type SheetCells } from './xlsx'

import { parseCsv } from './csv'
import { BudgetImportError, MAX_BYTES } from './errors'
import { tableFromGrid, type TableFromGridOptions } from './table'
import type { BudgetTable } from './types'

/**
 * A CSV file to a checked table (an XLSX file goes through `importBudgetTable` in
 * src/lib/budget, which reads it with exceljs). Throws BudgetImportError.
 */
export function importCsvTable(bytes: Uint8Array, opts: TableFromGridOptions = {}): BudgetTable {
  if (bytes.byteLength > MAX_BYTES) throw new BudgetImportError('too-large', { limit: MAX_BYTES })
  if (bytes.byteLength === 0) throw new BudgetImportError('empty')
  return tableFromGrid(parseCsv(bytes), opts)
}
