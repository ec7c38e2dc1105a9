import { expect, test, type Page } from '@playwright/test'
import { adminLogin, expectAccessible } from './helpers'

/**
 * Information requests (Law on Access to Information 2016), end to end on the production build.
 * The citizen runs with JavaScript OFF (plain form posts, the no-JS route handler); the agency's
 * editor records each step with the named buttons in the admin; the citizen follows the request
 * by its private link through the extension to the answer; the public register shows the line and
 * nothing of the requester.
 */
const AGENCY = 'so-khoa-hoc-va-cong-nghe'
const stamp = Date.now() % 100000
const NAME = `Hoàng Thị Yến ${stamp}`
const EMAIL = `yeu.cau.${Date.now()}@example.vn`
const ID_NUMBER = `0421${String(Date.now()).slice(-8)}`
const INFORMATION = `Danh sách đề tài khoa học cấp tỉnh được nghiệm thu năm 2025 (${stamp})`

test.describe.configure({ mode: 'serial' })
test.use({ locale: 'vi-VN' })
test.setTimeout(180_000)

let code = ''
let followUrl = ''

const sameOrigin = (page: Page) => ({ headers: { origin: new URL(page.url()).origin } })

test('a citizen files a request without JavaScript: a wrong ID number is refused with everything kept, then the request gets a code and a follow link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/vi/co-quan/${AGENCY}/tiep-can-thong-tin`)
  await page.getByRole('link', { name: 'Gửi yêu cầu cung cấp thông tin trên cổng' }).click()
  await expect(page).toHaveURL(new RegExp(`/vi/co-quan/${AGENCY}/yeu-cau-thong-tin/gui$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await page.getByLabel('Công dân Việt Nam').check()
  await page.getByLabel(/^Họ và tên/).fill(NAME)
  await page.getByLabel(/^Nơi cư trú/).fill('Phường Thành Sen, tỉnh Hà Tĩnh')
  await page.getByLabel(/^Số CCCD/).fill('12345')
  await page.getByRole('textbox', { name: /^Thư điện tử/ }).fill(EMAIL)
  await page.getByRole('textbox', { name: /^Thông tin cần cung cấp/ }).fill(INFORMATION)
  await page.getByLabel(/^Lý do, mục đích/).fill('Tìm hiểu để đăng ký đề tài')
  await page.getByRole('radio', { name: 'Thư điện tử' }).check()
  const refused = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/yeu-cau-thong-tin/gui/nop'))
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click()
  expect((await refused).status()).toBe(422)
  await expect(page.getByRole('alert')).toContainText('Số giấy tờ chưa đúng')
  // Nothing typed is lost.
  await expect(page.getByLabel(/^Họ và tên/)).toHaveValue(NAME)
  await expect(page.getByRole('textbox', { name: /^Thông tin cần cung cấp/ })).toHaveValue(INFORMATION)
  await expect(page.getByRole('textbox', { name: /^Thư điện tử/ })).toHaveValue(EMAIL)
  await expect(page.getByLabel(/^Số CCCD/)).toHaveValue('12345')
  await expect(page.getByLabel('Công dân Việt Nam')).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Thư điện tử' })).toBeChecked()
  await page.getByLabel(/^Số CCCD/).fill(ID_NUMBER)
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click()
  await expect(page).toHaveURL(/\/yeu-cau-thong-tin\/da-gui\?code=TT-/)
  code = (await page.locator('.tracking-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^TT-\d{4}-[2-9A-HJKMNP-Z]{6}$/)
  followUrl = (await page.getByRole('link', { name: 'Theo dõi yêu cầu', exact: true }).getAttribute('href')) ?? ''
  expect(followUrl).toContain(`code=${code}`)
  expect(await page.content()).not.toContain(ID_NUMBER)
  await context.close()
})

async function openRequest(page: Page): Promise<void> {
  await adminLogin(page, 'bientap.khcn@hatinh.gov.vn')
  const found = await (await page.request.get(`/api/information-requests?where[code][equals]=${code}&depth=0`, sameOrigin(page))).json()
  expect(found.docs[0].identityNumber).toBe(ID_NUMBER) // the receiving agency reads the identity
  await page.goto(`/admin/collections/information-requests/${found.docs[0].id}`)
}

async function step(page: Page, button: string, fill: Record<string, string>, next: string) {
  await page.getByRole('button', { name: button, exact: true }).click()
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label).fill(value)
  await page.getByRole('button', { name: button, exact: true }).click()
  // The page reloads with the new state: the step just taken is no longer offered.
  await expect(page.getByRole('button', { name: button, exact: true })).toHaveCount(0, { timeout: 20_000 })
  await expect(page.getByRole('button', { name: next, exact: true })).toBeVisible({ timeout: 20_000 })
}

test('the agency records the deadline notice and an extension with the named buttons', async ({ page }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!code, 'needs the request filed above')
  await openRequest(page)
  await step(page, 'Thông báo thời hạn', { 'Thời hạn giải quyết (số ngày làm việc, tối đa theo luật)': '15' }, 'Gia hạn')
  await step(page, 'Gia hạn', { 'Số ngày làm việc gia hạn (tối đa theo luật)': '10', 'Ghi chú (người yêu cầu sẽ thấy)': 'Cần tổng hợp từ hai phòng chuyên môn' }, 'Cung cấp')
})

test('the citizen follows the request by its private link: the extension and the new due date', async ({ browser }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!followUrl, 'needs the request filed above')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(followUrl)
  await expect(page.locator('#follow-result')).toContainText(code)
  await expect(page.locator('dd[data-state]')).toHaveText('Đã gia hạn')
  await expect(page.locator('[data-step="extend"]')).toContainText('Cần tổng hợp từ hai phòng chuyên môn')
  await expect(page.locator('dt', { hasText: 'Hạn xử lý' })).toBeVisible()
  // A wrong secret gets the one answer for every failure.
  await page.goto(followUrl.replace(/t=[0-9a-f]{4}/, 't=0000'))
  await expect(page.getByRole('alert')).toHaveText('Không tìm thấy yêu cầu với mã này. Kiểm tra lại mã và đường dẫn theo dõi.')
  await context.close()
})

test('the agency provides the information and publishes it as a disclosure with one action', async ({ page }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!code, 'needs the request filed above')
  await openRequest(page)
  await page.getByRole('button', { name: 'Cung cấp', exact: true }).click()
  await page.getByLabel('Ghi chú (người yêu cầu sẽ thấy)').fill('Đã gửi danh sách qua thư điện tử')
  await page.getByRole('button', { name: 'Cung cấp', exact: true }).click()
  const publish = page.getByRole('button', { name: 'Công bố thành thông tin công khai' })
  const opened = page.getByRole('link', { name: 'Mở tin công khai đã tạo từ yêu cầu này' })
  await expect(publish).toBeVisible({ timeout: 20_000 })
  // The page has just reloaded: a click that lands before the admin has hydrated does nothing, so
  // click again until the link appears (the server refuses a second publish of the same request).
  await expect(async () => {
    if (await publish.isVisible()) await publish.click()
    await expect(opened).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 40_000 })
})

test('the citizen sees the answer; the register shows the request without the requester’s name, ID or contact', async ({ browser }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!followUrl, 'needs the request filed above')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(followUrl)
  await expect(page.locator('dd[data-state]')).toHaveText('Đã cung cấp thông tin')
  await expect(page.locator('[data-step="provide"]')).toContainText('Đã gửi danh sách qua thư điện tử')
  const register = `/vi/co-quan/${AGENCY}/yeu-cau-thong-tin`
  await expect(async () => {
    await page.goto(register)
    await expect(page.locator('tr', { hasText: INFORMATION.slice(0, 40) })).toContainText('Đã cung cấp thông tin', { timeout: 2000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.locator('tr', { hasText: INFORMATION.slice(0, 40) }).locator('[data-timeliness]')).toHaveText('Đúng hạn')
  const html = await page.content()
  for (const secret of [NAME, ID_NUMBER, EMAIL, 'Phường Thành Sen, tỉnh Hà Tĩnh', 'Tìm hiểu để đăng ký đề tài']) expect(html).not.toContain(secret)
  await context.close()
})

// axe runs inside the page (expectAccessible re-opens a no-JS page with scripts to run it).
test('the form, its refusal, the register and the follow page pass the WCAG 2.2 AA checks', async ({ page }) => {
  await page.goto(`/vi/co-quan/${AGENCY}/yeu-cau-thong-tin/gui`)
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click()
  // The error summary (Next's route announcer is a second, empty role="alert").
  await expect(page.locator('#ir-errors')).toBeVisible()
  await expectAccessible(page)
  await page.goto('/en/agencies/so-nong-nghiep-va-moi-truong/information-requests')
  await expect(page.locator('tbody tr')).toHaveCount(2)
  await expectAccessible(page)
  if (followUrl) {
    await page.goto(followUrl)
    await expectAccessible(page)
  }
})
