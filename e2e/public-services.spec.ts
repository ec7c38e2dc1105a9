import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectAccessible, headLinks } from './helpers'

/**
 * A citizen without JavaScript (demo content, src/seed/services.ts): finds a procedure by its
 * accent-free name and by its code typed without the dot, downloads its form, looks a dossier up
 * with a wrong and then the right factor, and reads the agency's on-time rate.
 */
// axe runs inside the page, so accessibility is checked on the same pages with JavaScript on.
async function accessible(browser: Browser, from: Page, path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(new URL(path, from.url()).toString())
  await expectAccessible(page)
  await context.close()
}

// FIXME: not yet green. On 2026-12-03 (load average ~24) every journey reached its first page and
// heading, then timed out inside axe's frame.evaluate (with the accessibility check in the same
// no-JS page, and again in a separate JS context). Unverified past that point: re-enable and run
// `E2E_PORT=3700 node scripts/e2e.mjs e2e/public-services.spec.ts` on a quieter machine.
test.describe('public services, JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  // Each journey runs axe on three pages in a second context: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 240_000 })

  test('finds a procedure by accent-free name and by code, and downloads its form', async ({ page, browser }) => {
    await page.goto('/vi/dich-vu-cong')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dịch vụ công')
    await accessible(browser, page, '/vi/dich-vu-cong')
    await page.getByLabel('Tên hoặc mã thủ tục').fill('cap phieu ly lich tu phap')
    await page.getByRole('search').getByRole('button', { name: 'Lọc', exact: true }).click()
    await expect(page).toHaveURL(/\/vi\/dich-vu-cong\?q=cap\+phieu\+ly\+lich\+tu\+phap/)
    await expect(page.getByRole('status').filter({ hasText: 'thủ tục' })).toHaveText('1 thủ tục')
    await page.getByRole('link', { name: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cấp phiếu lý lịch tư pháp cho công dân Việt Nam')
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'GovernmentService', identifier: '1.900061', provider: { '@type': 'GovernmentOrganization' } })
    expect((await headLinks(page)).alternates.en).toMatch(/\/en\/public-services\//)
    await accessible(browser, page, page.url())
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('region', { name: 'Mẫu đơn, tờ khai' }).getByRole('link').first().click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)

    // The code typed without its dot finds the same procedure.
    await page.goto('/vi/dich-vu-cong?q=1900061')
    await expect(page.getByRole('link', { name: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'thủ tục' })).toHaveText('1 thủ tục')
  })

  test('looks a dossier up: a wrong factor and an unknown code get one answer, the right one shows the status', async ({ page, browser }) => {
    await page.goto('/vi/tra-cuu-ho-so')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ')
    await accessible(browser, page, '/vi/tra-cuu-ho-so')
    await page.getByLabel('Mã hồ sơ').fill('H29-DEMO-0001')
    await page.getByLabel('4 số cuối số điện thoại').fill('0000')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    const noMatch = page.locator('#lookup-no-match')
    await expect(noMatch).toContainText('Không tìm thấy hồ sơ')
    const wrongAnswer = await noMatch.textContent()
    // What was typed is still there.
    await expect(page.getByLabel('Mã hồ sơ')).toHaveValue('H29-DEMO-0001')

    await page.getByLabel('Mã hồ sơ').fill('H29-KHONG-CO-9999')
    await page.getByLabel('4 số cuối số điện thoại').fill('2468')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await expect(page.locator('#lookup-no-match')).toHaveText(wrongAnswer ?? '')

    await page.getByLabel('Mã hồ sơ').fill('h29-demo-0001')
    await page.getByLabel('4 số cuối số điện thoại').fill('2468')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    const status = page.getByRole('region', { name: /Hồ sơ H29-DEMO-0001/ })
    await expect(status).toContainText('Đã giải quyết đúng hạn.')
    await expect(status).toContainText('Sở Tư pháp')
    await expect(status).toContainText('1.900061')
    await expect(status.getByRole('heading', { name: 'Quá trình xử lý' })).toBeVisible()
    await expect(page.locator('main')).not.toContainText('2468')
  })

  test("sees each agency's on-time rate, with the data as CSV", async ({ page, request, browser }) => {
    await page.goto('/vi/dich-vu-cong/ket-qua-giai-quyet')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả giải quyết hồ sơ')
    const table = page.getByRole('table', { name: 'Theo cơ quan' })
    const row = table.getByRole('row', { name: /Sở Tư pháp/ })
    await expect(row).toBeVisible()
    await expect(row.getByRole('cell').nth(5)).toHaveText(/^\d+(,\d)? %$/)
    await accessible(browser, page, '/vi/dich-vu-cong/ket-qua-giai-quyet')
    const csv = await request.get('/vi/dich-vu-cong/ket-qua-giai-quyet/data.csv')
    expect(csv.status()).toBe(200)
    expect(await csv.text()).toMatch(/so-tu-phap,Sở Tư pháp,\d+/)

    await page.goto('/en/public-services')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public services')
  })
})
