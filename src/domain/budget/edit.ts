/**
 * Editing a budget table in place (the admin's grid): change a cell, a row's code or label, add a
 * row below another, remove a row. Every function returns a new table and keeps the declared
 * checks pointing at the same rows: indexes are shifted, a removed row leaves the checks that
 * summed it (and the checks whose total it was are dropped), and a row added below a term of a
 * row total becomes a term of that total too ("add an item to the group").
 */
import type { BudgetRow, BudgetTable, TotalCheck } from './types'

export function setCellValue(table: BudgetTable, row: number, column: number, value: number | null): BudgetTable {
  if (!table.rows[row] || column < 0 || column >= table.columns.length) return table
  if (value !== null && !Number.isFinite(value)) return table
  return {
    ...table,
    rows: table.rows.map((r, i) => (i === row ? { ...r, values: r.values.map((v, c) => (c === column ? value : v)) } : r)),
  }
}

export function setRowText(table: BudgetTable, row: number, part: 'code' | 'label', text: string, locale: 'vi' | 'en' = 'vi'): BudgetTable {
  if (!table.rows[row]) return table
  return {
    ...table,
    rows: table.rows.map((r, i) => {
      if (i !== row) return r
      if (part === 'code') return { ...r, code: text }
      return { ...r, label: locale === 'vi' ? { ...r.label, vi: text } : { ...r.label, en: text } }
    }),
  }
}

const shiftRow = (at: number, by: number) => (i: number) => (i >= at ? i + by : i)

/** Adds an empty row directly below `after` (-1: at the top). */
export function insertRowBelow(table: BudgetTable, after: number): BudgetTable {
  if (after < -1 || after >= table.rows.length) return table
  const at = after + 1
  const shift = shiftRow(at, 1)
  const source = table.rows[after]
  const row: BudgetRow = {
    code: '',
    label: { vi: '' },
    values: table.columns.map(() => null),
    ...(source?.kind && source.kind !== 'total' ? { kind: 'item' as const } : {}),
  }
  const checks: TotalCheck[] = table.checks.map((c) => {
    if (c.type !== 'row-sum') return c
    const of = c.of.map(shift)
    if (c.of.includes(after)) of.push(at)
    return { ...c, target: shift(c.target), of: of.sort((a, b) => a - b) }
  })
  return { ...table, rows: [...table.rows.slice(0, at), row, ...table.rows.slice(at)], checks }
}

export function removeRow(table: BudgetTable, row: number): BudgetTable {
  if (!table.rows[row]) return table
  const down = (i: number) => (i > row ? i - 1 : i)
  const checks: TotalCheck[] = []
  for (const c of table.checks) {
    if (c.type !== 'row-sum') {
      checks.push(c)
      continue
    }
    if (c.target === row) continue
    const of = c.of.filter((i) => i !== row).map(down)
    if (of.length) checks.push({ ...c, target: down(c.target), of })
  }
  return { ...table, rows: table.rows.filter((_, i) => i !== row), checks }
}
