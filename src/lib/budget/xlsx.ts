import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import {
  BudgetImportError,
  importCsvTable,
  isZipBytes,
  MAX_BYTES,
  MAX_UNCOMPRESSED_BYTES,
  sheetToGrid,
  tableFromGrid,
  type BudgetTable,
  type GridCell,
  type ParsedXlsx,
  type ParseXlsxOptions,
  type SheetCell,
  type TableFromGridOptions,
} from '@/domain/budget'

/**
 * The XLSX reader for budget tables: exceljs reads the workbook, the pure rules in
 * src/domain/budget/xlsx.ts (`sheetToGrid`) turn the first worksheet into a grid and refuse
 * formulas, merged header cells and oversized sheets. Before exceljs inflates anything, the sizes
 * the archive declares are added up and an archive over MAX_UNCOMPRESSED_BYTES is refused (a ZIP
 * bomb); exceljs itself has no such limit. (An archive whose headers lie about their sizes is not
 * caught by this; inflating every entry once as a stream to count it took over a minute for
 * 100 MB in JSZip on the shared machine.) exceljs reads worksheets stored as
 * `xl/worksheets/sheetN.xml` — what Excel, LibreOffice and Google Sheets write.
 */
export async function parseXlsxDetailed(bytes: Uint8Array, opts: ParseXlsxOptions = {}): Promise<ParsedXlsx> {
  if (bytes.byteLength > MAX_BYTES) throw new BudgetImportError('too-large', { limit: MAX_BYTES })
  if (!isZipBytes(bytes)) throw new BudgetImportError('not-spreadsheet', { reason: 'not a ZIP/XLSX file' })
  await refuseZipBomb(bytes)

  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch (error) {
    throw new BudgetImportError('not-spreadsheet', { reason: error instanceof Error ? error.message.slice(0, 200) : 'unreadable workbook' })
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new BudgetImportError('empty', { reason: 'workbook has no sheets' })
  const cells: SheetCell[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // exceljs repeats a merged range's value in every cell of it; the grid keeps it in the top-left only.
      if (cell.type === ExcelJS.ValueType.Merge) return
      cells.push({ row: rowNumber - 1, column: columnNumber - 1, value: gridValue(cell), formula: cell.type === ExcelJS.ValueType.Formula })
    })
  })
  return sheetToGrid({ name: sheet.name, cells, merges: sheet.model.merges ?? [] }, opts)
}

/** Reads the first worksheet into a grid: text cells as strings, numeric cells as numbers. */
export async function parseXlsx(bytes: Uint8Array, opts: ParseXlsxOptions = {}): Promise<GridCell[][]> {
  return (await parseXlsxDetailed(bytes, opts)).rows
}

/**
 * One-call import: XLSX (ZIP signature) through exceljs, anything else as CSV, then the checked
 * table. Throws BudgetImportError.
 */
export async function importBudgetTable(bytes: Uint8Array, opts: TableFromGridOptions = {}): Promise<BudgetTable> {
  if (bytes.byteLength > MAX_BYTES) throw new BudgetImportError('too-large', { limit: MAX_BYTES })
  if (bytes.byteLength === 0) throw new BudgetImportError('empty')
  if (!isZipBytes(bytes)) return importCsvTable(bytes, opts)
  return tableFromGrid(await parseXlsx(bytes, { headerRows: opts.headerRows }), opts)
}

/** A cell's value as the grid holds it (the previous reader's conventions). */
function gridValue(cell: ExcelJS.Cell): GridCell {
  const v = cell.value
  if (v === null || v === undefined) return null
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('error' in v) return String(v.error)
  if ('text' in v && typeof v.text === 'string') return v.text // hyperlink
  return null // formulas are refused by `formula`, whatever their cached result
}

/** What JSZip read from the central directory (not in its public types). */
type Entry = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } }

async function refuseZipBomb(bytes: Uint8Array): Promise<void> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new BudgetImportError('not-spreadsheet', { reason: 'not a readable ZIP archive' })
  }
  if (!zip.file('xl/workbook.xml')) throw new BudgetImportError('not-spreadsheet', { reason: 'no xl/workbook.xml' })
  let total = 0
  for (const entry of Object.values(zip.files) as Entry[]) {
    if (entry.dir) continue
    const size = entry._data?.uncompressedSize
    if (typeof size !== 'number' || !Number.isFinite(size)) throw new BudgetImportError('not-spreadsheet', { reason: `${entry.name}: size unknown` })
    total += size
    if (total > MAX_UNCOMPRESSED_BYTES) throw new BudgetImportError('too-large', { limit: MAX_UNCOMPRESSED_BYTES, reason: `${entry.name} inflates too much` })
  }
}
