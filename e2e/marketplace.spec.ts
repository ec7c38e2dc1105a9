import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers'

/**
 * The e-commerce exchange's public pages on the demo content (src/seed/marketplace.ts): the list
 * with its facets in the URL, a booth with its verified badge and LocalBusiness JSON-LD, a product
 * with Product JSON-LD and no price offers or reviews, the English edition — without JavaScript.
 * (Registration, moderation and access are the REST suite src/__tests__/marketplace.rest.test.ts.)
 */
test.describe('the e-commerce exchange, JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('list → facet → booth → product, both languages, accessible', async ({ page }) => {
    await page.goto('/vi/san-thuong-mai')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sàn thương mại điện tử tỉnh Hà Tĩnh')
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/marketplace$/)
    await expectAccessible(page)

    // The five-star filter, from the URL: fewer booths, none of them gone from the full list.
    const booths = page.locator('main a[href^="/vi/san-thuong-mai/"]:not([href*="/san-pham/"])')
    const allBooths = await booths.count()
    await page.goto('/vi/san-thuong-mai?stars=5')
    const filtered = await booths.count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(allBooths)

    await page.goto('/vi/san-thuong-mai/htx-cam-vu-quang')
    await expect(page.getByText(/Đã được Sở Công Thương xác minh ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible()
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(ld['@type']).toBe('LocalBusiness')
    expect(JSON.stringify(ld)).not.toMatch(/aggregateRating|"review"/)
    await expectAccessible(page)

    await page.goto('/en/marketplace/products/cam-bu-huong-son')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Huong Son king orange')
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    const product = scripts.map((s) => JSON.parse(s)).find((j) => j['@type'] === 'Product')
    expect(product).toBeTruthy()
    expect(JSON.stringify(product)).not.toMatch(/aggregateRating|"review"|"offers"/)
    await expectAccessible(page)
  })
})
