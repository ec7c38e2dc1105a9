import { describe, expect, it } from 'vitest'
import {
  agencySectionPath,
  internalPath,
  localizePath,
  negotiateLocale,
  ROUTES,
  SECTION_KEYS,
  sectionPath,
  translateSegments,
} from './index'

describe('route table', () => {
  it.each(SECTION_KEYS)('section %s round-trips vi → en → vi', (key) => {
    const vi = sectionPath('vi', key, 'some-slug')
    const en = localizePath(vi, 'en')
    expect(en).toBe(sectionPath('en', key, 'some-slug'))
    expect(localizePath(en, 'vi')).toBe(vi)
  })

  it('has the contract paths of the foundation issue', () => {
    const pairs: [string, string][] = [
      ['/vi/tin-tuc', '/en/news'],
      ['/vi/van-ban', '/en/legal-documents'],
      ['/vi/quy-hoach', '/en/plans'],
      ['/vi/ngan-sach', '/en/budget'],
      ['/vi/co-quan', '/en/agencies'],
      ['/vi/tim-kiem', '/en/search'],
      ['/vi/minh-bach', '/en/transparency'],
      ['/vi/dau-tu', '/en/invest'],
      ['/vi/minh-bach/tieng-anh', '/en/transparency/english'],
      ['/vi/co-quan/so-xay-dung/tin-tuc/bai-1', '/en/agencies/so-xay-dung/news/bai-1'],
      ['/vi/ngan-sach/du-toan-2018/data.csv', '/en/budget/du-toan-2018/data.csv'],
      ['/vi', '/en'],
    ]
    for (const [vi, en] of pairs) {
      expect(localizePath(vi, 'en')).toBe(en)
      expect(localizePath(en, 'vi')).toBe(vi)
    }
  })

  it('recognises a section spelt in the other locale', () => {
    expect(translateSegments(['tin-tuc'], 'en', 'en')).toEqual({ segments: ['news'], misspelt: true })
    expect(translateSegments(['news', 'x'], 'vi', 'vi')).toEqual({ segments: ['tin-tuc', 'x'], misspelt: true })
    expect(translateSegments(['tin-tuc', 'x'], 'vi', 'vi').misspelt).toBe(false)
  })

  it('does not read a slug as a section name', () => {
    // A news item whose slug happens to be "news" stays a slug.
    expect(localizePath('/vi/tin-tuc/news', 'en')).toBe('/en/news/news')
    // An agency whose slug equals a section name is still the agency.
    expect(localizePath('/vi/co-quan/tin-tuc/tin-tuc', 'en')).toBe('/en/agencies/tin-tuc/news')
  })

  it('maps public paths onto the internal folders (named by key)', () => {
    expect(internalPath('/vi/tin-tuc/abc')).toBe('/vi/news/abc')
    expect(internalPath('/en/news/abc')).toBe('/en/news/abc')
    expect(internalPath('/vi/co-quan/so-tai-chinh/ngan-sach')).toBe('/vi/agencies/so-tai-chinh/budget')
  })

  it('builds agency paths', () => {
    expect(agencySectionPath('vi', 'so-khcn', 'news')).toBe('/vi/co-quan/so-khcn/tin-tuc')
    expect(agencySectionPath('en', 'so-khcn')).toBe('/en/agencies/so-khcn')
  })

  it('keys equal the English segments (folders are named by key)', () => {
    for (const [key, node] of Object.entries(ROUTES)) expect(node.en).toBe(key)
  })
})

describe('Accept-Language negotiation', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,fr;q=0.9,en;q=0.5', 'en'],
    ['de, ja', 'vi'],
    ['en;q=0.3, vi;q=0.7', 'vi'],
    ['vi;q=0, en', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
