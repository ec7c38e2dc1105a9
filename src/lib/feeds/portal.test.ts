import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { legalRss, newsRss, portalSitemap } from './portal'
import type { LegalFeedEntry } from './types'

const BASE = 'https://hatinh.gov.vn'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name) })

const entry = (over: Partial<LegalFeedEntry>): LegalFeedEntry => ({
  slug: '22-2016-nq-hdnd',
  number: '22/2016/NQ-HĐND',
  docType: 'resolution',
  title: { vi: 'Nghị quyết về minh bạch', en: 'Resolution on transparency' },
  abstract: { vi: 'Trích yếu', en: 'Abstract' },
  issuer: { name: { vi: 'HĐND tỉnh Hà Tĩnh', en: "Provincial People's Council" } },
  issueDate: '2016-09-24',
  publishedAt: '2016-09-25T01:00:00.000Z',
  ...over,
})

describe('news RSS', () => {
  it('lists the items under their localized URLs', () => {
    const xml = newsRss('en', [{ slug: 'new-portal', title: 'New portal', description: 'Launched', publishedAt: '2026-11-20T08:00:00Z', agency: 'DOST' }], BASE)
    expect(XMLValidator.validate(xml)).toBe(true)
    const channel = parser.parse(xml).rss.channel
    expect(channel.link).toBe(`${BASE}/en/news`)
    expect(channel['atom:link']['@href']).toBe(`${BASE}/en/news/rss.xml`)
    expect(channel.item.map((i: { link: string }) => i.link)).toEqual([`${BASE}/en/news/new-portal`])
  })
})

describe('legal RSS', () => {
  const docs = [entry({}), entry({ slug: '05-ct-ubnd', number: '05/CT-UBND', docType: 'directive', title: { vi: 'Chỉ thị', en: null }, publishedAt: '2025-03-06T00:00:00Z' })]

  it('lists every document on the Vietnamese feed, newest first, under /vi/van-ban', () => {
    const channel = parser.parse(legalRss('vi', docs, BASE)).rss.channel
    expect(channel.item.map((i: { link: string }) => i.link)).toEqual([`${BASE}/vi/van-ban/05-ct-ubnd`, `${BASE}/vi/van-ban/22-2016-nq-hdnd`])
    expect(channel.item[1].title).toBe('22/2016/NQ-HĐND — Nghị quyết về minh bạch')
    expect(channel.item[1].category).toBe('Nghị quyết')
  })

  it('lists only translated documents on the English feed', () => {
    const channel = parser.parse(legalRss('en', docs, BASE)).rss.channel
    expect(channel.item.map((i: { link: string }) => i.link)).toEqual([`${BASE}/en/legal-documents/22-2016-nq-hdnd`])
    expect(channel.item[0].category).toBe('Resolution')
  })
})

describe('sitemap', () => {
  const xml = portalSitemap(
    ['news', 'legal-documents'],
    [
      { collection: 'legal-documents', slug: '22-2016-nq-hdnd', lastModified: '2026-11-29T00:00:00.000Z', locales: ['vi', 'en'] },
      { collection: 'news', slug: 'thong-bao', lastModified: '2026-11-05T00:00:00.000Z', locales: ['vi'] },
    ],
    BASE,
  )
  const urls = parser.parse(xml).urlset.url as { loc: string; lastmod?: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[]
  const byLoc = new Map(urls.map((u) => [u.loc, u]))

  it('lists home, sections and every published document in each language it exists in', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect([...byLoc.keys()]).toEqual([
      `${BASE}/vi`,
      `${BASE}/en`,
      `${BASE}/vi/tin-tuc`,
      `${BASE}/en/news`,
      `${BASE}/vi/van-ban`,
      `${BASE}/en/legal-documents`,
      `${BASE}/vi/van-ban/22-2016-nq-hdnd`,
      `${BASE}/en/legal-documents/22-2016-nq-hdnd`,
      `${BASE}/vi/tin-tuc/thong-bao`,
    ])
  })

  it('gives translated pages hreflang alternates (vi, en, x-default) and untranslated ones none', () => {
    const alt = (loc: string) => Object.fromEntries((byLoc.get(loc)?.['xhtml:link'] ?? []).map((l) => [l['@hreflang'], l['@href']]))
    const expected = { vi: `${BASE}/vi/van-ban/22-2016-nq-hdnd`, en: `${BASE}/en/legal-documents/22-2016-nq-hdnd`, 'x-default': `${BASE}/vi/van-ban/22-2016-nq-hdnd` }
    expect(alt(`${BASE}/vi/van-ban/22-2016-nq-hdnd`)).toEqual(expected)
    expect(alt(`${BASE}/en/legal-documents/22-2016-nq-hdnd`)).toEqual(expected)
    expect(alt(`${BASE}/vi/tin-tuc/thong-bao`)).toEqual({})
    expect(byLoc.get(`${BASE}/vi/tin-tuc/thong-bao`)?.lastmod).toBe('2026-11-05T00:00:00.000Z')
  })
})

describe('marketplace documents in the sitemap', () => {
  it('a booth and a product at their marketplace paths, English only where they have it', () => {
    const xml = portalSitemap([], [
      { collection: 'booths', slug: 'keo-cu-do', lastModified: '2026-12-01T00:00:00.000Z', locales: ['vi', 'en'] },
      { collection: 'products', slug: 'nuoc-mam', lastModified: '2026-12-01T00:00:00.000Z', locales: ['vi'] },
    ], 'https://hatinh.gov.vn')
    expect(xml).toContain('<loc>https://hatinh.gov.vn/vi/san-thuong-mai/keo-cu-do</loc>')
    expect(xml).toContain('<loc>https://hatinh.gov.vn/en/marketplace/keo-cu-do</loc>')
    expect(xml).toContain('<loc>https://hatinh.gov.vn/vi/san-thuong-mai/san-pham/nuoc-mam</loc>')
    expect(xml).not.toContain('/en/marketplace/products/nuoc-mam</loc>')
  })
})
