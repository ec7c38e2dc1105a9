import { describe, expect, it } from 'vitest'
import { BudgetImportError, checkTotals, type BudgetTable } from '@/domain/budget/core'
import { APPENDIX_01_22_2016 } from '@/domain/budget/fixtures/resolution-22-2016'
import { importErrorMessage, mismatchReport } from './messages'

describe('importErrorMessage', () => {
  it.each([
    ['not-spreadsheet', {}, /không phải bảng tính/, /not a spreadsheet/],
    ['bad-encoding', {}, /UTF-8/, /UTF-8/],
    ['too-large', { limit: 10 * 1024 * 1024 }, /tối đa 10 MB/, /10 MB at most/],
    ['too-many-rows', { limit: 5000 }, /tối đa 5\.000 dòng/, /5,000 at most/],
    ['formula', { ref: 'C5' }, /công thức \(ô C5\)/, /formula \(cell C5\)/],
    ['merged-header', { ref: 'A1:B1' }, /ô gộp \(ô A1:B1\)/, /merged cells \(cell A1:B1\)/],
  ] as const)('names the problem (%s) in both languages', (code, details, vi, en) => {
    const e = new BudgetImportError(code, details)
    expect(importErrorMessage(e, 'vi')).toMatch(vi)
    expect(importErrorMessage(e, 'en')).toMatch(en)
  })
})

describe('mismatchReport', () => {
  it('points at the wrong cell with the difference', () => {
    const broken: BudgetTable = structuredClone(APPENDIX_01_22_2016)
    broken.rows[4]!.values[1] = 710 // "Tổng", Năm 2017 printed as 700
    const report = mismatchReport(broken, checkTotals(broken), 'vi')
    expect(report).toContain('Ô D6 (Tổng × Năm 2017): ghi 710, tổng các số hạng 700, chênh lệch +10.')
    expect(mismatchReport(broken, checkTotals(broken), 'en')).toContain('Cell D6 (Total × 2017): shows 710, the terms add up to 700, difference +10.')
    expect(mismatchReport(APPENDIX_01_22_2016, [], 'en')).toBe('All declared totals add up.')
  })
})
