import { describe, expect, it } from 'vitest'
import { isMarketCategory, isPriceRange, isPublicLink, MARKET_CATEGORIES, PRICE_UNITS } from './catalogue'

describe('catalogue', () => {
  it('every category and unit has a Vietnamese and an English name', () => {
    for (const x of [...MARKET_CATEGORIES, ...PRICE_UNITS]) expect([x.value, Boolean(x.label.vi && x.label.en)]).toEqual([x.value, true])
  })
  it('categories', () => {
    expect(isMarketCategory('food')).toBe(true)
    expect(isMarketCategory('weapons')).toBe(false)
  })
  it.each([
    [{}, true],
    [{ min: 120000 }, true],
    [{ min: 100, max: 200 }, true],
    [{ min: 200, max: 100 }, false],
    [{ min: -1 }, false],
    [{ max: Number.NaN }, false],
  ])('price range %j → %s', (range, ok) => {
    expect(isPriceRange(range)).toBe(ok)
  })
  it.each([
    ['https://shopee.vn/ocop-hatinh', true],
    ['http://cam-vu-quang.vn', true],
    ['javascript:alert(1)', false],
    ['https://user:pass@example.vn', false],
    ['ftp://example.vn', false],
    ['https://localhost', false],
    ['not a url', false],
    [42, false],
  ])('link %j → %s', (link, ok) => {
    expect(isPublicLink(link)).toBe(ok)
  })
})
