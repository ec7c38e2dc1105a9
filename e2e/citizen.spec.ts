import { expect, test } from '@playwright/test'
import { expectAccessible, headLinks } from './helpers'

test.describe('a citizen arriving on the portal', () => {
  test('/ redirects by Accept-Language (default Vietnamese)', async ({ request }) => {
    const vi = await request.get('/', { headers: { 'Accept-Language': 'vi-VN,vi;q=0.9' }, maxRedirects: 0 })
    expect(vi.status()).toBe(307)
    expect(vi.headers().location).toMatch(/\/vi$/)
    const en = await request.get('/', { headers: { 'Accept-Language': 'en-GB,en;q=0.8' }, maxRedirects: 0 })
    expect(en.headers().location).toMatch(/\/en$/)
    const other = await request.get('/', { headers: { 'Accept-Language': 'fr-FR' }, maxRedirects: 0 })
    expect(other.headers().location).toMatch(/\/vi$/)
  })

  test('the home page renders in Vietnamese with lang, hreflang and canonical', async ({ page }) => {
    const res = await page.goto('/vi')
    expect(res?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible()
    const links = await headLinks(page)
    expect(links.canonical).toMatch(/\/vi$/)
    expect(links.alternates.vi).toMatch(/\/vi$/)
    expect(links.alternates.en).toMatch(/\/en$/)
    expect(links.alternates['x-default']).toMatch(/\/vi$/)
    expect(links.ogLocale).toBe('vi_VN')
    await expectAccessible(page)
  })

  test('the home page renders in English', async ({ page }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'New provincial portal launched' })).toBeVisible()
    // An untranslated item is not passed off as English.
    await expect(page.getByText('Thông báo về việc sửa chữa mặt đường Hàm Nghi')).toHaveCount(0)
    await expectAccessible(page)
  })

  test('the language switcher round-trips to the same page', async ({ page }) => {
    await page.goto('/vi/tin-tuc/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ra mắt Cổng thông tin điện tử tỉnh phiên bản mới')
    await page.getByRole('navigation', { name: 'Chọn ngôn ngữ' }).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/news\/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New provincial portal launched')
    await page.getByRole('navigation', { name: 'Choose language' }).getByRole('link', { name: 'Tiếng Việt' }).click()
    await expect(page).toHaveURL(/\/vi\/tin-tuc\/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi$/)
    await expectAccessible(page)
  })

  test('a section spelt in the other language redirects to the right one', async ({ request }) => {
    const res = await request.get('/en/tin-tuc', { maxRedirects: 0 })
    expect(res.status()).toBe(308)
    expect(res.headers().location).toMatch(/\/en\/news$/)
  })

  test('an unknown path gives the localized 404 with status 404', async ({ page }) => {
    const vi = await page.goto('/vi/khong-co-trang-nay')
    expect(vi?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    const en = await page.goto('/en/no-such-page')
    expect(en?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('pages work without JavaScript and load nothing from other hosts', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const foreign: string[] = []
    page.on('request', (r) => {
      const host = new URL(r.url()).host
      if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) foreign.push(r.url())
    })
    await page.goto('/vi/co-quan')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan, đơn vị')
    await expect(page.getByText('Sở Khoa học và Công nghệ').first()).toBeVisible()
    expect(foreign).toEqual([])
    await context.close()
  })

  test('health answers 200 with the database reachable', async ({ request }) => {
    const res = await request.get('/api/health')
    expect(res.status()).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'reachable' })
  })
})
