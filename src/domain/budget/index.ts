/** The whole budget module, server side: everything in core.ts plus the XLSX reader (node:zlib). */
export * from './core'
export { parseXlsx, parseXlsxDetailed, type ParsedXlsx, type ParseXlsxOptions } from './xlsx'

import { parseCsv } from './csv'
import { BudgetImportError, MAX_BYTES } from './errors'
import { tableFromGrid, type TableFromGridOptions } from './table'
import type { BudgetTable } from './types'
import { parseXlsx } from './xlsx'

/**
 * One-call import: sniffs XLSX (ZIP signature) vs CSV, then builds the table.
 * Throws BudgetImportError.
 */
export function importBudgetTable(bytes: Uint8Array, opts: TableFromGridOptions = {}): BudgetTable {
  if (bytes.byteLength > MAX_BYTES) throw new BudgetImportError('too-large', { limit: MAX_BYTES })
  if (bytes.byteLength === 0) throw new BudgetImportError('empty')
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const grid = isZip ? parseXlsx(bytes, { headerRows: opts.headerRows }) : parseCsv(bytes)
  return tableFromGrid(grid, opts)
}
