import { describe, expect, it } from 'vitest'
import { checkTotals, validateBudgetTable } from './table'
import { insertRowBelow, removeRow, setCellValue, setRowText } from './edit'
import type { BudgetTable } from './types'

/** Tổng = I + II; I = 1 + 2; column "Tổng" = 2017 + 2018. */
const table = (): BudgetTable => ({
  unit: 'triệu đồng',
  columns: [
    { key: 'y2017', label: { vi: '2017' } },
    { key: 'y2018', label: { vi: '2018' } },
    { key: 'total', label: { vi: 'Tổng' } },
  ],
  rows: [
    { code: '', label: { vi: 'Tổng số' }, values: [30, 40, 70], kind: 'total' },
    { code: 'I', label: { vi: 'Chi đầu tư' }, values: [20, 30, 50], kind: 'group' },
    { code: '1', label: { vi: 'Dự án A' }, values: [5, 10, 15], kind: 'item' },
    { code: '2', label: { vi: 'Dự án B' }, values: [15, 20, 35], kind: 'item' },
    { code: 'II', label: { vi: 'Chi thường xuyên' }, values: [10, 10, 20], kind: 'group' },
  ],
  checks: [
    { type: 'row-sum', target: 0, of: [1, 4] },
    { type: 'row-sum', target: 1, of: [2, 3] },
    { type: 'column-sum', targetColumn: 2, of: [0, 1] },
  ],
})

describe('budget table editing', () => {
  it('starts consistent', () => {
    expect(validateBudgetTable(table())).toEqual([])
    expect(checkTotals(table())).toEqual([])
  })

  it.each([
    // [row, column, value, cells that become red]
    [2, 0, 6, ['1:0', '2:2']],
    [0, 2, 71, ['0:2']],
    [4, 1, null, ['0:1', '4:2']],
  ] as const)('a cell set at row %i column %i to %s makes exactly %j mismatch', (row, column, value, red) => {
    const edited = setCellValue(table(), row, column, value)
    expect([...new Set(checkTotals(edited).map((m) => `${m.row}:${m.column}`))].sort()).toEqual([...red].sort())
  })

  it('ignores out-of-range cells and non-finite numbers, and never mutates the input', () => {
    const t = table()
    expect(setCellValue(t, 9, 0, 1)).toBe(t)
    expect(setCellValue(t, 0, 3, 1)).toBe(t)
    expect(setCellValue(t, 0, 0, Number.NaN)).toBe(t)
    setCellValue(t, 0, 0, 1)
    expect(t.rows[0]!.values[0]).toBe(30)
  })

  it('sets a row code and a label per locale', () => {
    const t = setRowText(setRowText(table(), 2, 'label', 'Project A', 'en'), 2, 'code', '1a')
    expect(t.rows[2]).toMatchObject({ code: '1a', label: { vi: 'Dự án A', en: 'Project A' } })
  })

  it('a row added below an item joins its group total and shifts the other checks', () => {
    const t = insertRowBelow(table(), 3)
    expect(t.rows).toHaveLength(6)
    expect(t.rows[4]).toEqual({ code: '', label: { vi: '' }, values: [null, null, null], kind: 'item' })
    expect(t.checks).toEqual([
      { type: 'row-sum', target: 0, of: [1, 5] },
      { type: 'row-sum', target: 1, of: [2, 3, 4] },
      { type: 'column-sum', targetColumn: 2, of: [0, 1] },
    ])
    expect(validateBudgetTable(t)).toEqual([])
    expect(checkTotals(t)).toEqual([])
    // typing a value into the new item makes the group and the grand total red
    const typed = setCellValue(t, 4, 0, 7)
    expect(checkTotals(typed).map((m) => `${m.row}:${m.column}`).sort()).toEqual(['1:0', '4:2'].sort())
  })

  it('a row added at the top or below the grand total joins no total', () => {
    expect(insertRowBelow(table(), -1).checks[0]).toEqual({ type: 'row-sum', target: 1, of: [2, 5] })
    const below = insertRowBelow(table(), 0)
    expect(below.checks[0]).toEqual({ type: 'row-sum', target: 0, of: [2, 5] })
    expect(below.rows[1]!.kind).toBeUndefined()
  })

  it('removing a term leaves the total with its other terms; removing a total drops its check', () => {
    const a = removeRow(table(), 3)
    expect(a.checks).toEqual([
      { type: 'row-sum', target: 0, of: [1, 3] },
      { type: 'row-sum', target: 1, of: [2] },
      { type: 'column-sum', targetColumn: 2, of: [0, 1] },
    ])
    expect(checkTotals(a).map((m) => `${m.row}:${m.column}`)).toEqual(['1:0', '1:1', '1:2'])
    const b = removeRow(table(), 1)
    expect(b.checks).toEqual([
      { type: 'row-sum', target: 0, of: [3] },
      { type: 'column-sum', targetColumn: 2, of: [0, 1] },
    ])
    expect(validateBudgetTable(b)).toEqual([])
  })

  it('removing the only term of a total drops that check', () => {
    const t = removeRow(removeRow(table(), 3), 2)
    expect(t.checks.filter((c) => c.type === 'row-sum')).toEqual([{ type: 'row-sum', target: 0, of: [1, 2] }])
    expect(removeRow(table(), 7)).toEqual(table())
  })
})
