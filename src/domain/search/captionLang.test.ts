import { describe, expect, it } from 'vitest'
import { captionLang, looksVietnamese } from './captionLang'

describe('captionLang', () => {
  const cases: [string, string | null, 'vi' | 'en', 'vi' | undefined][] = [
    ['a Vietnamese agency name on an English page', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'en', 'vi'],
    ['a commune name with đ', 'UBND xã Đức Thọ', 'en', 'vi'],
    ['a combining dot below (decomposed input)', 'Nghi\u0323 quyê\u0301t', 'en', 'vi'],
    ['accents shared with other languages only', 'Hà', 'en', undefined],
    ['an English name', 'Department of Finance', 'en', undefined],
    ['English with a French accent is still English', 'Café opening hours', 'en', undefined],
    ['a diacritic-free Vietnamese name cannot be told apart', 'So Tai chinh', 'en', undefined],
    ['anything on a Vietnamese page', 'Department of Finance', 'vi', undefined],
    ['Vietnamese on a Vietnamese page', 'Sở Tài chính', 'vi', undefined],
    ['no caption', null, 'en', undefined],
    ['empty caption', '', 'en', undefined],
  ]
  it.each(cases)('%s', (_name, text, locale, expected) => {
    expect(captionLang(text, locale)).toBe(expected)
  })

  it('recognises upper-case Vietnamese letters', () => {
    expect(looksVietnamese('NGHỊ QUYẾT')).toBe(true)
    expect(looksVietnamese('RESOLUTION')).toBe(false)
  })
})
