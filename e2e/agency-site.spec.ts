import http from 'node:http'
import { expect, test } from '@playwright/test'
import { BASE_URL } from '../playwright.config'
import { expectAccessible, headLinks } from './helpers'

const AGENCY = 'so-khoa-hoc-va-cong-nghe'
const DOMAIN = 'sokhcn.hatinh.gov.vn'

/** A raw GET with any Host header (browsers and fetch refuse to set it). */
function getWithHost(path: string, host: string): Promise<{ status: number; location?: string; body: string }> {
  const url = new URL(path, BASE_URL)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: 'GET', headers: { Host: host, 'Accept-Language': 'vi' } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

test.describe('an agency site', () => {
  test('the directory links to each agency site', async ({ page }) => {
    await page.goto('/vi/co-quan')
    await page.getByRole('link', { name: 'Sở Khoa học và Công nghệ' }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/co-quan/${AGENCY}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Sở Khoa học và Công nghệ' })).toBeVisible()
  })

  test('home: news, introduction, functions, leaders, organisation, contacts; canonical on the agency domain', async ({ page }) => {
    const res = await page.goto(`/vi/co-quan/${AGENCY}`)
    expect(res?.status()).toBe(200)
    for (const heading of ['Tin mới', 'Giới thiệu', 'Chức năng, nhiệm vụ', 'Lãnh đạo', 'Cơ cấu tổ chức', 'Liên hệ']) {
      await expect(page.getByRole('main').getByRole('heading', { level: 2, name: heading })).toBeVisible()
    }
    await expect(page.getByRole('link', { name: 'Ra mắt Cổng thông tin điện tử tỉnh phiên bản mới' })).toBeVisible()
    // The agency's own header line and footer text (its per-agency settings).
    await expect(page.getByRole('banner').getByText('Khoa học, công nghệ và chuyển đổi số tỉnh Hà Tĩnh')).toBeVisible()
    await expect(page.getByText('chịu trách nhiệm về nội dung trang này')).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Điều hướng trang cơ quan' }).getByRole('link', { name: 'Tiếp cận thông tin' })).toBeVisible()
    const links = await headLinks(page)
    expect(links.canonical).toMatch(new RegExp(`^https?://${DOMAIN.replace(/\./g, '\\.')}/vi$`))
    expect(links.alternates.en).toMatch(new RegExp(`^https?://${DOMAIN.replace(/\./g, '\\.')}/en$`))
    await expectAccessible(page)
  })

  test('English pages: sections scoped to the agency', async ({ page }) => {
    await page.goto(`/en/agencies/${AGENCY}/news`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Department of Science and Technology')
    await expect(page.getByRole('link', { name: 'New provincial portal launched' })).toBeVisible()
    await expectAccessible(page)
    await page.goto(`/en/agencies/${AGENCY}/access-to-information`)
    await expect(page.getByRole('heading', { level: 2, name: 'Contact point for information requests' })).toBeVisible()
    await expect(page.getByText('Office of the Department')).toBeVisible()
    // The disclosure catalogue entries that apply to a department.
    await expect(page.getByRole('heading', { level: 2, name: 'Information the agency must disclose' })).toBeVisible()
    await expectAccessible(page)
  })

  test('a news item of another agency is not shown on this agency site', async ({ request }) => {
    const res = await request.get(`/vi/co-quan/so-tai-chinh/tin-tuc/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi`)
    expect(res.status()).toBe(404)
  })
})

test.describe('an agency domain', () => {
  test(`Host: ${DOMAIN} serves the department site at /vi and its sections at the root`, async () => {
    const home = await getWithHost('/vi', DOMAIN)
    expect(home.status).toBe(200)
    expect(home.body).toContain('<h1>Sở Khoa học và Công nghệ</h1>')
    expect(home.body).toMatch(new RegExp(`<link rel="canonical" href="https?://${DOMAIN.replace(/\./g, '\\.')}/vi"`))
    const news = await getWithHost('/vi/tin-tuc', DOMAIN)
    expect(news.status).toBe(200)
    expect(news.body).toContain('Tin tức — Sở Khoa học và Công nghệ')
    const english = await getWithHost('/en', DOMAIN)
    expect(english.body).toContain('Department of Science and Technology')
  })

  test('portal addresses on the domain redirect to the short form; other sections go to the portal', async () => {
    const own = await getWithHost(`/vi/co-quan/${AGENCY}/tin-tuc`, DOMAIN)
    expect(own.status).toBe(308)
    expect(new URL(own.location!, 'http://x').pathname).toBe('/vi/tin-tuc')
    const directory = await getWithHost('/vi/co-quan', DOMAIN)
    expect(directory.status).toBe(307)
    // To PUBLIC_URL (Next.js writes the Location relative when PUBLIC_URL is the server's own origin, as in this run).
    expect(new URL(directory.location!, BASE_URL).href).toBe(`${BASE_URL}/vi/co-quan`)
  })

  test('an unknown host gets the provincial portal', async () => {
    const res = await getWithHost('/vi', 'unknown.example.vn')
    expect(res.status).toBe(200)
    expect(res.body).toContain('Tin mới nhất')
    expect(res.body).not.toContain('<h1>Sở Khoa học và Công nghệ</h1>')
  })
})
