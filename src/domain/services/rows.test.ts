import { describe, expect, it } from 'vitest'
import { readDate, readDossierRows, readLevel, readProcedureRows, readStatus } from './rows'

const agencies = new Set(['so-khcn', 'so-tc'])
const known = (ref: string) => agencies.has(ref)

describe('readDate', () => {
  it.each([
    ['2026-04-27', '2026-04-27'],
    ['27/04/2026', '2026-04-27'],
    ['7/4/2026 08:30', '2026-04-07'],
    ['2026-04-27T08:00:00Z', '2026-04-27'],
    [46139, '2026-04-27'],
    ['', null],
    ['31/02/2026', undefined],
    ['hôm qua', undefined],
  ])('%j → %j', (cell, expected) => expect(readDate(cell)).toBe(expected))
})

describe('readStatus / readLevel', () => {
  it.each([
    ['Đã tiếp nhận', 'received'],
    ['dang xu ly', 'processing'],
    ['Yêu cầu bổ sung hồ sơ', 'supplement'],
    ['Tạm dừng', 'paused'],
    ['Trả lại hồ sơ', 'returned'],
    ['Hoàn thành', 'done'],
    ['done', 'done'],
    ['?', undefined],
  ])('status %j → %j', (cell, expected) => expect(readStatus(cell)).toBe(expected))

  it.each([
    ['Toàn trình', { level: 'full' }],
    ['Một phần', { level: 'partial' }],
    ['Chưa trực tuyến', { level: 'offline' }],
    ['Mức độ 4', { level: 'full', legacyLevel: '4' }],
    ['3', { level: 'partial', legacyLevel: '3' }],
    ['abc', undefined],
  ])('level %j → %j', (cell, expected) => expect(readLevel(cell)).toEqual(expected))
})

describe('readProcedureRows', () => {
  const header = ['Mã thủ tục', 'Tên thủ tục', 'Cơ quan thực hiện', 'Lĩnh vực', 'Mức độ', 'Lý do một phần', 'Thời hạn giải quyết', 'Đường dẫn']
  it('reports bad rows by row and field, and keeps the good ones', () => {
    const { rows, errors } = readProcedureRows(
      [
        header,
        ['1001234', 'Cấp giấy phép A', 'so-khcn', 'Khoa học và công nghệ', 'Toàn trình', '', '5', 'https://dichvucong.gov.vn/p/1'],
        ['1.00123', 'Thủ tục B', 'so-khcn', '', 'Toàn trình', '', '', ''],
        ['1.001235', '', 'so-xyz', '', 'Một phần', '', 'năm ngày', 'javascript:alert(1)'],
        ['', '', '', '', '', '', '', ''],
        ['1.001234', 'Trùng mã', 'so-tc', '', 'Chưa trực tuyến', '', '', ''],
      ],
      known,
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ row: 2, code: '1.001234', field: 'science', level: 'full', processingDays: 5, nationalUrl: 'https://dichvucong.gov.vn/p/1' })
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'code', 'invalid'],
      [4, 'name', 'required'],
      [4, 'agency', 'unknownAgency'],
      [4, 'partialReason', 'required'],
      [4, 'processingDays', 'invalid'],
      [4, 'nationalUrl', 'invalid'],
      [6, 'code', 'duplicate'],
    ])
  })

  it('a file without a required column is refused as a whole', () => {
    const { rows, errors } = readProcedureRows([['Tên thủ tục'], ['A']], known)
    expect(rows).toEqual([])
    expect(errors.map((e) => e.field)).toEqual(['code', 'agency', 'level'])
  })
})

describe('readDossierRows', () => {
  const header = ['Mã hồ sơ', 'Mã thủ tục', 'Cơ quan', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái', 'Số điện thoại']
  it('reports bad rows by row and field, keeps only the last four digits of a phone', () => {
    const { rows, errors } = readDossierRows(
      [
        header,
        ['H29-0001', '1.001234', 'so-khcn', '06/04/2026', '10/04/2026', '08/04/2026', 'Hoàn thành', '0912 345 678'],
        ['H29-0002', '1.001234', 'so-khcn', '06/04/2026', '01/04/2026', '', 'Đang xử lý', ''],
        ['H29-0003', 'x', 'so-tc', 'hôm qua', '10/04/2026', '', 'Hoàn thành', '12'],
        ['H29-0001', '1.001234', 'so-khcn', '06/04/2026', '10/04/2026', '', 'Đang xử lý', ''],
      ],
      known,
    )
    expect(rows).toEqual([
      { row: 2, code: 'H29-0001', procedureCode: '1.001234', agency: 'so-khcn', receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: '2026-04-08', status: 'done', statusAt: null, factor: '5678' },
    ])
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'dueAt', 'dateOrder'],
      [4, 'procedureCode', 'invalid'],
      [4, 'receivedAt', 'invalid'],
      [4, 'resultAt', 'required'],
      [4, 'phone', 'invalid'],
      [5, 'code', 'duplicate'],
    ])
    // A phone number is never echoed back in a report.
    expect(errors.find((e) => e.field === 'phone')).not.toHaveProperty('value')
  })
})
