import { describe, expect, it } from 'vitest'
import { agencyAliases, CENTRAL_ISSUERS, centralIssuer, centralIssuerByName, centralIssuerBySymbol, issuerFold } from './issuers'

describe('central issuers', () => {
  it('has unique keys and an English name for each body', () => {
    expect(new Set(CENTRAL_ISSUERS.map((i) => i.key)).size).toBe(CENTRAL_ISSUERS.length)
    for (const i of CENTRAL_ISSUERS) expect(i.en && i.vi).toBeTruthy()
  })

  it.each([
    ['Bộ Tài chính', 'bo-tai-chinh'],
    ['bo tai chinh', 'bo-tai-chinh'],
    ['BTC', 'bo-tai-chinh'],
    ['Ministry of Finance', 'bo-tai-chinh'],
    ['Thủ tướng Chính phủ', 'thu-tuong'],
    ['TTg', 'thu-tuong'],
    ['Chính phủ', 'chinh-phu'],
    ['Quốc hội', 'quoc-hoi'],
    ['Bộ NN&PTNT', 'bo-nong-nghiep-ptnt'],
    ['TTCP', undefined],
    ['Sở Tài chính', undefined],
  ])('by name: %s', (name, key) => {
    expect(centralIssuerByName(name)?.key).toBe(key)
  })

  it.each([
    ['CP', 'chinh-phu'],
    ['TTg', 'thu-tuong'],
    ['QH13', 'quoc-hoi'],
    ['QH15', 'quoc-hoi'],
    ['BTC', 'bo-tai-chinh'],
    ['BTC-BNV', 'bo-tai-chinh'],
    ['BKHĐT', 'bo-ke-hoach-dau-tu'],
    ['BLĐTBXH', 'bo-lao-dong-tbxh'],
    ['UBND', undefined],
    ['HĐND', undefined],
  ])('by number symbol: %s', (symbol, key) => {
    expect(centralIssuerBySymbol(symbol)?.key).toBe(key)
  })

  it('looks a key up', () => {
    expect(centralIssuer('quoc-hoi')?.en).toBe('National Assembly')
    expect(centralIssuer(null)).toBeUndefined()
    expect(issuerFold('Bộ KH&ĐT')).toBe('bo kh dt')
  })

  it.each([
    ['Ủy ban nhân dân tỉnh Hà Tĩnh', ['UBND tỉnh Hà Tĩnh', 'UBND tỉnh', 'UBND', 'Ủy ban tỉnh']],
    ['Hội đồng nhân dân tỉnh Hà Tĩnh', ['HĐND tỉnh Hà Tĩnh', 'HĐND tỉnh', 'HĐND']],
    ['Sở Tài chính', []],
  ])('agency short forms: %s', (name, aliases) => {
    expect(agencyAliases(name)).toEqual(aliases)
  })
})
