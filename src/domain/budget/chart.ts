/**
 * What the portal's bar chart of a budget table shows, and where each bar goes — pure geometry,
 * rendered as server-side SVG by src/components/budget/BudgetChart.tsx.
 *
 * Choice of data (documented so editors can predict it):
 * - the value column is the table's declared total column (target of a `column-sum` check),
 *   else the first column;
 * - the bars are the terms of the first `row-sum` check whose target is a total row (the items
 *   that make up the table's total), else every row that is not a total;
 * - blank cells are left out; negative values are drawn from zero to the left.
 */
import type { BudgetTable } from './types'

export interface ChartBar {
  row: number
  /** Short label: the row's code, else its (truncated) label. */
  label: string
  /** The full label for the text alternative. */
  fullLabel: string
  value: number
}

export interface ChartData {
  column: number
  bars: ChartBar[]
}

export function chartData(table: BudgetTable, locale: 'vi' | 'en' = 'vi', maxBars = 30): ChartData | null {
  if (!table.columns.length || !table.rows.length) return null
  const colCheck = table.checks.find((c) => c.type === 'column-sum')
  const column = colCheck && colCheck.type === 'column-sum' ? colCheck.targetColumn : 0
  const rowCheck = table.checks.find((c) => c.type === 'row-sum' && table.rows[c.target]?.kind === 'total')
  const rows =
    rowCheck && rowCheck.type === 'row-sum'
      ? rowCheck.of
      : table.rows.map((r, i) => (r.kind === 'total' ? -1 : i)).filter((i) => i >= 0)
  const text = (l: { vi: string; en?: string }) => (locale === 'en' && l.en ? l.en : l.vi)
  const bars: ChartBar[] = []
  for (const i of rows.slice(0, maxBars)) {
    const r = table.rows[i]
    const v = r?.values[column]
    if (!r || v == null || !Number.isFinite(v)) continue
    const full = text(r.label)
    const short = r.code ? r.code : full.length > 28 ? `${full.slice(0, 27)}…` : full
    bars.push({ row: i, label: short, fullLabel: full, value: v })
  }
  return bars.length ? { column, bars } : null
}

export interface BarGeometry extends ChartBar {
  x: number
  y: number
  width: number
  height: number
  /** Where the value text starts (right of a positive bar, left of a negative one). */
  textX: number
  textAnchor: 'start' | 'end'
}

export interface ChartLayout {
  width: number
  height: number
  /** x of the zero line. */
  zeroX: number
  bars: BarGeometry[]
}

export function layoutBars(
  data: ChartData,
  { width = 640, labelWidth = 150, valueWidth = 90, barHeight = 22, gap = 10, padding = 8 } = {},
): ChartLayout {
  const max = Math.max(0, ...data.bars.map((b) => b.value))
  const min = Math.min(0, ...data.bars.map((b) => b.value))
  const plot = Math.max(1, width - labelWidth - valueWidth - 2 * padding)
  const span = max - min || 1
  const scale = plot / span
  const zeroX = labelWidth + padding + -min * scale
  const bars = data.bars.map((b, i) => {
    const w = Math.abs(b.value) * scale
    const x = b.value >= 0 ? zeroX : zeroX - w
    return {
      ...b,
      x: round(x),
      y: padding + i * (barHeight + gap),
      width: round(Math.max(w, b.value === 0 ? 0 : 1)),
      height: barHeight,
      textX: round(b.value >= 0 ? x + w + 6 : x - 6),
      textAnchor: b.value >= 0 ? ('start' as const) : ('end' as const),
    }
  })
  return { width, height: 2 * padding + data.bars.length * (barHeight + gap) - gap, zeroX: round(zeroX), bars }
}

const round = (x: number) => Math.round(x * 10) / 10
