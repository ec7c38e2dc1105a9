/**
 * Budget tables as plain, JSON-serialisable data (stored in a Payload JSON field).
 */

export interface LocalizedLabel {
  vi: string
  en?: string
}

export interface BudgetColumn {
  /** Stable machine key, e.g. `total`, `y2017`, `y2017_2020`. Unique within the table. */
  key: string
  label: LocalizedLabel
}

export type BudgetRowKind = 'item' | 'group' | 'total'

export interface BudgetRow {
  /** The "TT" cell as printed: 'I', '1', '1.1', 'a', '-', or '' when there is none. */
  code: string
  label: LocalizedLabel
  /** One value per column; `null` = blank / "-" in the source. */
  values: (number | null)[]
  kind?: BudgetRowKind
}

/**
 * A declared arithmetic identity of the table.
 * - `row-sum`: in every column, row `target` = Σ rows `of` (e.g. "Tổng" = items).
 * - `column-sum`: in every row, column `targetColumn` = Σ columns `of`
 *   (e.g. "2017-2020" = Σ year columns).
 * Indexes are 0-based into `rows` / `columns` (the header is not a row).
 */
export type TotalCheck =
  | { type: 'row-sum'; target: number; of: number[] }
  | { type: 'column-sum'; targetColumn: number; of: number[] }

export interface BudgetTable {
  /** e.g. 'triệu đồng'. */
  unit: string
  /** Headings of the code and label columns as printed (e.g. 'TT', 'Nội dung thực hiện'). */
  headings?: { code?: LocalizedLabel; label?: LocalizedLabel }
  columns: BudgetColumn[]
  rows: BudgetRow[]
  checks: TotalCheck[]
}

export interface CellRef {
  /** 0-based row index into `table.rows`. */
  row: number
  /** 0-based column index into `table.columns`. */
  column: number
}

export interface TotalMismatch {
  check: TotalCheck
  /** Index of the check in `table.checks`. */
  checkIndex: number
  /** The cell that should hold the total. */
  row: number
  column: number
  /** Σ of the terms. */
  expected: number
  /** The value in the total cell (`null` when blank). */
  actual: number | null
  /** `(actual ?? 0) − expected`, rounded to 1e-6. */
  difference: number
  /** The cells that were summed. */
  terms: CellRef[]
}

/** A spreadsheet cell after import: text, a number (XLSX numeric cells), or empty. */
export type GridCell = string | number | null | undefined
export type Grid = readonly (readonly GridCell[])[]
