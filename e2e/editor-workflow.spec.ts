import { expect, test, type Page } from '@playwright/test'
import { BASE_URL } from '../playwright.config'
import { adminLogin, expectAccessible } from './helpers'

/**
 * The editorial workflow in the admin: an editor of the Department of Science and Technology
 * drafts and submits; an editor of another department cannot see the draft; a publisher of the
 * same department publishes; the item appears on the department site and the provincial list.
 */
test.use({ locale: 'en-US' })
test.describe.configure({ mode: 'serial' })

const TITLE = `Hội thảo đổi mới sáng tạo ${Date.now()}`
let adminUrl = ''

const login = (page: Page, email: string) => adminLogin(page, email)

/** The latest version of the test item as the signed-in user may read it (null when they may not). */
async function latest(page: Page) {
  // Payload accepts the session cookie only with an Origin it trusts (its CSRF check).
  const res = await page.request.get(`/api/news${adminUrl.slice(adminUrl.lastIndexOf('/'))}?draft=true&locale=vi&depth=0`, { headers: { Origin: BASE_URL } })
  if (!res.ok()) return null
  return (await res.json()) as { id: number; title?: string | null; workflowState?: string; _status?: string }
}

test('an editor drafts a news item and submits it for review', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'bientap.khcn@hatinh.gov.vn')
  // The editorial panel is on the dashboard.
  await expect(page.getByRole('heading', { name: 'Editorial work' })).toBeVisible()
  await page.goto('/admin/collections/news/create')
  // "Create new" asks for the title first and stores nothing until the draft is created.
  await expect(async () => {
    await page.locator('#new-item-title').fill(TITLE)
    await expect(page.locator('#new-item-title')).toHaveValue(TITLE, { timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await page.getByRole('button', { name: /create draft|tạo bản nháp/i }).click()
  // The draft exists now; the edit view (with autosave) opens at its URL.
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 30_000 })
  adminUrl = new URL(page.url()).pathname
  // The editor gets "Submit for review", never Publish; the state field is a read-only display.
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)
  await page.getByRole('button', { name: /submit for review|gửi duyệt/i }).click()
  await expect(page.getByText(/sent to 1 reviewer|đã gửi cho 1 người duyệt/i)).toBeVisible({ timeout: 20_000 })
  await expect
    .poll(
      async () => {
        const d = await latest(page)
        return d && [d.title, d.workflowState]
      },
      { timeout: 20_000 },
    )
    .toEqual([TITLE, 'submitted'])
  expect((await latest(page))?._status).toBe('draft')
})

test('an editor of another department cannot see the draft', async ({ page }) => {
  await login(page, 'bientap.stc@hatinh.gov.vn')
  await page.goto('/admin/collections/news')
  await expect(page.getByRole('heading', { name: /news|tin tức/i }).first()).toBeVisible()
  await expect(page.getByText(TITLE)).toHaveCount(0)
  expect(await latest(page)).toBeNull()
  await page.goto(adminUrl)
  await expect(page.getByText(TITLE)).toHaveCount(0)
})

test('the publisher sees it awaiting review and publishes it', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, 'duyet.khcn@hatinh.gov.vn')
  const review = page.getByRole('region', { name: 'Awaiting my review' })
  await expect(review.getByRole('link', { name: TITLE })).toBeVisible()
  await review.getByRole('link', { name: TITLE }).click()
  await expect(page).toHaveURL(new RegExp(`${adminUrl}$`))
  await page.getByRole('button', { name: /publish changes|xuất bản/i }).click()
  await expect.poll(async () => (await latest(page))?._status, { timeout: 20_000 }).toBe('published')
  expect((await latest(page))?.workflowState).toBe('published')
})

test('the item is on the department site and on the provincial list', async ({ page }) => {
  await page.goto('/vi/co-quan/so-khoa-hoc-va-cong-nghe/tin-tuc')
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  await expectAccessible(page)
  await page.goto('/vi/tin-tuc')
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  await page.getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
})
