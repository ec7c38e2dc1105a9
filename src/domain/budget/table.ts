/**
 * Grid → BudgetTable conversion, total-check inference and verification.
 */
import { BudgetImportError, MAX_ROWS, cellRef } from './errors'
import { cellText, findHeaderRow, isBlank, nonBlankCount } from './grid'
import { detectNumberStyle, parseNumberVi, type NumberStyle } from './number'
import type {
  BudgetColumn,
  BudgetRow,
  BudgetRowKind,
  BudgetTable,
  CellRef,
  Grid,
  GridCell,
  TotalCheck,
  TotalMismatch,
} from './types'

// ---------------------------------------------------------------------------
// label / code classification

const TOTAL_LABEL = /^(?:tổng|cộng|total)(?=$|[\s:(,.-])/iu
const OF_WHICH_LABEL = /^(?:trong\s+đó|of\s+which|including)\b/iu
const CODE_HEADER = /^(?:s[ốo]\s*tt|stt|tt|m[ãa](?:\s*s[ốo])?|no\.?|code|#)$/iu
const ROMAN = /^(?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})/
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/

/** Strips the `'` that `toCsv` adds to neutralise spreadsheet formulas. */
function unescapeFormulaGuard(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s
}

function normalizeCode(s: string): string {
  const t = s.trim()
  return /^(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)\.$/.test(t) ? t.slice(0, -1) : t
}

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(label.trim())
}

/** Does the text look like a TT/STT code? */
export function isCodeLike(s: string): boolean {
  const t = normalizeCode(s)
  return (
    t === '' ||
    ROMAN.test(t) ||
    /^[A-Z]$/.test(t) ||
    /^\d{1,3}(?:\.\d{1,3})*$/.test(t) ||
    /^[a-zđ]\)?$/.test(t) ||
    /^[-+*•]$/.test(t)
  )
}

/**
 * Roman numeral used as a group code. Single letters other than I, V, X are read as
 * section letters (A, B, C, D …), as in the Circular 343 forms ("A. TỔNG THU", "I. …").
 */
function isRoman(c: string): boolean {
  return ROMAN.test(c) && (c.length > 1 || c === 'I' || c === 'V' || c === 'X')
}

/**
 * Hierarchy level of a row code:
 * 0 = section letter (A, B), 1 = roman numeral (I, II), 2 = '1', 3 = '1.1', …,
 * 20 = lower-case letter ('a', 'a)'), Infinity = bullet/detail ('-', '+', '*') or an
 * "of which" row — details are never summed by inferred checks.
 * An empty code is level 1 in a table without codes, detail otherwise.
 */
function codeLevel(code: string, label: string, tableHasCodes: boolean): number {
  if (OF_WHICH_LABEL.test(label.trim())) return Infinity
  const c = normalizeCode(code)
  if (c === '') return tableHasCodes ? Infinity : 2
  if (isRoman(c)) return 1
  if (/^[A-Z]$/.test(c)) return 0
  if (/^\d+(?:\.\d+)*$/.test(c)) return 1 + c.split('.').length
  if (/^[a-zđ]\)?$/.test(c)) return 20
  return Infinity
}

function rowKind(code: string, label: string): BudgetRowKind {
  if (normalizeCode(code) === '' && isTotalLabel(label)) return 'total'
  const c = normalizeCode(code)
  if (isRoman(c) || /^[A-Z]$/.test(c)) return 'group'
  return 'item'
}

// ---------------------------------------------------------------------------
// check inference

/**
 * Infers the arithmetic identities of a table. Documented rules:
 *
 * Rows
 * 1. A **total row** has an empty code and a label starting with the word
 *    "Tổng", "Cộng" or "Total" ("Tổng", "Tổng kinh phí", "Cộng", "Tổng cộng").
 * 2. Its block is the run of rows between it and the previous total row (above);
 *    if that run is empty (the total heads the table or follows another total),
 *    the block is the run down to the next total row or the end (below).
 * 3. It equals the sum of the block's rows **at the shallowest level** present
 *    (sections A, B… if any, else groups I, II…, else items 1, 2…, else uncoded rows
 *    in a table without codes).
 *    Detail rows ('-', '+', "Trong đó…") are never summed.
 *    2b. A total row with no rows to sum on either side that directly follows other
 *    total rows (a "Tổng cộng" after section "Cộng" rows) is the sum of the earlier
 *    total rows not already summed by another grand total.
 * 4. A **parent row** with at least one value (a section 'A', a group 'I', or '1'
 *    followed by '1.1', '1.2') equals the sum of its direct children: the following rows that
 *    are deeper, up to the next row at its level or shallower. Dotted children must
 *    extend the parent's code ('1' → '1.x').
 *
 * Columns
 * 5. A value column labelled with a year range ("2017-2020", "Giai đoạn 2016–2020")
 *    is the sum of the single-year columns within that range.
 * 6. A value column labelled "Tổng…"/"Cộng…"/"Total…" is the sum of the other
 *    value columns that are not themselves totals. If the other columns carry
 *    years, only those are summed.
 * Checks with fewer than one term (rows) or two terms (columns) are not emitted.
 */
export function inferChecks(table: Pick<BudgetTable, 'rows' | 'columns'>): TotalCheck[] {
  const checks: TotalCheck[] = []
  const rows = table.rows
  const hasCodes = rows.some((r) => normalizeCode(r.code) !== '' && r.kind !== 'total')
  const level = rows.map((r) => (r.kind === 'total' ? -1 : codeLevel(r.code, r.label.vi, hasCodes)))
  const hasValue = (i: number) => rows[i]!.values.some((v) => v != null)

  const shallowest = (idx: number[]): number[] => {
    const usable = idx.filter((i) => Number.isFinite(level[i]!) && level[i]! >= 0)
    if (!usable.length) return []
    const min = Math.min(...usable.map((i) => level[i]!))
    return usable.filter((i) => level[i] === min)
  }

  // rules 1–3
  const grandTerms = new Set<number>()
  rows.forEach((r, t) => {
    if (r.kind !== 'total') return
    const above: number[] = []
    for (let i = t - 1; i >= 0 && rows[i]!.kind !== 'total'; i--) above.unshift(i)
    let of = shallowest(above)
    if (!of.length) {
      const below: number[] = []
      for (let i = t + 1; i < rows.length && rows[i]!.kind !== 'total'; i++) below.push(i)
      of = shallowest(below)
    }
    if (!of.length && above.length === 0 && t > 0) {
      // rule 2b: a grand total right after subtotals sums the earlier subtotals
      of = rows
        .map((_, i) => i)
        .filter((i) => i < t && rows[i]!.kind === 'total' && !grandTerms.has(i))
      of.forEach((i) => grandTerms.add(i))
    }
    if (of.length) checks.push({ type: 'row-sum', target: t, of })
  })

  // rule 4
  rows.forEach((p, i) => {
    const L = level[i]!
    if (p.kind === 'total' || !Number.isFinite(L) || L < 0 || !hasValue(i)) return
    const pc = normalizeCode(p.code)
    const kids: number[] = []
    for (let j = i + 1; j < rows.length; j++) {
      const lj = level[j]!
      if (rows[j]!.kind === 'total' || lj <= L) break
      kids.push(j)
    }
    let direct = shallowest(kids)
    if (/^\d+(?:\.\d+)*$/.test(pc)) {
      direct = direct.filter((j) => {
        const cj = normalizeCode(rows[j]!.code)
        return !/^\d/.test(cj) || cj.startsWith(`${pc}.`)
      })
    }
    if (direct.length) checks.push({ type: 'row-sum', target: i, of: direct })
  })

  // rules 5–6
  const labels = table.columns.map((c) => c.label.vi)
  const yearOf = (s: string): number | null => {
    if (YEAR_RANGE.test(s)) return null
    const m = YEAR.exec(s)
    return m ? Number(m[1]) : null
  }
  const isTotalCol = (s: string) => YEAR_RANGE.test(s) || isTotalLabel(s)
  labels.forEach((label, c) => {
    const range = YEAR_RANGE.exec(label)
    let of: number[] = []
    if (range) {
      const [lo, hi] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b) as [number, number]
      of = labels
        .map((l, k) => ({ k, y: yearOf(l) }))
        .filter(({ k, y }) => k !== c && y != null && y >= lo && y <= hi)
        .map(({ k }) => k)
    } else if (isTotalLabel(label)) {
      const others = labels.map((l, k) => ({ k, l })).filter(({ k, l }) => k !== c && !isTotalCol(l))
      const withYears = others.filter(({ l }) => yearOf(l) != null)
      of = (withYears.length >= 2 ? withYears : others).map(({ k }) => k)
    }
    if (of.length >= 2) checks.push({ type: 'column-sum', targetColumn: c, of })
  })
  return checks
}

// ---------------------------------------------------------------------------
// grid → table

export interface TableFromGridOptions {
  /** Unit; default: read from a preamble line "Đơn vị tính: …" / "Unit: …", else ''. */
  unit?: string
  /** Number of header rows (labels of stacked rows are joined with a space). Default 1. */
  headerRows?: number
  /** Column holding TT codes; `null` = none. Default: auto-detected. */
  codeColumn?: number | null
  /** Column holding row labels. Default: right after the code column, else 0. */
  labelColumn?: number
  /** Number style for ambiguous cells; default: detected over the whole grid. */
  numberStyle?: NumberStyle
  /** Infer `checks` (default true); otherwise `checks` is empty. */
  inferChecks?: boolean
}

const UNIT_LINE = /^\(?\s*(?:đơn\s*vị(?:\s*tính)?|đvt|unit)\s*[:：]\s*(.+?)\s*\)?\s*$/iu

function columnKey(label: string, used: Set<string>, index: number): string {
  const range = YEAR_RANGE.exec(label)
  const year = YEAR.exec(label)
  let key: string
  if (range) key = `y${range[1]}_${range[2]}`
  else if (isTotalLabel(label)) key = 'total'
  else if (year && label.replace(YEAR, ' ').replace(/\b(?:năm|year)\b/giu, '').trim() === '') key = `y${year[1]}`
  else {
    key = label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
    if (!key) key = `c${index + 1}`
  }
  let k = key
  for (let n = 2; used.has(k); n++) k = `${key}-${n}`
  used.add(k)
  return k
}

function englishColumnLabel(label: string): string | undefined {
  const range = YEAR_RANGE.exec(label)
  if (range && label.replace(YEAR_RANGE, '').replace(/\b(?:năm|giai\s*đoạn)\b/giu, '').trim() === '') {
    return `${range[1]}–${range[2]}`
  }
  const y = /^(?:năm\s+)?((?:19|20)\d{2})$/iu.exec(label)
  if (y) return y[1]
  if (/^tổng\s+kinh\s+phí$/iu.test(label)) return 'Total funding'
  if (/^(?:tổng|tổng\s+cộng|cộng|tổng\s+số)$/iu.test(label)) return 'Total'
  return undefined
}

/**
 * Builds a BudgetTable from a grid (CSV rows or XLSX cells):
 * - preamble rows (fewer than two non-empty cells) are skipped; a "Đơn vị tính: …"
 *   line there gives the unit;
 * - the next `headerRows` rows are the header;
 * - code column: auto-detected when the first header cell is TT/STT/Mã/No. or when
 *   every body cell of column 0 looks like a code ('I', '1', '1.1', 'a', '-', '');
 * - the label column follows; every later column is a numeric value column;
 * - numbers are parsed with `parseNumberVi` in the style detected for the grid;
 * - completely empty rows and trailing empty columns are dropped.
 * @throws BudgetImportError ('empty', 'too-many-rows', 'bad-number' with row/column/ref)
 */
export function tableFromGrid(grid: Grid, opts: TableFromGridOptions = {}): BudgetTable {
  if (grid.length > MAX_ROWS) throw new BudgetImportError('too-many-rows', { limit: MAX_ROWS })
  const h = findHeaderRow(grid)
  if (h < 0) throw new BudgetImportError('empty', { reason: 'no header row with at least two cells' })

  let unit = opts.unit
  if (unit == null) {
    unit = ''
    for (let r = 0; r < h && !unit; r++) {
      for (const c of grid[r] ?? []) {
        const m = UNIT_LINE.exec(cellText(c))
        if (m) {
          unit = m[1]!
          break
        }
      }
    }
  }

  const headerRows = Math.max(1, opts.headerRows ?? 1)
  const header = grid.slice(h, h + headerRows)
  const body = grid.slice(h + headerRows).map((r, i) => ({ cells: r, gridRow: h + headerRows + i }))
  const width = Math.max(...grid.slice(h).map((r) => {
    let w = r.length
    while (w > 0 && isBlank(r[w - 1])) w--
    return w
  }))

  let codeColumn: number | null
  if (opts.codeColumn !== undefined) codeColumn = opts.codeColumn
  else {
    const first = header.map((r) => cellText(r[0])).filter(Boolean).join(' ')
    const col0 = body.map((b) => cellText(b.cells[0]))
    const col1 = body.map((b) => cellText(b.cells[1]))
    codeColumn =
      CODE_HEADER.test(first) ||
      (col0.some((s) => s !== '') && col0.every((s) => isCodeLike(s)) && col1.some((s) => s !== '' && !/^[\d.,()\-\s]+$/.test(s)))
        ? 0
        : null
  }
  const labelColumn = opts.labelColumn ?? (codeColumn == null ? 0 : codeColumn + 1)
  const valueColumns: number[] = []
  for (let c = labelColumn + 1; c < width; c++) if (c !== codeColumn) valueColumns.push(c)
  if (!valueColumns.length) throw new BudgetImportError('empty', { reason: 'no value columns' })

  const used = new Set<string>()
  const columns: BudgetColumn[] = valueColumns.map((c, i) => {
    const vi = header
      .map((r) => unescapeFormulaGuard(cellText(r[c])))
      .filter(Boolean)
      .join(' ')
    const en = englishColumnLabel(vi)
    return { key: columnKey(vi || `Cột ${i + 1}`, used, i), label: en ? { vi, en } : { vi } }
  })

  const style =
    opts.numberStyle ?? detectNumberStyle(body.flatMap((b) => valueColumns.map((c) => b.cells[c])))

  const rows: BudgetRow[] = []
  for (const { cells, gridRow } of body) {
    if (nonBlankCount(cells) === 0) continue
    const code = codeColumn == null ? '' : normalizeCode(unescapeFormulaGuard(cellText(cells[codeColumn])))
    const label = unescapeFormulaGuard(cellText(cells[labelColumn]))
    const values = valueColumns.map((c) => {
      const cell: GridCell = cells[c]
      try {
        return parseNumberVi(typeof cell === 'string' ? unescapeFormulaGuard(cell.trim()) : cell, { style })
      } catch (e) {
        if (e instanceof BudgetImportError) {
          throw new BudgetImportError('bad-number', {
            row: gridRow,
            column: c,
            ref: cellRef(gridRow, c),
            value: String(cell),
            reason: e.details.reason,
          })
        }
        throw e
      }
    })
    rows.push({ code, label: { vi: label }, values, kind: rowKind(code, label) })
  }
  if (!rows.length) throw new BudgetImportError('empty', { reason: 'no data rows' })

  const headingText = (c: number | null) =>
    c == null ? '' : header.map((r) => unescapeFormulaGuard(cellText(r[c]))).filter(Boolean).join(' ')
  const codeHeading = headingText(codeColumn)
  const labelHeading = headingText(labelColumn)
  const table: BudgetTable = { unit, columns, rows, checks: [] }
  if (codeHeading || labelHeading) {
    table.headings = {}
    if (codeHeading) table.headings.code = { vi: codeHeading }
    if (labelHeading) table.headings.label = { vi: labelHeading }
  }
  if (opts.inferChecks ?? true) table.checks = inferChecks(table)
  return table
}

// ---------------------------------------------------------------------------
// verification

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

/** Structural problems of a (possibly hand-edited) table; empty when valid. */
export function validateBudgetTable(t: unknown): string[] {
  const problems: string[] = []
  const o = t as Partial<BudgetTable> | null
  if (!o || typeof o !== 'object') return ['not an object']
  if (typeof o.unit !== 'string') problems.push('unit must be a string')
  if (!Array.isArray(o.columns)) problems.push('columns must be an array')
  if (!Array.isArray(o.rows)) problems.push('rows must be an array')
  if (!Array.isArray(o.checks)) problems.push('checks must be an array')
  if (problems.length) return problems
  const nCols = o.columns!.length
  const keys = new Set<string>()
  o.columns!.forEach((c, i) => {
    if (!c || typeof c.key !== 'string' || !c.key) problems.push(`columns[${i}].key missing`)
    else if (keys.has(c.key)) problems.push(`columns[${i}].key duplicate "${c.key}"`)
    else keys.add(c.key)
    if (!c?.label || typeof c.label.vi !== 'string') problems.push(`columns[${i}].label.vi missing`)
  })
  o.rows!.forEach((r, i) => {
    if (!r || typeof r.code !== 'string') problems.push(`rows[${i}].code must be a string`)
    if (!r?.label || typeof r.label.vi !== 'string') problems.push(`rows[${i}].label.vi missing`)
    if (!Array.isArray(r?.values) || r.values.length !== nCols) problems.push(`rows[${i}].values must have ${nCols} entries`)
    else if (r.values.some((v) => v !== null && (typeof v !== 'number' || !Number.isFinite(v))))
      problems.push(`rows[${i}].values must be finite numbers or null`)
    if (r?.kind !== undefined && !['item', 'group', 'total'].includes(r.kind)) problems.push(`rows[${i}].kind invalid`)
  })
  const nRows = o.rows!.length
  const okIdx = (i: unknown, n: number) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < n
  o.checks!.forEach((c, i) => {
    if (c?.type === 'row-sum') {
      if (!okIdx(c.target, nRows) || !Array.isArray(c.of) || !c.of.every((k) => okIdx(k, nRows)) || c.of.includes(c.target))
        problems.push(`checks[${i}] has invalid row indexes`)
    } else if (c?.type === 'column-sum') {
      if (
        !okIdx(c.targetColumn, nCols) ||
        !Array.isArray(c.of) ||
        !c.of.every((k) => okIdx(k, nCols)) ||
        c.of.includes(c.targetColumn)
      )
        problems.push(`checks[${i}] has invalid column indexes`)
    } else problems.push(`checks[${i}].type invalid`)
  })
  return problems
}

/**
 * Evaluates every declared check. A cell group is skipped when the total cell and all
 * its terms are blank; otherwise blanks count as 0. A mismatch is reported when
 * |total − Σ terms| > tolerance (default 0.5, i.e. half a unit of rounding).
 * @throws TypeError when the table is structurally invalid.
 */
export function checkTotals(table: BudgetTable, tolerance = 0.5): TotalMismatch[] {
  const problems = validateBudgetTable(table)
  if (problems.length) throw new TypeError(`Invalid budget table: ${problems.join('; ')}`)
  const out: TotalMismatch[] = []
  const val = (r: number, c: number) => table.rows[r]!.values[c] ?? null
  const evaluate = (check: TotalCheck, checkIndex: number, target: CellRef, terms: CellRef[]) => {
    const actual = val(target.row, target.column)
    const termValues = terms.map((t) => val(t.row, t.column))
    if (actual == null && termValues.every((v) => v == null)) return
    const expected = round6(termValues.reduce<number>((s, v) => s + (v ?? 0), 0))
    const difference = round6((actual ?? 0) - expected)
    if (Math.abs(difference) > tolerance) {
      out.push({ check, checkIndex, row: target.row, column: target.column, expected, actual, difference, terms })
    }
  }
  table.checks.forEach((check, i) => {
    if (check.type === 'row-sum') {
      for (let c = 0; c < table.columns.length; c++) {
        evaluate(check, i, { row: check.target, column: c }, check.of.map((r) => ({ row: r, column: c })))
      }
    } else {
      for (let r = 0; r < table.rows.length; r++) {
        evaluate(check, i, { row: r, column: check.targetColumn }, check.of.map((c) => ({ row: r, column: c })))
      }
    }
  })
  return out
}

/**
 * The cells most likely to be wrong: those named (as total or term) by the largest
 * number of mismatches. With both a row and a column check, a single wrong cell is
 * the unique intersection.
 */
export function suspectCells(mismatches: readonly TotalMismatch[]): CellRef[] {
  const counts = new Map<string, number>()
  for (const m of mismatches) {
    const cells = [{ row: m.row, column: m.column }, ...m.terms]
    for (const c of new Set(cells.map((c) => `${c.row}:${c.column}`))) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  if (!counts.size) return []
  const max = Math.max(...counts.values())
  return [...counts.entries()]
    .filter(([, n]) => n === max)
    .map(([k]) => {
      const [row, column] = k.split(':').map(Number) as [number, number]
      return { row, column }
    })
    .sort((a, b) => a.row - b.row || a.column - b.column)
}
