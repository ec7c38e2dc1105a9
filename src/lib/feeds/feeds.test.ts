import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { rssXml } from './rss'
import { sitemapXml } from './sitemap'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name) })

describe('rssXml', () => {
  const xml = rssXml({
    title: 'Tin tức — Cổng TTĐT Hà Tĩnh',
    link: 'https://hatinh.gov.vn/vi/tin-tuc',
    description: 'Tin mới',
    language: 'vi',
    self: 'https://hatinh.gov.vn/vi/tin-tuc/rss.xml',
    lastBuildDate: new Date('2026-11-29T00:00:00Z'),
    items: [
      {
        title: 'Ra mắt <Cổng> & "dữ liệu mở"',
        link: 'https://hatinh.gov.vn/vi/tin-tuc/ra-mat',
        description: 'Tóm tắt </description><script>alert(1)</script>',
        pubDate: '2026-11-20T08:00:00.000Z',
        author: 'Sở KH&CN',
      },
      { title: 'Không có ngày', link: 'https://hatinh.gov.vn/vi/tin-tuc/khong-ngay', pubDate: 'garbage' },
    ],
  })

  it('is well-formed RSS 2.0 that a real parser reads back', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parser.parse(xml)
    expect(doc.rss['@version']).toBe('2.0')
    const channel = doc.rss.channel
    expect(channel.title).toBe('Tin tức — Cổng TTĐT Hà Tĩnh')
    expect(channel.language).toBe('vi')
    expect(channel['atom:link']['@href']).toBe('https://hatinh.gov.vn/vi/tin-tuc/rss.xml')
    expect(channel.item).toHaveLength(2)
    const [first, second] = channel.item
    expect(first.title).toBe('Ra mắt <Cổng> & "dữ liệu mở"')
    expect(first.description).toContain('<script>')
    expect(first.pubDate).toBe('Fri, 20 Nov 2026 08:00:00 GMT')
    expect(first.guid['#text']).toBe('https://hatinh.gov.vn/vi/tin-tuc/ra-mat')
    expect(first['dc:creator']).toBe('Sở KH&CN')
    expect(second.pubDate).toBeUndefined()
  })

  it('never lets item text break out of its element', () => {
    expect(xml).not.toContain('<script>')
  })
})

describe('sitemapXml', () => {
  const xml = sitemapXml([
    {
      loc: 'https://hatinh.gov.vn/vi/van-ban/22-2016-nq-hdnd',
      lastmod: '2026-11-29T01:02:03.000Z',
      alternates: { vi: 'https://hatinh.gov.vn/vi/van-ban/22-2016-nq-hdnd', en: 'https://hatinh.gov.vn/en/legal-documents/22-2016-nq-hdnd', 'x-default': 'https://hatinh.gov.vn/vi/van-ban/22-2016-nq-hdnd' },
    },
    { loc: 'https://hatinh.gov.vn/vi/tin-tuc?a=1&b=2' },
  ])

  it('parses with hreflang alternates as xhtml:link', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parser.parse(xml)
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(doc.urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml')
    const [first, second] = doc.urlset.url
    expect(first.loc).toBe('https://hatinh.gov.vn/vi/van-ban/22-2016-nq-hdnd')
    expect(first.lastmod).toBe('2026-11-29T01:02:03.000Z')
    expect(Object.fromEntries(first['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]))).toEqual({
      vi: 'https://hatinh.gov.vn/vi/van-ban/22-2016-nq-hdnd',
      en: 'https://hatinh.gov.vn/en/legal-documents/22-2016-nq-hdnd',
      'x-default': 'https://hatinh.gov.vn/vi/van-ban/22-2016-nq-hdnd',
    })
    expect(second.loc).toBe('https://hatinh.gov.vn/vi/tin-tuc?a=1&b=2')
    expect(second['xhtml:link']).toBeUndefined()
  })
})
