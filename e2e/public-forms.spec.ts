import { expect, test } from '@playwright/test'

/**
 * The newer public forms without JavaScript post to their route handlers (src/lib/publicForm) and
 * answer with the right status, the page re-rendered with what was typed: the rating widget's
 * fourth rating of a page in a day is 429 + Retry-After with the remark kept; the ask form's
 * invalid multipart post is 422 with the text kept; the dossier look-up answers 200 with the
 * status. (The vitest table in src/__tests__/public-forms.rest.test.ts covers every status of
 * every form; this is the real browser, Next.js router rules and re-render.)
 * No axe here: it runs as a page script, which a JavaScript-less context never executes.
 */
test.describe('public forms, JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  test.describe.configure({ timeout: 240_000 })

  test('a rating past the daily allowance answers 429 + Retry-After with the remark kept', async ({ page }) => {
    // A page no other spec rates: the allowance counts per (address, page) and every spec shares
    // 127.0.0.1 (consultations.spec rates the portal launch news twice).
    const news = '/vi/tin-tuc/thong-bao-ve-duong-ham-nghi'
    const remark = 'Nên thêm số điện thoại đường dây nóng'
    // Three counted ratings per (address, page) a day: the fourth is refused.
    for (let i = 0; i < 3; i++) {
      await page.goto(news)
      const [post] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Có', exact: true }).click()])
      expect(post.status()).toBe(200)
      await expect(page.locator('#rating')).toContainText('Cảm ơn')
    }
    await page.goto(news)
    await page.locator('#rating summary').click()
    await page.locator('#rating-remark').fill(remark)
    const [post] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Không', exact: true }).click()])
    expect(post.status()).toBe(429)
    expect(Number(post.headers()['retry-after'])).toBeGreaterThan(60)
    await expect(page.locator('#rating [role="alert"]')).toContainText(/Vui lòng thử lại sau \d+ (phút|giờ)/)
    await expect(page.locator('#rating-remark')).toHaveValue(remark)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('an invalid question (multipart) answers 422 from its permalink with the text kept', async ({ page }) => {
    await page.goto('/vi/hoi-dap/gui-cau-hoi')
    await page.getByLabel(/Tiêu đề câu hỏi/).fill('Thủ tục thuê đất trong khu kinh tế')
    const [post] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi câu hỏi' }).click()])
    expect(post.status()).toBe(422)
    expect(new URL(post.url()).pathname).toBe('/vi/hoi-dap/gui-cau-hoi/gui')
    await expect(page.getByLabel(/Tiêu đề câu hỏi/)).toHaveValue('Thủ tục thuê đất trong khu kinh tế')
    await expect(page.locator('#ask-errors')).toBeVisible()
  })

  test('the dossier look-up answers 200 from its permalink with the status', async ({ page }) => {
    await page.goto('/vi/tra-cuu-ho-so')
    await page.getByLabel('Mã hồ sơ').fill('h29-demo-0001')
    await page.getByLabel('4 số cuối số điện thoại').fill('2468')
    const [post] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Tra cứu' }).click()])
    expect(post.status()).toBe(200)
    expect(new URL(post.url()).pathname).toBe('/vi/tra-cuu-ho-so/tra-cuu')
    await expect(page.getByRole('region', { name: /Hồ sơ H29-DEMO-0001/ })).toContainText('Đã giải quyết đúng hạn.')
    await expect(page.locator('main')).not.toContainText('2468')
  })
})
