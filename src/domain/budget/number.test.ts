import { describe, expect, it } from 'vitest'
import { BudgetImportError, detectNumberStyle, formatNumberVi, parseNumberVi, tryParseNumberVi } from './index'

describe('parseNumberVi (style vi)', () => {
  it.each<[string | number | null | undefined, number | null]>([
    ['54.990', 54990],
    ['11.875', 11875],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['0,5', 0.5],
    ['1,5', 1.5],
    ['11,875', 11.875], // ambiguous: vi decimal comma
    ['1,234,567', 1234567], // only reading possible: English grouping
    ['1,234.5', 1234.5],
    ['1234.5', 1234.5], // plain machine decimal
    ['12.50', 12.5],
    ['0.125', 0.125], // leading 0 cannot start a thousands group
    ['1234.567', 1234.567], // 4 digits before the dot: not a group
    ['1234', 1234],
    ['0', 0],
    ['  54.990  ', 54990],
    ['1 234 567', 1234567],
    ['1\u00a0234,5', 1234.5],
    ['-1.000', -1000],
    ['−1.000', -1000], // U+2212 minus
    ['(1.000)', -1000],
    ['( 2.500,5 )', -2500.5],
    ['+7', 7],
    ['-0', 0],
    ['', null],
    ['   ', null],
    ['-', null],
    ['–', null],
    ['—', null],
    [null, null],
    [undefined, null],
    [42, 42],
    [-3.5, -3.5],
  ])('%j → %j', (input, out) => expect(parseNumberVi(input)).toBe(out))

  it.each(['1.23.4', '1..2', '12a', 'abc', '1,2,3', '1.234,5,6', '1,234.5.6', '.5', '5.', '1 23', '--5', '(-5)', '1.234,5.6', '12,34,567'])(
    '%j → bad-number',
    (input) => {
      let err: unknown
      try {
        parseNumberVi(input)
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(BudgetImportError)
      expect((err as BudgetImportError).code).toBe('bad-number')
      expect((err as BudgetImportError).details.value).toBe(input)
    },
  )

  it('rejects non-finite numbers', () => {
    expect(() => parseNumberVi(Number.NaN)).toThrow(BudgetImportError)
  })
})

describe('parseNumberVi (style en)', () => {
  it.each<[string, number]>([
    ['11,875', 11875],
    ['54.990', 54.99],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5], // unambiguous in any style
    ['1,5', 1.5],
    ['1.234.567', 1234567],
  ])('%j → %j', (input, out) => expect(parseNumberVi(input, { style: 'en' })).toBe(out))
})

describe('detectNumberStyle', () => {
  it.each<[unknown[], 'vi' | 'en']>([
    [['54.990', '11.875', '1.234,5'], 'vi'],
    [['11,875', '1,234,567'], 'en'],
    [['1,234.5', '11,875'], 'en'],
    [['11,875'], 'vi'], // no unambiguous evidence → vi
    [['1,5', '2,25'], 'vi'],
    [[1234, null, 'abc'], 'vi'],
    [['1.234.567', '1,234,567', '2,5'], 'vi'], // 2 vi votes vs 1 en
  ])('%j → %s', (cells, style) => expect(detectNumberStyle(cells)).toBe(style))
})

describe('tryParseNumberVi / formatNumberVi', () => {
  it('returns a result object instead of throwing', () => {
    expect(tryParseNumberVi('1.234')).toEqual({ ok: true, value: 1234 })
    const r = tryParseNumberVi('x')
    expect(r.ok).toBe(false)
  })

  it.each<[number, string]>([
    [54990, '54.990'],
    [1234.5, '1.234,5'],
    [-1000, '-1.000'],
    [0, '0'],
    [999, '999'],
    [1234567.891, '1.234.567,891'],
  ])('formatNumberVi(%d) = %s', (n, s) => {
    expect(formatNumberVi(n)).toBe(s)
    expect(parseNumberVi(s)).toBe(n) // round-trips
  })
})
