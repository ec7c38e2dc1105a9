/**
 * Browser-safe subset of the budget module (no node:zlib): types, number parsing,
 * CSV, table building, checks and exports. Use this from client components;
 * `index.ts` additionally exports the XLSX grid rules (the reader is src/lib/budget, exceljs).
 */
export type {
  BudgetTable,
  BudgetColumn,
  BudgetRow,
  BudgetRowKind,
  LocalizedLabel,
  TotalCheck,
  TotalMismatch,
  CellRef,
  Grid,
  GridCell,
} from './types'
export {
  BudgetImportError,
  type BudgetImportErrorCode,
  type BudgetImportErrorDetails,
  isBudgetImportError,
  MAX_BYTES,
  MAX_ROWS,
  MAX_COLUMNS,
  MAX_UNCOMPRESSED_BYTES,
  cellRef,
  columnLetters,
} from './errors'
export {
  parseNumberVi,
  tryParseNumberVi,
  detectNumberStyle,
  formatNumberVi,
  type NumberStyle,
  type ParseNumberOptions,
} from './number'
export {
  parseCsv,
  parseCsvDetailed,
  decodeText,
  detectDelimiter,
  type Delimiter,
  type ParsedCsv,
  type ParseCsvOptions,
  type DecodedText,
} from './csv'
export {
  tableFromGrid,
  inferChecks,
  checkTotals,
  suspectCells,
  validateBudgetTable,
  isTotalLabel,
  type TableFromGridOptions,
} from './table'
export { toCsv, toCsvBytes, toJson, guardFormula, type ExportLocale, type ToCsvOptions } from './export'
export { setCellValue, setRowText, insertRowBelow, removeRow } from './edit'
