import { describe, expect, it } from 'vitest'
import { BudgetImportError, MAX_BYTES, MAX_ROWS, decodeText, detectDelimiter, parseCsv, parseCsvDetailed } from './index'
import { utf16le, utf8 } from './test-utils'

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (e) {
    if (e instanceof BudgetImportError) return e.code
    throw e
  }
  return undefined
}

const VI_CSV = [
  'TT;Nội dung thực hiện;Tổng kinh phí;Năm 2017;Năm 2018',
  '1;"Xây dựng phóng sự; chuyên mục";230;50;180',
  '2;Đào tạo bồi dưỡng CIO;1.120;0;1.120',
  ';Tổng;1.350;50;1.300',
].join('\r\n')

describe('parseCsv — encodings', () => {
  const expected = [
    ['TT', 'Nội dung thực hiện', 'Tổng kinh phí', 'Năm 2017', 'Năm 2018'],
    ['1', 'Xây dựng phóng sự; chuyên mục', '230', '50', '180'],
    ['2', 'Đào tạo bồi dưỡng CIO', '1.120', '0', '1.120'],
    ['', 'Tổng', '1.350', '50', '1.300'],
  ]
  it.each<[string, Uint8Array, string]>([
    ['UTF-8 without BOM', utf8(VI_CSV), 'utf-8'],
    ['UTF-8 with BOM', utf8(VI_CSV, true), 'utf-8'],
    ['UTF-16LE with BOM', utf16le(VI_CSV), 'utf-16le'],
  ])('%s', (_, bytes, encoding) => {
    const r = parseCsvDetailed(bytes)
    expect(r.rows).toEqual(expected)
    expect(r.encoding).toBe(encoding)
    expect(r.delimiter).toBe(';')
    expect(r.rows[0]![0]).toBe('TT') // BOM stripped
  })

  it('decomposed (NFD) Vietnamese text is kept as-is', () => {
    const nfd = 'Tổng'.normalize('NFD')
    expect(parseCsv(utf8(`a,${nfd}\n1,2`))[0]![1]).toBe(nfd)
  })

  it.each<[string, Uint8Array, string]>([
    // "Tổng" in Windows-1258 / Latin-1-ish bytes: invalid UTF-8
    ['Windows-1258 bytes', new Uint8Array([0x54, 0xd5, 0x6e, 0x67, 0x2c, 0x31, 0x0a]), 'bad-encoding'],
    ['lone continuation byte', new Uint8Array([0x61, 0x80, 0x2c, 0x62]), 'bad-encoding'],
    ['UTF-16 without BOM', new Uint8Array([0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]), 'bad-encoding'],
    ['XLSX given as CSV', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'not-spreadsheet'],
    ['legacy XLS', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'not-spreadsheet'],
    ['empty file', new Uint8Array(0), 'empty'],
    ['only blank lines', utf8('\r\n  \r\n'), 'empty'],
    ['unterminated quote', utf8('a,b\n1,"oops\n'), 'malformed'],
  ])('%s → %s', (_, bytes, code) => expect(codeOf(() => parseCsv(bytes))).toBe(code))

  it('rejects files over MAX_BYTES before decoding', () => {
    expect(codeOf(() => decodeText(new Uint8Array(MAX_BYTES + 1)))).toBe('too-large')
  })

  it('rejects more than MAX_ROWS rows but accepts exactly MAX_ROWS', () => {
    const ok = Array.from({ length: MAX_ROWS }, (_, i) => `${i},x`).join('\n') + '\n\n\n'
    expect(parseCsv(utf8(ok))).toHaveLength(MAX_ROWS)
    const tooMany = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `${i},x`).join('\n')
    expect(codeOf(() => parseCsv(utf8(tooMany)))).toBe('too-many-rows')
  })
})

describe('parseCsv — RFC 4180 details', () => {
  it.each<[string, string, string[][]]>([
    ['quoted comma and doubled quote', 'a,b\n"x, ""y""",2', [['a', 'b'], ['x, "y"', '2']]],
    ['newline inside quotes', 'a,b\r\n"line1\r\nline2",3', [['a', 'b'], ['line1\r\nline2', '3']]],
    ['CR-only line ends', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['empty fields', 'a,b,c\n,,\n1,,3', [['a', 'b', 'c'], ['', '', ''], ['1', '', '3']]],
    ['trailing blank lines dropped', 'a,b\n1,2\n\n\n', [['a', 'b'], ['1', '2']]],
    ['quoted number with vi decimal comma', 'a,b\n"1.234,5",2', [['a', 'b'], ['1.234,5', '2']]],
    ['tab delimiter', 'TT\tNội dung\tNăm 2017\n1\tA\t5', [['TT', 'Nội dung', 'Năm 2017'], ['1', 'A', '5']]],
  ])('%s', (_, text, rows) => expect(parseCsv(utf8(text))).toEqual(rows))
})

describe('detectDelimiter', () => {
  it.each<[string, string]>([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2,5;3', ';'], // vi decimals contain commas
    ['a\tb\n1,5\t2', '\t'],
    ['"x;y",b\n1,2', ','], // delimiter inside quotes ignored
    ['Tổng kinh phí;54.990\nNgân sách tỉnh;31.180', ';'],
    ['single', ','],
    ['Đơn vị tính: Triệu đồng\nTT;Nội dung;Tổng\n1;A;1,5\n;Tổng;1,5', ';'], // title line outvoted
  ])('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d))
})
