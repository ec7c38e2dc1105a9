import { expect, test, type Browser } from '@playwright/test'
import { DEMO_PASSWORD, expectAccessible } from './helpers'

test.use({ javaScriptEnabled: false })

/** axe needs JavaScript in the page (it hangs in a no-JS context): the same URL in a JS context. */
async function axeWithJs(browser: Browser, url: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url)
  await expectAccessible(page)
  await context.close()
}

test.describe('the home page as the front door', () => {
  for (const [path, featured, newest, services] of [
    ['/vi', 'Nổi bật', 'Văn bản mới ban hành', 'Dịch vụ công'],
    ['/en', 'Featured', 'Newest legal documents', 'Public services'],
  ] as const) {
    test(`${path}: featured items, newest documents, services, transparency, investors — without JavaScript`, async ({ page, browser }) => {
      test.setTimeout(120_000) // axe on the full home page took over 60 s on the loaded 2-core machine
      await page.goto(path)
      for (const name of [featured, newest, services]) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
      await expect(page.locator('section[aria-labelledby="home-featured"] li a').first()).toBeVisible()
      await expect(page.locator('section[aria-labelledby="home-transparency"]')).toContainText('/100')
      await expect(page.locator('section[aria-labelledby="home-invest"] a[hreflang="en"]')).toHaveAttribute('href', '/en/invest')
      await axeWithJs(browser, path)
    })
  }
})

test.describe('alert banner', () => {
  test('shown on every page while active, gone from cached pages after its expiry', async ({ page, request, browser }) => {
    test.setTimeout(180_000)
    const login = await request.post('/api/users/login', { data: { email: 'admin@hatinh.gov.vn', password: DEMO_PASSWORD } })
    expect(login.status()).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    // Warm the caches first, so the test sees what a cached page does.
    await page.goto('/vi/van-ban')
    const expiresAt = new Date(Date.now() + 25_000)
    const created = await request.post('/api/alerts?locale=vi', {
      headers,
      data: { message: 'Bão số 9: hạn chế ra đường', severity: 'danger', startsAt: new Date(Date.now() - 60_000).toISOString(), expiresAt: expiresAt.toISOString(), link: '/vi/tin-tuc' },
    })
    expect(created.status()).toBe(201)
    for (const path of ['/vi', '/vi/van-ban', '/en/transparency']) {
      await page.goto(path)
      const banner = page.getByRole('region', { name: path.startsWith('/en') ? 'Alerts' : 'Cảnh báo, thông báo khẩn' })
      await expect(banner, path).toContainText('Bão số 9')
      if (path.startsWith('/en')) await expect(banner.locator('[lang="vi"]')).toContainText('Bão số 9')
    }
    await axeWithJs(browser, '/en/transparency')
    // After the expiry the cached pages drop it without anyone saving anything (the page lifetime
    // was cut to the expiry; the first request after it may still get the stale copy).
    await page.waitForTimeout(Math.max(0, expiresAt.getTime() - Date.now()) + 1_000)
    await expect(async () => {
      await page.goto('/vi/van-ban')
      await expect(page.getByText('Bão số 9')).toHaveCount(0, { timeout: 500 })
    }).toPass({ timeout: 20_000, intervals: [1_000] })
    await page.goto('/vi')
    await page.goto('/vi')
    await expect(page.getByText('Bão số 9')).toHaveCount(0)
  })
})

test.describe('legal document page', () => {
  test('breadcrumb, official header in two columns, related items; prints without the site chrome', async ({ page, browser }) => {
    test.setTimeout(120_000)
    await page.goto('/vi/van-ban/22-2016-nq-hdnd')
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' })
    await expect(crumbs.getByRole('link', { name: 'Văn bản' })).toHaveAttribute('href', '/vi/van-ban')
    await expect(crumbs.locator('[aria-current="page"]')).toContainText('22/2016/NQ-HĐND')
    const header = page.locator('.official-header')
    await expect(header.locator('.official-header__issuer')).toContainText('HỘI ĐỒNG NHÂN DÂN')
    await expect(header.locator('.official-header__motto')).toContainText('Độc lập - Tự do - Hạnh phúc')
    await expect(header.locator('.official-header__place')).toContainText('Hà Tĩnh, ngày 24 tháng 09 năm 2016')
    await axeWithJs(browser, '/vi/van-ban/22-2016-nq-hdnd')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.locator('.legal-doc__meta')).toBeVisible()
  })
})
