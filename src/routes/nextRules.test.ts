import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { listRewrites, nextRouteRules, PROXY_REWRITE_HEADER, type NextRule } from './nextRules'
import { translateSegments } from './table'

const rules = nextRouteRules()

/** What Next's router does with a list of rules: the first whose source matches rewrites the path. */
function apply(list: (NextRule & { has?: { key: string }[] })[], pathname: string): string | null {
  const [pathOnly, search = ''] = pathname.split('?')
  const query = new URLSearchParams(search)
  for (const rule of list) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathOnly!)
    if (params === false) continue
    if (rule.has && !rule.has.every((h) => query.has(h.key))) continue
    const { newUrl } = prepareDestination({ appendParamsToQuery: false, destination: rule.destination, params, query: {} })
    return newUrl
  }
  return null
}

describe('route table as Next.js rules', () => {
  it('next-rules.generated.json is up to date with the route table (npm run generate:routes)', () => {
    const file = path.resolve(import.meta.dirname, 'next-rules.generated.json')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(rules)
  })

  it.each([
    ['/vi/tin-tuc', '/vi/news'],
    ['/vi/tin-tuc/mot-tin', '/vi/news/mot-tin'],
    ['/vi/tin-tuc/rss.xml', '/vi/news/rss.xml'],
    ['/vi/van-ban/22-2016-nq-hdnd', '/vi/legal-documents/22-2016-nq-hdnd'],
    ['/vi/minh-bach/tieng-anh', '/vi/transparency/english'],
    ['/vi/minh-bach/so-khcn/evidence.csv', '/vi/transparency/so-khcn/evidence.csv'],
    ['/vi/co-quan/so-khcn', '/vi/agencies/so-khcn'],
    ['/vi/co-quan/so-khcn/tin-tuc/mot-tin', '/vi/agencies/so-khcn/news/mot-tin'],
    ['/vi/co-quan/so-khcn/tiep-can-thong-tin', '/vi/agencies/so-khcn/access-to-information'],
    ['/vi/dau-tu/khu-kinh-te/vung-ang', '/vi/invest/zones/vung-ang'],
    ['/vi/dau-tu/du-an-1/da-gui-cau-hoi', '/vi/invest/du-an-1/enquiry-sent'],
    ['/vi/tim-kiem', '/vi/search'],
  ])('rewrites %s → %s, as translateSegments does', (from, to) => {
    expect(apply(rules.rewrites, from)).toBe(to)
    const segments = from.split('/').slice(2)
    expect(`/vi/${translateSegments(segments, 'vi', 'en').segments.join('/')}`).toBe(to)
  })

  it.each(['/vi', '/en/news', '/vi/khong-co-muc-nay', '/en/invest/zones/vung-ang'])('leaves %s alone', (pathname) => {
    expect(apply(rules.rewrites, pathname)).toBeNull()
    expect(apply(rules.redirects, pathname)).toBeNull()
  })

  it.each([
    ['/vi/tin-tuc?page=2', '/vi/news/~filtered'],
    ['/en/news?page=2', '/en/news/~filtered'],
    ['/vi/van-ban?type=decision&year=2016', '/vi/legal-documents/~filtered'],
    ['/vi/ngan-sach?year=2025', '/vi/budget/~filtered'],
    ['/en/transparency?period=2025', '/en/transparency/~filtered'],
    ['/vi/hoi-dap?field=land&agency=so-tu-phap', '/vi/questions/~filtered'],
    ['/en/questions?page=2', '/en/questions/~filtered'],
    ['/vi/hoi-dap?utm_source=zalo', '/vi/questions'],
    ['/vi/ho-tro-phap-ly?field=land', '/vi/legal-support/~filtered'],
    ['/en/legal-support?field=land', '/en/legal-support/~filtered'],
    ['/vi/ho-tro-phap-ly/tu-van-vien?field=land', '/vi/legal-support/consultants/~filtered'],
    ['/en/legal-support/consultants?field=land', '/en/legal-support/consultants/~filtered'],
    ['/vi/ho-tro-phap-ly/tu-van-vien', '/vi/legal-support/consultants'],
    ['/en/legal-support/consultants?utm_source=zalo', null],
    ['/vi/tin-tuc?utm_source=zalo', '/vi/news'],
    ['/en/news?utm_source=zalo', null],
  ])('a list with a query string %s renders per request at %s; other query strings get the cached page', (from, to) => {
    expect(apply(rules.rewrites, from)).toBe(to)
  })

  it('every ~filtered folder exists beside its cached list page and re-exports it', () => {
    const app = path.resolve(import.meta.dirname, '../app/(frontend)/[locale]')
    for (const rule of listRewrites()) {
      const folder = path.join(app, rule.destination.split('/').slice(2).join('/'))
      const source = readFileSync(path.join(folder, 'page.tsx'), 'utf8')
      expect(source).toContain("export { default, generateMetadata } from '../page'")
      expect(source).toContain("export const dynamic = 'force-dynamic'")
      expect(readFileSync(path.join(folder, '..', 'page.tsx'), 'utf8')).toContain("export const dynamic = 'force-static'")
    }
  })

  it.each([
    ['/en/tin-tuc', '/en/news'],
    ['/en/tin-tuc/mot-tin', '/en/news/mot-tin'],
    ['/vi/news', '/vi/tin-tuc'],
    ['/vi/minh-bach/english', '/vi/minh-bach/tieng-anh'],
    ['/vi/co-quan/so-khcn/news/x', '/vi/co-quan/so-khcn/tin-tuc/x'],
    ['/en/agencies/so-khcn/tin-tuc', '/en/agencies/so-khcn/news'],
    ['/en/dau-tu/zones', '/en/invest/zones'],
  ])('redirects the misspelt %s → %s (308), as the proxy did', (from, to) => {
    expect(apply(rules.redirects, from)).toBe(to)
    const [, locale, ...segments] = from.split('/')
    const translated = translateSegments(segments, locale as 'vi' | 'en', locale as 'vi' | 'en')
    expect(translated.misspelt).toBe(true)
    expect(`/${locale}/${translated.segments.join('/')}`).toBe(to)
    expect(rules.redirects.every((rule) => rule.permanent)).toBe(true)
    // The proxy's own rewrites (agency domains → /vi/agencies/x/news) are never redirected back.
    expect(rules.redirects.every((rule) => rule.missing.some((m) => m.key === PROXY_REWRITE_HEADER))).toBe(true)
  })
})
