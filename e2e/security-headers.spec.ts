import { expect, test, type Page } from '@playwright/test'
import { DEMO_PASSWORD } from './helpers'

/**
 * Every response carries the Content-Security-Policy (src/lib/securityHeaders.js), and the pages a
 * visitor and an editor use run under it without a single violation: the browser reports each
 * blocked load or inline script in the console ("… violates the following Content Security
 * Policy directive …"), and a `securitypolicyviolation` event in the page.
 */
const FOUNDING = '/vi/tin-tuc/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi'

function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  // Also violations the console may not show (e.g. report-only or inside frames).
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  return violations
}

test.describe('security headers', () => {
  test('every kind of response carries the policy; no third-party origin, no eval on public pages', async ({ request }) => {
    const paths = ['/vi', FOUNDING, '/vi/tim-kiem/suggest?q=nghi', '/admin/login', '/api/news?limit=1', '/api/health', '/robots.txt']
    for (const path of paths) {
      const res = await request.get(path, { maxRedirects: 0 })
      const csp = res.headers()['content-security-policy']
      expect(csp, path).toBeTruthy()
      for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'"]) expect(csp, path).toContain(directive)
      expect(csp, path).not.toMatch(/https?:|\*/)
      expect(res.headers()['x-content-type-options'], path).toBe('nosniff')
    }
    const home = (await request.get('/vi')).headers()['content-security-policy']!
    expect(home).not.toContain('unsafe-eval')
    expect(home).toContain("frame-src 'self'")
    expect(home).toContain("img-src 'self' data: blob:")
    expect((await request.get('/api/news?limit=1')).headers()['content-security-policy']).toMatch(/^default-src 'none'/)
    // The e2e server's PUBLIC_URL is http://: no HSTS (HSTS over https is covered by the unit test).
    expect((await request.get('/vi')).headers()['strict-transport-security']).toBeUndefined()
  })

  test('public pages run without a CSP violation: home, a news item, search with suggestions', async ({ page }) => {
    const violations = watchViolations(page)
    await page.goto('/vi')
    await expect(page.locator('main')).toBeVisible()
    await page.goto(FOUNDING)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.goto('/vi/tim-kiem')
    const box = page.getByRole('combobox', { name: 'Từ khóa' })
    await box.pressSequentially('nghi quyet quy', { delay: 30 })
    await expect(page.getByRole('listbox', { name: 'Gợi ý' }).getByRole('option').first()).toBeVisible()
    await page.goto('/en')
    await expect(page.locator('main')).toBeVisible()
    expect(violations).toEqual([])
  })

  test('the admin runs without a CSP violation: login, dashboard, a news edit view', async ({ page }) => {
    test.setTimeout(120_000)
    const violations = watchViolations(page)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await page.waitForLoadState('networkidle')
    await page.getByLabel(/email/i).fill('bientap.khcn@hatinh.gov.vn')
    await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /đăng nhập|login/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await page.goto('/admin/collections/news')
    await page.locator('table tbody tr a').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/news\/\w+/)
    // The rich-text editor is the heaviest script of the edit view.
    await expect(page.locator('[contenteditable="true"]').first()).toBeVisible({ timeout: 30_000 })
    // "Tạo mới" is the title-first view (nothing is stored until a title is typed).
    await page.goto('/admin/collections/news/create')
    await expect(page.locator('#new-item-title')).toBeVisible({ timeout: 30_000 })
    expect(violations).toEqual([])
  })

  for (const [locale, message] of [
    ['vi-VN', /Ảnh SVG không được chấp nhận vì có thể chứa mã chạy trong trình duyệt/],
    ['en-GB', /SVG images are not accepted: they can carry scripts that run in the browser/],
  ] as const) {
    test.describe(`an editor whose admin is in ${locale}`, () => {
      test.use({ locale })
      test('reads why an SVG upload is refused, in that language (production build)', async ({ page }) => {
        test.setTimeout(120_000)
        await page.goto('/admin/login')
        // Type only once the form is hydrated (under load the click could otherwise come first).
        await page.waitForLoadState('networkidle')
        await page.getByLabel(/email/i).fill('bientap.khcn@hatinh.gov.vn')
        await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
        await page.getByRole('button', { name: /đăng nhập|login/i }).click()
        await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
        await page.goto('/admin/collections/media/create')
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>'
        await page.locator('input[type="file"]').first().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(svg) })
        await page.locator('#field-alt').fill('Logo')
        await page.locator('#action-save').click()
        await expect(page.getByText(message).first()).toBeVisible({ timeout: 20_000 })
        await expect(page.getByText(/unknown error|Something went wrong|Đã xảy ra lỗi không xác định/i)).toHaveCount(0)
      })
    })
  }
})
