import { describe, expect, it } from 'vitest'
import { BudgetImportError, MAX_BYTES, MAX_ROWS, MAX_UNCOMPRESSED_BYTES, checkTotals, tableFromGrid } from '@/domain/budget'
import { buildXlsx, crc32, writeZip } from '@/domain/budget/test-utils'
import { importBudgetTable, parseXlsx, parseXlsxDetailed } from './xlsx'

/** The exceljs adapter with the domain's grid rules: every test the hand-written reader had. */
async function err(fn: () => Promise<unknown>): Promise<BudgetImportError> {
  try {
    await fn()
  } catch (e) {
    if (e instanceof BudgetImportError) return e
    throw e
  }
  throw new Error('expected a BudgetImportError')
}

const PL03 = [
  ['PHỤ LỤC 03'],
  ['Đơn vị tính: Triệu đồng'],
  ['TT', 'Nội dung thực hiện', 'Tổng kinh phí', 'Năm 2017', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
  [1, 'Ban hành danh mục thông tin', 30, 30, 0, 0, 0],
  [2, 'Ban hành Quy chế công khai & "minh bạch" <thông tin>', 30, 30, 0, 0, 0],
  [3, 'Tổ chức đánh giá', 60, 15, 15, 15, 15],
  [4, 'Tổ chức Hội nghị', 150, 0, 70, 0, 80],
  [null, 'Tổng', 270, 75, 85, 15, 95],
]

describe('parseXlsx', () => {
  it('reads shared strings, numbers and preamble rows of the first sheet', async () => {
    const grid = await parseXlsx(buildXlsx(PL03, { extraSheets: [[['other sheet', 1]]] }))
    expect(grid).toEqual(PL03)
  })

  it('reads inline strings (no sharedStrings part) and the sheet name', async () => {
    const r = await parseXlsxDetailed(buildXlsx(PL03, { noSharedStrings: true, sheetName: 'PL03' }))
    expect(r.rows).toEqual(PL03)
    expect(r.sheetName).toBe('PL03')
  })

  it('a sheet stored under another name than xl/worksheets/sheetN.xml is refused, not misread (exceljs reads those only)', async () => {
    expect((await err(() => parseXlsx(buildXlsx(PL03, { sheetPath: 'worksheets/data.xml' })))).code).toBe('empty')
  })

  it('keeps numeric cells as numbers so 11.875 is not mistaken for 11875', async () => {
    const grid = await parseXlsx(buildXlsx([['Nội dung', 'Năm 2017'], ['A', 11.875], ['B', 54990]]))
    expect(grid[1]![1]).toBe(11.875)
    const t = tableFromGrid(grid)
    expect(t.rows.map((r) => r.values[0])).toEqual([11.875, 54990])
  })

  it('handles sparse cells and explicit inline rich text', async () => {
    const grid = await parseXlsx(buildXlsx([['a', null, { inline: 'Cộng' }], [null, 5]]))
    expect(grid).toEqual([['a', null, 'Cộng'], [null, 5]])
  })

  it.each<[string, () => Uint8Array, string, string | undefined]>([
    [
      'formula in a total cell',
      () => buildXlsx([...PL03.slice(0, 7), [null, 'Tổng', { formula: 'SUM(C4:C7)', value: 270 }, 75, 85, 15, 95]]),
      'formula',
      'C8',
    ],
    ['merged header cells', () => buildXlsx(PL03, { merges: ['D3:G3'] }), 'merged-header', 'D3:G3'],
    ['vertical merge reaching into the header', () => buildXlsx(PL03, { merges: ['A2:A3'] }), 'merged-header', 'A2:A3'],
    ['not a zip', () => new TextEncoder().encode('TT,Nội dung\n1,2'), 'not-spreadsheet', undefined],
    ['zip without a workbook', () => writeZip([{ name: 'word/document.xml', data: '<w/>' }]), 'not-spreadsheet', undefined],
    ['truncated zip', () => buildXlsx(PL03).subarray(0, 200), 'not-spreadsheet', undefined],
    ['empty sheet', () => buildXlsx([]), 'empty', undefined],
  ])('refuses %s', async (_, make, code, ref) => {
    const e = await err(() => parseXlsx(make()))
    expect(e.code).toBe(code)
    if (ref) expect(e.details.ref).toBe(ref)
  })

  it('tolerates merges in the title rows and in the body', async () => {
    const r = await parseXlsxDetailed(buildXlsx(PL03, { merges: ['A1:G1', 'A8:B8'] }))
    expect(r.merges).toEqual(['A1:G1', 'A8:B8'])
  })

  it('refuses sheets with more than MAX_ROWS rows', async () => {
    const rows = [['TT', 'Nội dung', 'Năm 2017'], ...Array.from({ length: MAX_ROWS }, (_, i) => [i + 1, 'x', 1])]
    expect((await err(() => parseXlsx(buildXlsx(rows, { noSharedStrings: true })))).code).toBe('too-many-rows')
  })

  it('imports end-to-end into a checked table', async () => {
    const t = await importBudgetTable(buildXlsx(PL03))
    expect(t.unit).toBe('Triệu đồng')
    expect(t.rows).toHaveLength(5)
    expect(t.rows[1]!.label.vi).toBe('Ban hành Quy chế công khai & "minh bạch" <thông tin>')
    expect(t.checks).toEqual([
      { type: 'row-sum', target: 4, of: [0, 1, 2, 3] },
      { type: 'column-sum', targetColumn: 0, of: [1, 2, 3, 4] },
    ])
    expect(checkTotals(t)).toEqual([])
  })
})

describe('the archive itself', () => {
  it('the test ZIP writer’s crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it('refuses an archive that inflates past MAX_UNCOMPRESSED_BYTES before exceljs reads it', async () => {
    const bomb = writeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/media/zeros.bin', data: new Uint8Array(MAX_UNCOMPRESSED_BYTES + 1024) },
    ])
    expect(bomb.byteLength).toBeLessThan(MAX_BYTES) // small enough to be uploaded
    const e = await err(() => parseXlsx(bomb))
    expect(e.code).toBe('too-large')
  })
})
