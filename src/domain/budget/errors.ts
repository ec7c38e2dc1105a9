/** Upload size limit for CSV/XLSX budget tables. */
export const MAX_BYTES = 10 * 1024 * 1024
/** Maximum number of spreadsheet rows accepted. */
export const MAX_ROWS = 5000
/** Maximum number of spreadsheet columns accepted. */
export const MAX_COLUMNS = 200
/** Maximum size of one decompressed XLSX part (zip-bomb guard). */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024

export type BudgetImportErrorCode =
  | 'not-spreadsheet'
  | 'bad-encoding'
  | 'too-large'
  | 'too-many-rows'
  | 'formula'
  | 'merged-header'
  | 'empty'
  | 'bad-number'
  | 'malformed'

export interface BudgetImportErrorDetails {
  /** 0-based row index in the source grid. */
  row?: number
  /** 0-based column index in the source grid. */
  column?: number
  /** A1-style reference of the cell or range (e.g. `C5`, `A1:B1`). */
  ref?: string
  /** The offending raw text. */
  value?: string
  /** The limit that was exceeded. */
  limit?: number
  /** Free-form technical reason (English, for logs). */
  reason?: string
}

/**
 * Import failure with a stable `code` for the UI to localise; `details` locates it.
 * `message` is an English developer message, not meant for end users.
 */
export class BudgetImportError extends Error {
  readonly code: BudgetImportErrorCode
  readonly details: BudgetImportErrorDetails

  constructor(code: BudgetImportErrorCode, details: BudgetImportErrorDetails = {}, message?: string) {
    super(message ?? `${code}${details.ref ? ` at ${details.ref}` : ''}${details.reason ? `: ${details.reason}` : ''}`)
    this.name = 'BudgetImportError'
    this.code = code
    this.details = details
  }
}

export function isBudgetImportError(e: unknown): e is BudgetImportError {
  return e instanceof BudgetImportError
}

/** 0-based column index → spreadsheet letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** 0-based (row, column) → `A1` reference. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`
}
