import { expect, test } from '@playwright/test'
import { DEMO_PASSWORD } from './helpers'

test.describe('an editor', () => {
  test('logs in to /admin', async ({ page }) => {
    await page.goto('/admin')
    // Logged out, /admin streams a redirect to the login view: assert the URL, not the status.
    await expect(page).toHaveURL(/\/admin\/login/)
    await page.getByLabel(/email/i).fill('admin@hatinh.gov.vn')
    await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /đăng nhập|login/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await expect(page.getByRole('link', { name: /Tin tức|News/ }).first()).toBeVisible()
  })
})
