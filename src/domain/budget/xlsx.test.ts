import { describe, expect, it } from 'vitest'
import { BudgetImportError, MAX_ROWS, checkTotals, importBudgetTable, parseXlsx, parseXlsxDetailed, tableFromGrid } from './index'
import { buildXlsx, writeZip } from './test-utils'
import { ZipReader, crc32 } from './zip'

function err(fn: () => unknown): BudgetImportError {
  try {
    fn()
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

describe('zip', () => {
  it('crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it('reads stored and deflated entries', () => {
    const zip = new ZipReader(
      writeZip([
        { name: 'a.txt', data: 'Tổng kinh phí', method: 0 },
        { name: 'dir/b.txt', data: 'x'.repeat(10_000), method: 8 },
      ]),
    )
    expect(zip.readText('a.txt')).toBe('Tổng kinh phí')
    expect(zip.readText('dir/b.txt')).toHaveLength(10_000)
    expect(zip.entries.get('dir/b.txt')!.compressedSize).toBeLessThan(200)
  })

  it('detects corruption through the CRC', () => {
    const bytes = writeZip([{ name: 'a.txt', data: 'hello world', method: 0 }])
    bytes[30 + 5] = 'H'.charCodeAt(0) // first data byte of the stored entry
    expect(err(() => new ZipReader(bytes).read('a.txt')).code).toBe('not-spreadsheet')
  })
})

describe('parseXlsx', () => {
  it('reads shared strings, numbers and preamble rows of the first sheet', () => {
    const grid = parseXlsx(buildXlsx(PL03, { extraSheets: [[['other sheet', 1]]] }))
    expect(grid).toEqual(PL03)
  })

  it('reads inline strings (no sharedStrings part) and resolves the sheet via relationships', () => {
    const r = parseXlsxDetailed(buildXlsx(PL03, { noSharedStrings: true, sheetPath: 'worksheets/data.xml', sheetName: 'PL03' }))
    expect(r.rows).toEqual(PL03)
    expect(r.sheetName).toBe('PL03')
  })

  it('keeps numeric cells as numbers so 11.875 is not mistaken for 11875', () => {
    const grid = parseXlsx(buildXlsx([['Nội dung', 'Năm 2017'], ['A', 11.875], ['B', 54990]]))
    expect(grid[1]![1]).toBe(11.875)
    const t = tableFromGrid(grid)
    expect(t.rows.map((r) => r.values[0])).toEqual([11.875, 54990])
  })

  it('handles sparse cells and explicit inline rich text', () => {
    const grid = parseXlsx(buildXlsx([['a', null, { inline: 'Cộng' }], [null, 5]]))
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
  ])('refuses %s', (_, make, code, ref) => {
    const e = err(() => parseXlsx(make()))
    expect(e.code).toBe(code)
    if (ref) expect(e.details.ref).toBe(ref)
  })

  it('tolerates merges in the title rows and in the body', () => {
    const r = parseXlsxDetailed(buildXlsx(PL03, { merges: ['A1:G1', 'A8:B8'] }))
    expect(r.merges).toEqual(['A1:G1', 'A8:B8'])
  })

  it('refuses sheets with more than MAX_ROWS rows', () => {
    const rows = [['TT', 'Nội dung', 'Năm 2017'], ...Array.from({ length: MAX_ROWS }, (_, i) => [i + 1, 'x', 1])]
    expect(err(() => parseXlsx(buildXlsx(rows, { noSharedStrings: true }))).code).toBe('too-many-rows')
  })

  it('imports end-to-end into a checked table', () => {
    const t = importBudgetTable(buildXlsx(PL03))
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
