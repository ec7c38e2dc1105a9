import { expect, test, type APIResponse, type Page } from '@playwright/test'
import { adminLogin, expectAccessible } from './helpers'

/**
 * Businesses ask – government answers, end to end on the production build. The visitor's side runs
 * with JavaScript OFF (plain form posts); the staff use the admin (the coordinator clicks the named
 * case buttons; the agency's answer is written and published through the REST API with the
 * editor's and the publisher's own sessions, the same calls the admin's editor makes).
 */
const EMAIL = `doanh.nghiep.${Date.now()}@example.vn`
const TITLE = `Thủ tục thuê đất khu công nghiệp Gia Lách ${Date.now() % 100000}`

test.describe.configure({ mode: 'serial' })
// Staff work in the admin in Vietnamese (its language follows the browser's).
test.use({ locale: 'vi-VN' })
// The shared 2-core machine runs eight builds at once: axe alone took over a minute on one page.
test.setTimeout(180_000)

let code = ''

test('a business asks without JavaScript: a bad registration number is refused with everything kept, then the corrected question gets a code', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/vi/hoi-dap/gui-cau-hoi')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await page.getByLabel('Doanh nghiệp', { exact: true }).check()
  await page.getByLabel('Họ và tên').fill('Võ Thị Hạnh')
  await page.getByLabel(/Tên doanh nghiệp/).fill('Công ty TNHH Gia Lách Logistics')
  await page.getByLabel(/Mã số doanh nghiệp/).fill('30012')
  await page.getByLabel('Thư điện tử').fill(EMAIL)
  await page.getByLabel(/Lĩnh vực/).selectOption('land')
  await page.getByLabel(/Tiêu đề câu hỏi/).fill(TITLE)
  await page.getByLabel(/Nội dung câu hỏi/).fill('Doanh nghiệp cần hồ sơ gì để thuê đất trong khu công nghiệp?')
  // Published with the business's name (never the person's or the contact) only with this consent.
  await page.getByLabel(/Tôi đồng ý công khai/).check()
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  await expect(page.getByRole('alert')).toContainText('Mã số doanh nghiệp gồm 10 chữ số')
  // Nothing typed is lost.
  await expect(page.getByLabel(/Tiêu đề câu hỏi/)).toHaveValue(TITLE)
  await expect(page.getByLabel('Thư điện tử')).toHaveValue(EMAIL)
  await expect(page.getByLabel(/Mã số doanh nghiệp/)).toHaveValue('30012')
  await expect(page.getByLabel('Doanh nghiệp', { exact: true })).toBeChecked()
  await expect(page.getByLabel(/Tôi đồng ý công khai/)).toBeChecked()
  await page.getByLabel(/Mã số doanh nghiệp/).fill('3001234567-001')
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  await expect(page).toHaveURL(/\/vi\/hoi-dap\/da-gui\?code=HD-/)
  code = (await page.locator('.tracking-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^HD-\d{4}-[2-9A-HJKMNP-Z]{6}$/)
  await context.close()
})

/** The admin's login cookie is honoured from the portal's own origin only (as the admin's own calls send it). */
const sameOrigin = (page: Page) => ({ headers: { origin: new URL(page.url()).origin } })

test('the coordinator accepts the question and assigns it to an agency with the named buttons', async ({ page }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!code, 'needs the question asked above')
  await adminLogin(page, 'admin@hatinh.gov.vn')
  const found = await (await page.request.get(`/api/questions?where[code][equals]=${code}&depth=0`, sameOrigin(page))).json()
  const id = found.docs[0].id
  expect(found.docs[0].email).toBe(EMAIL) // the coordinator reads the contact
  await page.goto(`/admin/collections/questions/${id}`)
  // The buttons sit in the case panel (the sidebar also shows the read-only "Cơ quan trả lời" field).
  const actions = page.locator('.case-actions')
  const accept = actions.getByRole('button', { name: 'Tiếp nhận', exact: true })
  const assign = actions.getByRole('button', { name: 'Chuyển cơ quan', exact: true })
  const agency = actions.getByLabel('Cơ quan trả lời')
  // Each step reloads the page: a click that lands before the admin has hydrated does nothing, so
  // click again until the next step shows (the server refuses a second accept of the same question).
  await expect(async () => {
    if (await accept.isVisible()) await accept.click({ timeout: 5_000 })
    await expect(assign).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await expect(accept).toHaveCount(0)
  // "Chuyển cơ quan" first opens the step's form (agency, note), then sends it.
  await expect(async () => {
    if (!(await agency.isVisible())) await assign.click({ timeout: 5_000 })
    await expect(agency).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await agency.selectOption({ label: 'Sở Khoa học và Công nghệ' })
  await assign.click()
  await expect(actions.getByRole('button', { name: 'Chuyển cơ quan khác', exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(assign).toHaveCount(0)
})

/** The unfiltered archive as an anonymous visitor gets it (no query string: the cached page, not its `~filtered` twin). */
const ARCHIVE = '/vi/hoi-dap'
const fromCache = (res: APIResponse) => res.headers()['x-nextjs-cache'] ?? 'none'

test('the agency’s editor drafts the answer, its publisher publishes it', async ({ page, request }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!code, 'needs the question asked above')
  // Before the answer is published, the archive is a cached page (ISR) that does not list it yet:
  // the last test checks that publishing expired it.
  await expect(async () => {
    const res = await request.get(ARCHIVE, { maxRedirects: 0 })
    expect(res.status()).toBe(200)
    expect(fromCache(res)).toMatch(/^(HIT|STALE)$/)
    expect(res.headers()['cache-control'] ?? '').not.toContain('no-store')
    expect(await res.text()).not.toContain(TITLE)
  }).toPass({ timeout: 60_000 })
  await adminLogin(page, 'bientap.khcn@hatinh.gov.vn')
  const list = await (await page.request.get(`/api/question-answers?where[code][equals]=${code}&draft=true&depth=0`, sameOrigin(page))).json()
  const answerId = list.docs[0].id
  const answer = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [{ type: 'text', version: 1, text: 'Hồ sơ thuê đất nộp tại Ban Quản lý Khu kinh tế tỉnh.', format: 0, detail: 0, mode: 'normal', style: '' }] }] } }
  const drafted = await page.request.patch(`/api/question-answers/${answerId}?draft=true&locale=vi`, { data: { answer, workflowState: 'submitted' }, ...sameOrigin(page) })
  expect(drafted.status()).toBe(200)
  await adminLogin(page, 'duyet.khcn@hatinh.gov.vn')
  const published = await page.request.patch(`/api/question-answers/${answerId}?locale=vi`, { data: { _status: 'published' }, ...sameOrigin(page) })
  expect(published.status()).toBe(200)
})

test('the answer is in the archive and in search, and the asker’s e-mail is nowhere in the pages', async ({ browser }) => {
  // The journeys of this file run in order on one record: skipped only when the first one failed to create it.
  test.skip(!code, 'needs the question asked above')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  // The cached archive (primed before the publish) was expired by it: the answer is listed, and
  // the page is served from the cache again afterwards.
  await expect(async () => {
    await page.goto(ARCHIVE)
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 60_000 })
  expect(await page.content()).not.toContain(EMAIL)
  await expect(async () => {
    const res = await page.request.get(ARCHIVE, { maxRedirects: 0 })
    expect(fromCache(res)).toMatch(/^(HIT|STALE)$/)
    expect(await res.text()).toContain(TITLE)
  }).toPass({ timeout: 60_000 })
  // The filtered variant (rendered per request from tagged reads) lists it too.
  await expect(async () => {
    await page.goto('/vi/hoi-dap?field=land')
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 60_000 })
  expect(await page.content()).not.toContain(EMAIL)
  await page.getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.getByText('Công ty TNHH Gia Lách Logistics')).toBeVisible()
  await expect(page.getByText('Hồ sơ thuê đất nộp tại Ban Quản lý Khu kinh tế tỉnh.')).toBeVisible()
  const html = await page.content()
  expect(html).not.toContain(EMAIL)
  expect(html).not.toContain('Võ Thị Hạnh')
  expect(html).not.toContain('3001234567')
  // Typed without diacritics.
  await expect(async () => {
    await page.goto('/vi/tim-kiem?q=thu+tuc+thue+dat+gia+lach')
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 60_000 })
  expect(await page.content()).not.toContain(EMAIL)
  const rss = await page.request.get('/vi/hoi-dap/rss.xml?field=land')
  expect(rss.status()).toBe(200)
  const xml = await rss.text()
  expect(xml).toContain(TITLE)
  expect(xml).not.toContain(EMAIL)
  // The English archive lists it with the "Vietnamese only" notice.
  await page.goto('/en/questions?field=land')
  await expect(page.getByText('This answer is available in Vietnamese only.').first()).toBeVisible()
  await context.close()
})

// axe runs inside the page, so these checks need JavaScript (the journeys above run without it).
test('the ask form, the archive and an answer pass the WCAG 2.2 AA checks', async ({ page }) => {
  await page.goto('/vi/hoi-dap/gui-cau-hoi')
  await expectAccessible(page)
  await page.goto('/vi/hoi-dap')
  await expectAccessible(page)
  await page.goto('/en/questions/hd-2026-demqa2')
  await expectAccessible(page)
})
