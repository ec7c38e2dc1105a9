import { describe, expect, it } from 'vitest'
import { APPENDIX_02_22_2016, FUNDING_BY_YEAR_22_2016 } from './fixtures/resolution-22-2016'
import { chartData, layoutBars } from './chart'
import type { BudgetTable } from './types'

describe('chartData', () => {
  it('charts the items that make up the total, in the total column', () => {
    const d = chartData(FUNDING_BY_YEAR_22_2016, 'en')!
    expect(d.column).toBe(0)
    expect(d.bars.map((b) => [b.fullLabel, b.value])).toEqual([
      ['Provincial budget', 31180],
      ['District budgets', 19810],
      ['Other lawfully mobilised sources', 4000],
    ])
  })

  it('uses row codes as short labels', () => {
    const d = chartData(APPENDIX_02_22_2016)!
    expect(d.bars.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(d.bars.reduce((s, b) => s + b.value, 0)).toBe(50250)
  })

  it('returns null when there is nothing to draw', () => {
    const empty: BudgetTable = { unit: '', columns: [{ key: 'a', label: { vi: 'A' } }], rows: [{ code: '', label: { vi: 'x' }, values: [null] }], checks: [] }
    expect(chartData(empty)).toBeNull()
  })
})

describe('layoutBars', () => {
  it('scales bars to the longest and stacks them', () => {
    const l = layoutBars(chartData(FUNDING_BY_YEAR_22_2016)!, { width: 640, labelWidth: 150, valueWidth: 90, padding: 8 })
    const [a, b] = l.bars
    expect(a!.x).toBe(158)
    expect(a!.width).toBeCloseTo(640 - 150 - 90 - 16, 0)
    expect(b!.width / a!.width).toBeCloseTo(19810 / 31180, 2)
    expect(b!.y).toBeGreaterThan(a!.y)
  })

  it('draws negative values left of the zero line', () => {
    const l = layoutBars({ column: 0, bars: [{ row: 0, label: 'a', fullLabel: 'a', value: -50 }, { row: 1, label: 'b', fullLabel: 'b', value: 150 }] })
    expect(l.bars[0]!.x + l.bars[0]!.width).toBeCloseTo(l.zeroX, 0)
    expect(l.bars[0]!.textAnchor).toBe('end')
    expect(l.bars[1]!.x).toBe(l.zeroX)
  })
})
