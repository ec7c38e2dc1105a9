import { describe, expect, it } from 'vitest'
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatMoneyMillionVnd,
  formatNumber,
  formatUsd,
  formatVnd,
} from './format'

describe('formatDate', () => {
  const cases: [string | Date, string, string][] = [
    ['2016-09-24', 'vi', '24/09/2016'],
    ['2016-09-24', 'en', '24 September 2016'],
    ['2016-01-05', 'vi', '05/01/2016'],
    ['2016-01-05', 'en', '5 January 2016'],
    ['2016-01-05', 'en-GB', '5 January 2016'],
    ['2016-01-05', 'vi-VN', '05/01/2016'],
    // 2016-09-23T18:30Z is already the 24th in Hà Nội (UTC+7)
    ['2016-09-23T18:30:00Z', 'vi', '24/09/2016'],
    ['2016-09-23T16:59:59Z', 'vi', '23/09/2016'],
    [new Date('2024-12-31T17:00:00Z'), 'en', '1 January 2025'],
    ['2024-02-29', 'en', '29 February 2024'],
    ['2023-02-29', 'vi', '2023-02-29'],
    ['not a date', 'en', 'not a date'],
  ]
  it.each(cases)('%s %s → %s', (iso, locale, out) => {
    expect(formatDate(iso, locale)).toBe(out)
  })
})

describe('formatDateTime (Asia/Ho_Chi_Minh)', () => {
  const cases: [string, string, string][] = [
    ['2016-09-24T07:05:00Z', 'vi', '14:05, 24/09/2016'],
    ['2016-09-24T07:05:00Z', 'en', '24 September 2016, 14:05'],
    ['2016-09-24T23:30:00+07:00', 'vi', '23:30, 24/09/2016'],
    ['2016-09-24T17:00:00Z', 'en', '25 September 2016, 00:00'],
    ['2016-09-24', 'vi', '00:00, 24/09/2016'],
    ['garbage', 'vi', 'garbage'],
  ]
  it.each(cases)('%s %s → %s', (iso, locale, out) => {
    expect(formatDateTime(iso, locale)).toBe(out)
  })
})

describe('numbers and money', () => {
  const cases: [string, (n: number, l: string) => string, number, string, string][] = [
    ['formatNumber', formatNumber, 54990, '54.990', '54,990'],
    ['formatNumber', formatNumber, 1234567.5, '1.234.567,5', '1,234,567.5'],
    ['formatNumber', formatNumber, -1200, '-1.200', '-1,200'],
    ['formatNumber', formatNumber, 0, '0', '0'],
    ['formatNumber', formatNumber, 2.345, '2,35', '2.35'],
    ['formatNumber', formatNumber, NaN, '–', '–'],
    ['formatMoneyMillionVnd', formatMoneyMillionVnd, 54990, '54.990 triệu đồng', 'VND 54,990 million'],
    ['formatMoneyMillionVnd', formatMoneyMillionVnd, 1250.5, '1.250,5 triệu đồng', 'VND 1,250.5 million'],
    ['formatVnd', formatVnd, 1234567, '1.234.567 đồng', 'VND 1,234,567'],
    ['formatVnd', formatVnd, 999.6, '1.000 đồng', 'VND 1,000'],
    ['formatUsd', formatUsd, 1234.5, '1.234,50 USD', 'USD 1,234.50'],
    ['formatUsd', formatUsd, 2000000, '2.000.000,00 USD', 'USD 2,000,000.00'],
    ['formatUsd', formatUsd, Infinity, '–', '–'],
  ]
  it.each(cases)('%s(%d)', (_name, fn, n, vi, en) => {
    expect(fn(n, 'vi')).toBe(vi)
    expect(fn(n, 'en')).toBe(en)
  })
  it('formatNumber honours maxFractionDigits', () => {
    expect(formatNumber(3.14159, 'vi', 0)).toBe('3')
    expect(formatNumber(3.14159, 'en', 4)).toBe('3.1416')
  })
})

describe('formatBytes', () => {
  const cases: [number, string, string][] = [
    [0, '0 B', '0 B'],
    [512, '512 B', '512 B'],
    [1023, '1.023 B', '1,023 B'],
    [1024, '1 KB', '1 KB'],
    [1536, '1,5 KB', '1.5 KB'],
    [1572864, '1,5 MB', '1.5 MB'],
    [1048575, '1 MB', '1 MB'],
    [5 * 1024 ** 3, '5 GB', '5 GB'],
    [3.25 * 1024 ** 4, '3,3 TB', '3.3 TB'],
    [2048 * 1024 ** 4, '2.048 TB', '2,048 TB'],
    [-1, '–', '–'],
  ]
  it.each(cases)('%d', (n, vi, en) => {
    expect(formatBytes(n, 'vi')).toBe(vi)
    expect(formatBytes(n, 'en')).toBe(en)
  })
})
