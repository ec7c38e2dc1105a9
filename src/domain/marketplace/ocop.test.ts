import { describe, expect, it } from 'vitest'
import { isCertificateYear, ocopLevel, shownOcopStars, vietnamDay } from './ocop'

const today = new Date('2026-12-04T10:00:00Z')

describe('shownOcopStars', () => {
  it.each([
    ['no certificate', null, null],
    ['stars without a certificate number', { stars: 4, certificateNumber: '' }, null],
    ['no expiry', { stars: 4, certificateNumber: '123/QĐ-UBND' }, 4],
    ['expires later', { stars: 3, certificateNumber: 'A1', expiresOn: '2027-06-30' }, 3],
    ['expires today (valid through the day)', { stars: 5, certificateNumber: 'A1', expiresOn: '2026-12-04' }, 5],
    ['expired yesterday', { stars: 5, certificateNumber: 'A1', expiresOn: '2026-12-03' }, null],
    ['expired long ago', { stars: 4, certificateNumber: 'A1', expiresOn: '2023-01-01T00:00:00.000Z' }, null],
    ['malformed expiry counts as expired', { stars: 4, certificateNumber: 'A1', expiresOn: 'soon' }, null],
    ['stars out of range', { stars: 6, certificateNumber: 'A1' }, null],
    ['stars as text', { stars: '4', certificateNumber: 'A1' }, null],
    ['zero stars', { stars: 0, certificateNumber: 'A1' }, null],
  ] as const)('%s', (_name, cert, expected) => {
    expect(shownOcopStars(cert as never, today)).toBe(expected)
  })

  it('compares calendar days in Vietnam: an expiry stored as UTC midnight is valid all that Vietnamese day', () => {
    const cert = { stars: 4, certificateNumber: 'A1', expiresOn: '2026-12-04T00:00:00.000Z' }
    expect(shownOcopStars(cert, new Date('2026-12-04T16:59:00Z'))).toBe(4) // 23:59 in Hà Tĩnh
    expect(shownOcopStars(cert, new Date('2026-12-04T17:00:00Z'))).toBeNull() // 00:00 the next day
  })
})

describe('levels and years', () => {
  it('5 stars are national, fewer provincial', () => {
    expect(ocopLevel(5)).toBe('national')
    expect(ocopLevel(4)).toBe('provincial')
    expect(ocopLevel(1)).toBe('provincial')
  })
  it.each([
    [2018, true],
    [2026, true],
    [2027, true],
    [2028, false],
    [2017, false],
    [2020.5, false],
    ['2020', false],
  ])('year %j → %s', (year, ok) => {
    expect(isCertificateYear(year, today)).toBe(ok)
  })
  it('vietnamDay', () => {
    expect(vietnamDay(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01')
  })
})
