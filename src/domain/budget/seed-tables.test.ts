import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  APPENDIX_01_22_2016,
  APPENDIX_02_22_2016,
  APPENDIX_03_22_2016,
  BUDGET_TABLES_22_2016,
  FUNDING_BY_YEAR_22_2016,
} from './fixtures/resolution-22-2016'
import {
  checkTotals,
  formatNumberVi,
  inferChecks,
  parseCsv,
  suspectCells,
  tableFromGrid,
  toCsvBytes,
  validateBudgetTable,
  type BudgetTable,
} from './index'

const TABLES = BUDGET_TABLES_22_2016.map((s) => [s.id, s.table] as const)

describe('seed tables of resolution 22/2016/NQ-HĐND', () => {
  it('are the four tables', () => {
    expect(BUDGET_TABLES_22_2016.map((s) => s.table)).toEqual([
      FUNDING_BY_YEAR_22_2016,
      APPENDIX_01_22_2016,
      APPENDIX_02_22_2016,
      APPENDIX_03_22_2016,
    ])
  })

  it.each(TABLES)('%s is valid and all its printed totals add up', (_, table) => {
    expect(validateBudgetTable(table)).toEqual([])
    expect(table.checks.length).toBe(2) // a row total and a column total
    expect(checkTotals(table)).toEqual([])
  })

  it.each(TABLES)('%s: declared checks are what the importer infers', (_, table) => {
    expect(inferChecks(table)).toEqual(table.checks)
  })

  it.each(TABLES)('%s: changing any single cell is caught and located', (_, table) => {
    let cells = 0
    table.rows.forEach((row, r) =>
      row.values.forEach((v, c) => {
        const copy = structuredClone(table) as BudgetTable
        copy.rows[r]!.values[c] = (v ?? 0) + 7
        const mismatches = checkTotals(copy)
        expect(mismatches.length, `cell ${r},${c}`).toBeGreaterThan(0)
        const named = mismatches.some(
          (m) => (m.row === r && m.column === c) || m.terms.some((t) => t.row === r && t.column === c),
        )
        expect(named, `cell ${r},${c} named`).toBe(true)
        expect(suspectCells(mismatches), `cell ${r},${c} suspect`).toEqual([{ row: r, column: c }])
        cells++
      }),
    )
    expect(cells).toBe(table.rows.length * table.columns.length)
  })

  it('the three appendices add up to the funding table, year by year', () => {
    const totalRow = (t: BudgetTable) => t.rows.find((r) => r.kind === 'total')!.values
    const sum = [APPENDIX_01_22_2016, APPENDIX_02_22_2016, APPENDIX_03_22_2016]
      .map(totalRow)
      .reduce((a, b) => a.map((x, i) => (x ?? 0) + (b[i] ?? 0)))
    expect(sum).toEqual(totalRow(FUNDING_BY_YEAR_22_2016)) // [54990, 11875, 16645, 17025, 9445]
  })

  it.each(TABLES)('%s survives CSV export and re-import', (_, table) => {
    const back = tableFromGrid(parseCsv(toCsvBytes(table)), { unit: table.unit })
    expect(back.rows.map((r) => [r.code, r.label.vi, r.values, r.kind])).toEqual(
      table.rows.map((r) => [r.code, r.label.vi, r.values, r.kind]),
    )
    expect(back.columns.map((c) => c.key)).toEqual(table.columns.map((c) => c.key))
    expect(back.checks).toEqual(table.checks)
  })

  // Transcription check against the resolution's text as published (kept in the repo for the seed).
  const SOURCE = fileURLToPath(new URL('../../seed/texts/22-2016-nq-hdnd.txt', import.meta.url))
  it.each(TABLES)('%s is transcribed exactly (labels and numbers in order)', (_, table) => {
    const text = readFileSync(SOURCE, 'utf8')
    const tokens: string[] = [
      ...(table.headings?.code ? [table.headings.code.vi] : []),
      ...(table.headings?.label ? [table.headings.label.vi] : []),
      ...table.columns.map((c) => c.label.vi),
    ]
    for (const r of table.rows) {
      if (r.code) tokens.push(r.code)
      tokens.push(r.label.vi, ...r.values.map((v) => formatNumberVi(v!)))
    }
    // the table starts at its first heading after the "Đơn vị tính" line that precedes it
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    let start = -1
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === tokens[0] && lines[i - 1] === 'Đơn vị tính: Triệu đồng' && lines.slice(i, i + tokens.length).join('\n') === tokens.join('\n')) {
        start = i
      }
    }
    expect(start, 'table found verbatim in the source').toBeGreaterThan(0)
  })
})
