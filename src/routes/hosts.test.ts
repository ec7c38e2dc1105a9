import { describe, expect, it, vi } from 'vitest'
import { buildHostMap, hostPath, normaliseHost, routeAgencyHost } from './hosts'
import { createHostMapClient } from './hostMapClient'

describe('normaliseHost', () => {
  it.each([
    ['SoKHCN.HaTinh.gov.vn', 'sokhcn.hatinh.gov.vn'],
    ['sokhcn.hatinh.gov.vn:443', 'sokhcn.hatinh.gov.vn'],
    ['sokhcn.hatinh.gov.vn.', 'sokhcn.hatinh.gov.vn'],
    ['a.vn, b.vn', 'a.vn'],
    ['[::1]:3000', '[::1]'],
    ['', null],
    [null, null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseHost(raw)).toBe(expected)
  })
})

describe('buildHostMap', () => {
  it('maps every domain of every agency, first claim wins', () => {
    expect(
      buildHostMap([
        { slug: 'so-a', domains: [{ domain: 'soa.hatinh.gov.vn' }, { domain: 'www.soa.hatinh.gov.vn' }] },
        { slug: 'so-b', domains: [{ domain: 'SOA.hatinh.gov.vn' }, { domain: 'sob.hatinh.gov.vn' }] },
        { slug: 'so-c', domains: null },
        { slug: null, domains: [{ domain: 'x.vn' }] },
      ]),
    ).toEqual({ 'soa.hatinh.gov.vn': 'so-a', 'www.soa.hatinh.gov.vn': 'so-a', 'sob.hatinh.gov.vn': 'so-b' })
  })
})

describe('routeAgencyHost', () => {
  const S = 'so-khcn'
  it.each([
    ['vi', [], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn' }],
    ['en', [], { kind: 'rewrite', pathname: '/en/agencies/so-khcn' }],
    ['vi', ['tin-tuc'], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn/news' }],
    ['vi', ['tin-tuc', 'bai-1'], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn/news/bai-1' }],
    ['en', ['news', 'item-1'], { kind: 'rewrite', pathname: '/en/agencies/so-khcn/news/item-1' }],
    ['vi', ['tiep-can-thong-tin'], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn/access-to-information' }],
    ['en', ['legal-documents'], { kind: 'rewrite', pathname: '/en/agencies/so-khcn/legal-documents' }],
    // Information requests live only on agency sites, with child pages of their own.
    ['vi', ['yeu-cau-thong-tin'], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn/information-requests' }],
    ['vi', ['yeu-cau-thong-tin', 'gui'], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn/information-requests/new' }],
    ['vi', ['yeu-cau-thong-tin', 'gui', 'nop'], { kind: 'rewrite', pathname: '/vi/agencies/so-khcn/information-requests/new/submit' }],
    ['en', ['information-requests', 'sent'], { kind: 'rewrite', pathname: '/en/agencies/so-khcn/information-requests/sent' }],
    ['vi', ['van-ban', '22-2016-nq-hdnd'], { kind: 'redirect', pathname: '/vi/van-ban/22-2016-nq-hdnd', status: 307, toPortal: true }],
    ['en', ['tin-tuc', 'x'], { kind: 'redirect', pathname: '/en/news/x', status: 308 }],
    ['vi', ['co-quan', 'so-khcn'], { kind: 'redirect', pathname: '/vi', status: 308 }],
    ['vi', ['co-quan', 'so-khcn', 'tin-tuc', 'bai-1'], { kind: 'redirect', pathname: '/vi/tin-tuc/bai-1', status: 308 }],
    ['en', ['agencies', 'so-khcn', 'news'], { kind: 'redirect', pathname: '/en/news', status: 308 }],
    ['vi', ['co-quan'], { kind: 'redirect', pathname: '/vi/co-quan', status: 307, toPortal: true }],
    ['vi', ['co-quan', 'so-tai-chinh'], { kind: 'redirect', pathname: '/vi/co-quan/so-tai-chinh', status: 307, toPortal: true }],
    ['vi', ['tim-kiem'], { kind: 'redirect', pathname: '/vi/tim-kiem', status: 307, toPortal: true }],
    ['en', ['transparency', 'english'], { kind: 'redirect', pathname: '/en/transparency/english', status: 307, toPortal: true }],
  ] as const)('%s %j', (locale, rest, expected) => {
    expect(routeAgencyHost(locale, [...rest], S)).toEqual(expected)
  })

  it('builds public paths on the agency domain', () => {
    expect(hostPath('vi')).toBe('/vi')
    expect(hostPath('vi', 'news', 'bai 1')).toBe('/vi/tin-tuc/bai%201')
    expect(hostPath('en', 'access-to-information')).toBe('/en/access-to-information')
  })
})

describe('createHostMapClient', () => {
  const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }))

  it('fetches once, serves from memory within the TTL, refreshes after it', async () => {
    let now = 0
    const fetchImpl = vi.fn(() => json({ 'a.vn': 'so-a' }))
    const client = createHostMapClient({ url: () => 'http://x/api/agencies/host-map', ttlMs: 1000, fetchImpl: fetchImpl as never, now: () => now })
    expect(await client.get()).toEqual({ 'a.vn': 'so-a' })
    now = 500
    await client.get()
    expect(fetchImpl).toHaveBeenCalledTimes(1)
    now = 1500
    fetchImpl.mockImplementation(() => json({ 'b.vn': 'so-b' }))
    expect(await client.get()).toEqual({ 'a.vn': 'so-a' }) // stale copy answers at once
    await new Promise((r) => setTimeout(r, 0))
    expect(await client.get()).toEqual({ 'b.vn': 'so-b' })
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })

  it('keeps the last good map (or an empty one) when the endpoint fails', async () => {
    let now = 0
    const fetchImpl = vi.fn(() => json({ error: 'x' }, 500))
    const client = createHostMapClient({ url: () => 'http://x', ttlMs: 10, fetchImpl: fetchImpl as never, now: () => now })
    expect(await client.get()).toEqual({})
    fetchImpl.mockImplementation(() => json({ 'a.vn': 'so-a', bad: 3 }))
    now = 20
    await client.get()
    await new Promise((r) => setTimeout(r, 0))
    expect(await client.get()).toEqual({ 'a.vn': 'so-a' })
    fetchImpl.mockImplementation(() => Promise.reject(new Error('down')))
    now = 40
    await client.get()
    await new Promise((r) => setTimeout(r, 0))
    expect(await client.get()).toEqual({ 'a.vn': 'so-a' })
  })
})

describe('agency page locations', async () => {
  const { agencyBaseUrl, agencyPageLocation, agencyPageUrl } = await import('./agencySite')
  it('uses the agency domain, with the portal scheme', () => {
    expect(agencyBaseUrl('sokhcn.hatinh.gov.vn', 'https://hatinh.gov.vn')).toBe('https://sokhcn.hatinh.gov.vn')
    expect(agencyBaseUrl('sokhcn.hatinh.gov.vn', 'http://127.0.0.1:3100')).toBe('http://sokhcn.hatinh.gov.vn')
  })
  it('places pages of a domain agency at the root of its domain, others under the portal', () => {
    const withDomain = agencyPageLocation('vi', { slug: 'so-khcn', domain: 'sokhcn.hatinh.gov.vn' }, 'access-to-information')
    expect(withDomain.path).toBe('/vi/tiep-can-thong-tin')
    expect(withDomain.alternates).toEqual({ vi: '/vi/tiep-can-thong-tin', en: '/en/access-to-information' })
    expect(withDomain.baseUrl).toMatch(/^https?:\/\/sokhcn\.hatinh\.gov\.vn$/)
    const portal = agencyPageLocation('en', { slug: 'so-a', domain: null }, 'news', 'x')
    expect(portal).toEqual({ path: '/en/agencies/so-a/news/x', alternates: { vi: '/vi/co-quan/so-a/tin-tuc/x', en: '/en/agencies/so-a/news/x' } })
    expect(agencyPageUrl('vi', { slug: 'so-khcn', domain: 'sokhcn.hatinh.gov.vn' })).toMatch(/^https?:\/\/sokhcn\.hatinh\.gov\.vn\/vi$/)
  })
})
