import { describe, expect, it } from 'vitest'
import {
  BudgetImportError,
  checkTotals,
  importCsvTable,
  inferChecks,
  isTotalLabel,
  parseCsv,
  suspectCells,
  tableFromGrid,
  toCsv,
  toCsvBytes,
  toJson,
  validateBudgetTable,
  type BudgetTable,
  type Grid,
} from './index'
import { utf8 } from './test-utils'

const FUNDING_GRID: Grid = [
  ['Đơn vị tính: Triệu đồng'],
  ['Năm', '2017- 2020', 'Năm 2017', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
  ['Tổng kinh phí', '54.990', '11.875', '16.645', '17.025', '9.445'],
  ['Ngân sách tỉnh', '31.180', '7.555', '9.295', '9.125', '5.205'],
  ['Ngân sách huyện', '19.810', '3.320', '6.350', '6.900', '3.240'],
  ['Nguồn huy động hợp pháp khác', '4.000', '1.000', '1.000', '1.000', '1.000'],
]

const PL01_GRID: Grid = [
  ['PHỤ LỤC 01'],
  ['Đơn vị tính: Triệu đồng'],
  ['TT', 'Nội dung thực hiện', 'Tổng kinh phí', 'Năm 2017', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
  ['1', 'Xây dựng các phóng sự', '230', '50', '60', '60', '60'],
  ['2', 'Xây dựng ấn phẩm điện tử', '150', '150', '0', '0', '0'],
  ['3', 'Tổ chức chương trình tập huấn', '2.970', '500', '800', '900', '770'],
  ['4', 'Đào tạo bồi dưỡng Lãnh đạo CIO', '1.120', '0', '350', '400', '370'],
  ['', 'Tổng', '4.470', '700', '1.210', '1.360', '1.200'],
]

describe('tableFromGrid', () => {
  it('funding table: no code column, total row on top, year-range column', () => {
    const t = tableFromGrid(FUNDING_GRID)
    expect(t.unit).toBe('Triệu đồng')
    expect(t.headings).toEqual({ label: { vi: 'Năm' } })
    expect(t.columns.map((c) => c.key)).toEqual(['y2017_2020', 'y2017', 'y2018', 'y2019', 'y2020'])
    expect(t.columns[0]!.label).toEqual({ vi: '2017- 2020', en: '2017–2020' })
    expect(t.columns[1]!.label).toEqual({ vi: 'Năm 2017', en: '2017' })
    expect(t.rows.map((r) => [r.code, r.label.vi, r.kind])).toEqual([
      ['', 'Tổng kinh phí', 'total'],
      ['', 'Ngân sách tỉnh', 'item'],
      ['', 'Ngân sách huyện', 'item'],
      ['', 'Nguồn huy động hợp pháp khác', 'item'],
    ])
    expect(t.rows[0]!.values).toEqual([54990, 11875, 16645, 17025, 9445])
    expect(t.checks).toEqual([
      { type: 'row-sum', target: 0, of: [1, 2, 3] },
      { type: 'column-sum', targetColumn: 0, of: [1, 2, 3, 4] },
    ])
    expect(checkTotals(t)).toEqual([])
  })

  it('appendix table: TT code column, total row at the bottom, total column', () => {
    const t = tableFromGrid(PL01_GRID)
    expect(t.headings).toEqual({ code: { vi: 'TT' }, label: { vi: 'Nội dung thực hiện' } })
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'y2017', 'y2018', 'y2019', 'y2020'])
    expect(t.columns[0]!.label.en).toBe('Total funding')
    expect(t.rows.map((r) => r.code)).toEqual(['1', '2', '3', '4', ''])
    expect(t.rows[4]!.kind).toBe('total')
    expect(t.checks).toEqual([
      { type: 'row-sum', target: 4, of: [0, 1, 2, 3] },
      { type: 'column-sum', targetColumn: 0, of: [1, 2, 3, 4] },
    ])
    expect(checkTotals(t)).toEqual([])
  })

  it('hierarchical table: groups, sub-items, details and a grand total', () => {
    const t = tableFromGrid([
      ['STT', 'Nội dung', 'Dự toán'],
      ['A', 'Tổng thu', '100'],
      ['I', 'Thu nội địa', '70'],
      ['1', 'Thuế', '50'],
      ['1.1', 'Thuế GTGT', '30'],
      ['1.2', 'Thuế TNDN', '20'],
      ['-', 'Trong đó: doanh nghiệp nhà nước', '5'],
      ['2', 'Phí, lệ phí', '20'],
      ['II', 'Thu khác', '30'],
      ['', 'Tổng cộng', '100'],
    ])
    expect(t.rows.map((r) => r.kind)).toEqual(['group', 'group', 'item', 'item', 'item', 'item', 'item', 'group', 'total'])
    expect(t.checks).toEqual([
      { type: 'row-sum', target: 8, of: [0] }, // shallowest level above the total: section A
      { type: 'row-sum', target: 0, of: [1, 7] }, // A = I + II
      { type: 'row-sum', target: 1, of: [2, 6] }, // I = 1 + 2
      { type: 'row-sum', target: 2, of: [3, 4] }, // 1 = 1.1 + 1.2 (detail row '-' excluded)
    ])
    const mismatches = checkTotals(t)
    expect(mismatches).toEqual([])
  })

  it('hierarchical table: a one-cell error in a sub-item is located', () => {
    const t = tableFromGrid([
      ['STT', 'Nội dung', 'Năm 2024', 'Năm 2025', 'Tổng'],
      ['I', 'Chi đầu tư', '30', '40', '70'],
      ['1', 'Dự án A', '10', '15', '25'],
      ['2', 'Dự án B', '20', '25', '45'],
      ['II', 'Chi thường xuyên', '5', '5', '10'],
      ['', 'Tổng cộng', '35', '45', '80'],
    ])
    expect(checkTotals(t)).toEqual([])
    t.rows[2]!.values[1] = 16
    const m = checkTotals(t)
    expect(m.map((x) => [x.row, x.column])).toEqual([
      [0, 1], // I = 1 + 2 in column 2025
      [2, 2], // row total of "Dự án A"
    ])
    expect(suspectCells(m)).toEqual([{ row: 2, column: 1 }])
  })

  it('sections with "Cộng" subtotals and a grand total', () => {
    const t = tableFromGrid([
      ['TT', 'Nội dung', 'Số tiền'],
      ['1', 'a', '1'],
      ['2', 'b', '2'],
      ['', 'Cộng', '3'],
      ['1', 'c', '10'],
      ['', 'Cộng', '10'],
      ['', 'Tổng cộng', '13'],
    ])
    expect(t.checks).toEqual([
      { type: 'row-sum', target: 2, of: [0, 1] },
      { type: 'row-sum', target: 4, of: [3] },
      { type: 'row-sum', target: 5, of: [2, 4] },
    ])
    expect(checkTotals(t)).toEqual([])
  })

  it('imports a Vietnamese CSV end to end', () => {
    const csv = ['Đơn vị tính: Triệu đồng', 'TT;Nội dung thực hiện;Tổng kinh phí;Năm 2017;Năm 2018', '1;Tuyên truyền;1.500,5;500;1.000,5', ';Tổng;1.500,5;500;1.000,5'].join('\r\n')
    const t = importCsvTable(utf8(csv, true))
    expect(t.unit).toBe('Triệu đồng')
    expect(t.rows[0]!.values).toEqual([1500.5, 500, 1000.5])
    expect(checkTotals(t)).toEqual([])
  })

  it('uses en number style when the file says so', () => {
    const t = tableFromGrid([
      ['Item', 'Total', '2024', '2025'],
      ['A', '1,234,567', '1,000,000', '234,567'],
      ['B', '11,875', '10,000', '1,875'],
    ])
    expect(t.rows[1]!.values).toEqual([11875, 10000, 1875])
    expect(checkTotals(t)).toEqual([])
  })

  it('reports an unparsable cell with its grid position', () => {
    let e: unknown
    try {
      tableFromGrid([...PL01_GRID.slice(0, 4), ['2', 'x', '150', 'n/a', '0', '0', '0']])
    } catch (err) {
      e = err
    }
    expect(e).toBeInstanceOf(BudgetImportError)
    expect((e as BudgetImportError).code).toBe('bad-number')
    expect((e as BudgetImportError).details).toMatchObject({ row: 4, column: 3, ref: 'D5', value: 'n/a' })
  })

  it.each<[string, Grid]>([
    ['no rows', []],
    ['only a title', [['PHỤ LỤC'], ['']]],
    ['header without data', [['TT', 'Nội dung', 'Năm 2017']]],
  ])('%s → empty', (_, grid) => {
    expect(() => tableFromGrid(grid)).toThrow(expect.objectContaining({ code: 'empty' }))
  })

  it('honours explicit options', () => {
    const t = tableFromGrid(PL01_GRID, { unit: 'nghìn đồng', inferChecks: false })
    expect(t.unit).toBe('nghìn đồng')
    expect(t.checks).toEqual([])
  })

  it.each<[string, boolean]>([
    ['Tổng', true],
    ['Tổng kinh phí', true],
    ['Cộng', true],
    ['Tổng cộng', true],
    ['Total', true],
    ['TỔNG SỐ', true],
    ['Tổ chức Hội nghị', false],
    ['Tổng hợp', true], // documented: any label starting with the word "Tổng"
    ['Tổngkết', false],
    ['Cộng đồng', true],
  ])('isTotalLabel(%j) = %s', (label, out) => expect(isTotalLabel(label)).toBe(out))
})

describe('checkTotals', () => {
  const base = (): BudgetTable => tableFromGrid(PL01_GRID)

  it('names the total cell, the expected sum and the difference', () => {
    const t = base()
    t.rows[4]!.values[2] = 1200 // printed 1.210
    const m = checkTotals(t)
    expect(m).toHaveLength(2)
    expect(m[0]).toMatchObject({ checkIndex: 0, row: 4, column: 2, expected: 1210, actual: 1200, difference: -10 })
    expect(m[0]!.terms).toEqual([0, 1, 2, 3].map((row) => ({ row, column: 2 })))
    expect(m[1]).toMatchObject({ checkIndex: 1, row: 4, column: 0, expected: 4460, actual: 4470, difference: 10 })
    expect(suspectCells(m)).toEqual([{ row: 4, column: 2 }])
  })

  it.each<[number, number]>([
    [0.5, 0],
    [0.4, 0],
    [0.6, 2],
  ])('tolerance: off by %d → %d mismatches', (delta, count) => {
    const t = base()
    t.rows[0]!.values[1] = 50 + delta
    expect(checkTotals(t)).toHaveLength(count)
  })

  it('uses a custom tolerance and handles decimals without float noise', () => {
    const t: BudgetTable = {
      unit: 'tỷ đồng',
      columns: [{ key: 'a', label: { vi: 'A' } }],
      rows: [
        { code: '1', label: { vi: 'x' }, values: [0.1] },
        { code: '2', label: { vi: 'y' }, values: [0.2] },
        { code: '', label: { vi: 'Tổng' }, values: [0.3], kind: 'total' },
      ],
      checks: [{ type: 'row-sum', target: 2, of: [0, 1] }],
    }
    expect(checkTotals(t, 0)).toEqual([])
    t.rows[2]!.values[0] = 0.31
    expect(checkTotals(t, 0)[0]!.difference).toBe(0.01)
    expect(checkTotals(t)).toEqual([])
  })

  it('blank cells: all-blank groups are skipped, otherwise blank counts as 0', () => {
    const t = base()
    for (const r of t.rows) r.values[4] = null
    expect(checkTotals(t).filter((m) => m.column === 4)).toEqual([])
    t.rows[4]!.values[3] = null // total blank, terms not
    expect(checkTotals(t).find((m) => m.row === 4 && m.column === 3)).toMatchObject({ actual: null, expected: 1360 })
  })

  it('throws on structurally invalid tables', () => {
    const t = base()
    t.checks.push({ type: 'row-sum', target: 99, of: [0] })
    expect(() => checkTotals(t)).toThrow(TypeError)
  })
})

describe('validateBudgetTable', () => {
  it.each<[string, unknown, RegExp | null]>([
    ['valid', tableFromGrid(PL01_GRID), null],
    ['not an object', 'x', /not an object/],
    ['wrong value count', { unit: '', columns: [{ key: 'a', label: { vi: 'A' } }], rows: [{ code: '', label: { vi: 'x' }, values: [] }], checks: [] }, /values must have 1/],
    ['duplicate keys', { unit: '', columns: [{ key: 'a', label: { vi: 'A' } }, { key: 'a', label: { vi: 'B' } }], rows: [], checks: [] }, /duplicate/],
    ['self-referencing check', { unit: '', columns: [], rows: [{ code: '', label: { vi: 'x' }, values: [] }], checks: [{ type: 'row-sum', target: 0, of: [0] }] }, /invalid row/],
    ['NaN value', { unit: '', columns: [{ key: 'a', label: { vi: 'A' } }], rows: [{ code: '', label: { vi: 'x' }, values: [Number.NaN] }], checks: [] }, /finite/],
  ])('%s', (_, t, problem) => {
    const p = validateBudgetTable(t)
    if (problem) expect(p.join('\n')).toMatch(problem)
    else expect(p).toEqual([])
  })
})

describe('toCsv / toJson', () => {
  const injected: BudgetTable = {
    unit: 'triệu đồng',
    columns: [
      { key: 'a', label: { vi: '=Tổng', en: 'Total' } },
      { key: 'b', label: { vi: 'Năm, 2017', en: '2017' } },
    ],
    rows: [
      { code: '-', label: { vi: '=HYPERLINK("http://x","y")' }, values: [-1000, 2.5] },
      { code: '', label: { vi: '+84 912' }, values: [null, 0] },
      { code: '', label: { vi: '@SUM(A1)' }, values: [1e21, -0] },
      { code: '', label: { vi: '\tTab' }, values: [1, 2] },
      { code: '', label: { vi: 'Dòng\r\nmới "trích dẫn"' }, values: [1, 2] },
    ],
    checks: [],
  }

  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const bytes = toCsvBytes(injected)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = toCsv(injected)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(8) // header + 5 rows + the CRLF quoted inside a field + trailing ''
  })

  it('escapes formula triggers in text but writes negative numbers as numbers', () => {
    const lines = toCsv(injected).slice(1).split('\r\n')
    expect(lines[0]).toBe(`TT,Nội dung,'=Tổng,"Năm, 2017"`)
    expect(lines[1]).toBe(`'-,"'=HYPERLINK(""http://x"",""y"")",-1000,2.5`)
    expect(lines[2]).toBe(`,'+84 912,,0`)
    expect(lines[3]).toBe(`,'@SUM(A1),1000000000000000000000,0`)
    expect(lines[4]).toBe(`,'\tTab,1,2`)
    expect(lines[5]).toBe(`,"Dòng`)
  })

  it('uses English labels when asked, falling back to Vietnamese', () => {
    const header = toCsv(injected, 'en').slice(1).split('\r\n')[0]
    expect(header).toBe('No.,Item,Total,2017')
    expect(toCsv(tableFromGrid(FUNDING_GRID), 'en', { unitInHeadings: true }).split('\r\n')[0]).toBe(
      '\uFEFFNo.,Năm,2017–2020 (Triệu đồng),2017 (Triệu đồng),2018 (Triệu đồng),2019 (Triệu đồng),2020 (Triệu đồng)',
    )
  })

  it('round-trips through parseCsv + tableFromGrid', () => {
    const t = tableFromGrid(PL01_GRID)
    const back = tableFromGrid(parseCsv(toCsvBytes(t)))
    expect(back.rows).toEqual(t.rows)
    expect(back.columns).toEqual(t.columns)
    expect(back.checks).toEqual(t.checks)
    const inj = tableFromGrid(parseCsv(toCsvBytes({ ...injected, columns: injected.columns.slice(1), rows: [{ code: '', label: { vi: '=cmd' }, values: [-5] }] })), { codeColumn: 0 })
    expect(inj.rows[0]!.label.vi).toBe('=cmd')
    expect(inj.rows[0]!.values).toEqual([-5])
  })

  it('toJson returns a detached plain copy', () => {
    const t = tableFromGrid(PL01_GRID)
    const j = toJson(t)
    expect(j).toEqual(t)
    j.rows[0]!.values[0] = 0
    expect(t.rows[0]!.values[0]).toBe(230)
    expect(JSON.parse(JSON.stringify(j))).toEqual(j)
  })
})

describe('inferChecks (direct)', () => {
  it('ignores columns that are not totals and needs two terms for a column check', () => {
    expect(
      inferChecks({
        columns: [
          { key: 'a', label: { vi: 'Dự toán' } },
          { key: 'b', label: { vi: 'Thực hiện' } },
        ],
        rows: [{ code: '1', label: { vi: 'x' }, values: [1, 2], kind: 'item' }],
      }),
    ).toEqual([])
  })
})

describe('core entry', () => {
  it('exposes the browser-safe API without the XLSX reader', async () => {
    const core = await import('./core')
    expect(typeof core.checkTotals).toBe('function')
    expect('parseXlsx' in core).toBe(false)
  })
})
