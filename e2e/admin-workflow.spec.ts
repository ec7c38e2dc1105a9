import { expect, test, type Page } from '@playwright/test'
import { BASE_URL } from '../playwright.config'
import { adminLogin } from './helpers'

/**
 * The review workflow through the real admin UI, browsed on a host that is not
 * PUBLIC_URL (PUBLIC_URL is http://127.0.0.1:PORT, this spec browses http://localhost:PORT):
 * opening "Create new" and leaving stores nothing; an editor creates a news item and submits;
 * the publisher returns it with a comment; the editor sees the comment, fixes and resubmits;
 * the publisher publishes. No request leaves the portal's own origin.
 */
const HOST = BASE_URL.replace('127.0.0.1', 'localhost')
test.use({ baseURL: HOST, locale: 'vi-VN' })
test.describe.configure({ mode: 'serial' })

const TITLE = `Thông báo tuyển dụng viên chức ${Date.now()}`
const COMMENT = 'Bổ sung hạn nộp hồ sơ và địa chỉ nhận.'
let adminUrl = ''
const foreign: string[] = []

test.beforeEach(async ({ page }) => {
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (!['http:', 'https:'].includes(url.protocol)) return
    if (url.origin !== HOST) foreign.push(req.url())
  })
  // Any external host is unreachable: the admin must not need one.
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort())
})
test.afterAll(() => {
  expect(foreign).toEqual([])
})

const login = (page: Page, email: string) => adminLogin(page, email)

/** The latest version of the item, read with the browser's session on this host. */
async function latest(page: Page) {
  const id = adminUrl.slice(adminUrl.lastIndexOf('/') + 1)
  const res = await page.request.get(`/api/news/${id}?draft=true&locale=vi&depth=0`, { headers: { Origin: HOST } })
  if (!res.ok()) return null
  return (await res.json()) as { title?: string; workflowState?: string; _status?: string; review?: { comment?: string | null } }
}

async function newsCount(page: Page): Promise<number> {
  const res = await page.request.get('/api/news?draft=true&limit=1&depth=0', { headers: { Origin: HOST } })
  expect(res.ok()).toBe(true)
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

test('opening "Create new" and leaving stores nothing', async ({ page }) => {
  await login(page, 'bientap.khcn@hatinh.gov.vn')
  const before = await newsCount(page)
  await page.goto('/admin/collections/news/create')
  await expect(page.getByRole('heading', { name: 'Bài viết mới' })).toBeVisible()
  await page.waitForTimeout(3000) // longer than the autosave interval
  await page.goto('/admin')
  expect(await newsCount(page)).toBe(before)
})

test('an editor creates a news item and submits it', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'bientap.khcn@hatinh.gov.vn')
  await page.goto('/admin/collections/news/create')
  await expect(async () => {
    await page.locator('#new-item-title').fill(TITLE)
    await expect(page.locator('#new-item-title')).toHaveValue(TITLE, { timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 30_000 })
  adminUrl = new URL(page.url()).pathname
  // An editor sees "Gửi duyệt", never "Xuất bản" or "Trả lại".
  await expect(page.getByRole('button', { name: /xuất bản/i })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Trả lại' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Gửi duyệt' }).click()
  await expect(page.getByText(/Đã gửi cho 1 người duyệt/)).toBeVisible({ timeout: 20_000 })
  await expect.poll(async () => (await latest(page))?.workflowState, { timeout: 20_000 }).toBe('submitted')
})

test('the publisher returns it with a comment', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'duyet.khcn@hatinh.gov.vn')
  await page.goto(adminUrl)
  await page.getByRole('button', { name: 'Trả lại' }).click()
  await page.locator('#workflow-return-comment').fill(COMMENT)
  await page.locator('.confirmation-modal').getByRole('button', { name: 'Trả lại' }).click()
  await expect.poll(async () => (await latest(page))?.workflowState, { timeout: 20_000 }).toBe('draft')
  expect((await latest(page))?.review?.comment).toBe(COMMENT)
})

test('the editor sees the comment, fixes the item and resubmits', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'bientap.khcn@hatinh.gov.vn')
  await page.goto(adminUrl)
  await expect(page.locator('#review-notice')).toContainText(COMMENT)
  await page.getByRole('button', { name: 'Gửi duyệt' }).click()
  await expect(page.getByText(/Đã gửi cho 1 người duyệt/)).toBeVisible({ timeout: 20_000 })
  await expect.poll(async () => (await latest(page))?.workflowState, { timeout: 20_000 }).toBe('submitted')
})

test('the publisher publishes it', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'duyet.khcn@hatinh.gov.vn')
  await page.goto(adminUrl)
  await page.getByRole('button', { name: /xuất bản|publish/i }).first().click()
  await expect.poll(async () => (await latest(page))?._status, { timeout: 20_000 }).toBe('published')
  expect((await latest(page))?.workflowState).toBe('published')
})

test('a finance editor reads the budget table as a grid; a wrong total is red and named in a banner', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'bientap.stc@hatinh.gov.vn')
  const found = await page.request.get('/api/budget-disclosures?where[slug][equals]=du-toan-2017-co-cau-kinh-phi-minh-bach&draft=true&depth=0&locale=vi', { headers: { Origin: HOST } })
  expect(found.ok()).toBe(true)
  const doc = ((await found.json()) as { docs: { id: number; table: { rows: { values: (number | null)[] }[]; checks: { type: string; target?: number }[] } }[] }).docs[0]!
  const original = doc.table
  const rowCheck = original.checks.findIndex((c) => c.type === 'row-sum')
  expect(rowCheck, 'the seeded table declares a row total').toBeGreaterThanOrEqual(0)
  const wrong = structuredClone(original)
  const target = wrong.rows[wrong.checks[rowCheck]!.target!]!
  target.values[0] = (target.values[0] ?? 0) + 1000
  const save = (table: unknown) => page.request.patch(`/api/budget-disclosures/${doc.id}?draft=true&locale=vi`, { data: { table }, headers: { Origin: HOST } })
  expect((await save(wrong)).ok()).toBe(true)
  await page.goto(`/admin/collections/budget-disclosures/${doc.id}`)
  await expect(page.locator('#budget-totals-banner')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('#budget-totals-banner')).toContainText('không khớp')
  await expect(page.locator('[data-mismatch="true"]').first()).toBeVisible()
  await expect(page.locator('.monaco-editor')).toHaveCount(0)
  expect((await save(original)).ok()).toBe(true)
  await page.reload()
  await expect(page.locator('#budget-totals-ok')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-mismatch="true"]')).toHaveCount(0)
})
