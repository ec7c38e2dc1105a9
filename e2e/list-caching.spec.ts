import { expect, test } from '@playwright/test'

/**
 * Unfiltered list pages are cached pages (ISR, expired by tag on publish): the second anonymous
 * request is answered from Next's cache (`x-nextjs-cache: HIT`, or `STALE` while it regenerates)
 * and never `private, no-store`. Their query-string variants are rewritten to the `~filtered` twin
 * (LIST_QUERY_KEYS in src/routes/nextRules.ts) and render per request, from cached reads.
 */
const CACHED_LISTS = [
  '/vi/tin-tuc',
  '/en/news',
  '/vi/van-ban',
  '/vi/ngan-sach',
  '/vi/minh-bach',
  '/vi/dau-tu',
  '/en/invest',
  '/vi/dau-tu/khu-kinh-te',
  '/en/invest/procedures',
  '/vi/co-quan',
  '/en/agencies',
]

test.describe('list pages are cached', () => {
  for (const path of CACHED_LISTS) {
    test(`${path} is answered from the cache`, async ({ request }) => {
      const first = await request.get(path, { maxRedirects: 0 })
      expect(first.status(), path).toBe(200)
      const second = await request.get(path, { maxRedirects: 0 })
      expect(second.status(), path).toBe(200)
      expect(second.headers()['x-nextjs-cache'] ?? 'none', path).toMatch(/^(HIT|STALE)$/)
      expect(second.headers()['cache-control'] ?? '', path).not.toContain('no-store')
      // A query string no list reads (utm_…) gets the cached page too.
      const tracked = await request.get(`${path}?utm_source=newsletter`, { maxRedirects: 0 })
      expect(tracked.headers()['x-nextjs-cache'] ?? 'none', path).toMatch(/^(HIT|STALE)$/)
    })
  }

  test('the investors’ filters render per request and still filter', async ({ request, page }) => {
    const filtered = await request.get('/en/invest?status=calling', { maxRedirects: 0 })
    expect(filtered.status()).toBe(200)
    expect(filtered.headers()['x-nextjs-cache']).toBeUndefined()
    expect(filtered.headers()['cache-control'] ?? '').toContain('no-store')
    // The filtered page shows the chosen filter selected, unlike the cached page.
    await page.goto('/en/invest?status=calling')
    await expect(page.locator('select[name="status"]')).toHaveValue('calling')
    // The no-JS form submits empty selects too: Next's `has` rule does not match an empty value, so
    // such a URL is answered by the cached, unfiltered page (its canonical link is /en/invest).
    const empty = await request.get('/en/invest?sector=&area=&zone=&capital=&status=', { maxRedirects: 0 })
    expect(empty.status()).toBe(200)
    expect(empty.headers()['x-nextjs-cache'] ?? 'none').toMatch(/^(HIT|STALE)$/)
  })
})
