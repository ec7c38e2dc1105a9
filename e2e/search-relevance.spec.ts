import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers'

const MASTER_PLAN_VI = '/vi/van-ban/1363-qd-ttg'
const MASTER_PLAN_EN = '/en/legal-documents/1363-qd-ttg'

test.describe('search that understands issuers', () => {
  test('on /vi/tim-kiem an issuer + topic typed without accents puts the document first, labelled with its issuer', async ({ page }) => {
    await page.goto('/vi/tim-kiem?q=' + encodeURIComponent('thu tuong quy hoach tinh ha tinh'))
    const first = page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first()
    await expect(first.getByRole('link')).toHaveAttribute('href', MASTER_PLAN_VI)
    // The Prime Minister's decision shows the Prime Minister, not the agency that owns the record.
    await expect(first).toContainText('Thủ tướng Chính phủ')
    await expect(first.locator('mark').first()).toHaveText(/Quy hoạch tỉnh Hà Tĩnh/)
    await expectAccessible(page)
  })

  test('abbreviations people type find the same document', async ({ page }) => {
    for (const q of ['ttg quy hoach tinh ha tinh', 'qd ttg quy hoach tinh']) {
      await page.goto('/vi/tim-kiem?q=' + encodeURIComponent(q))
      await expect(page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first().getByRole('link')).toHaveAttribute('href', MASTER_PLAN_VI)
    }
  })

  test('on /en/search an English issuer name puts the document first', async ({ page }) => {
    await page.goto('/en/search?q=' + encodeURIComponent('Prime Minister master plan'))
    const first = page.getByRole('region', { name: 'Results' }).locator('.search-hits > li').first()
    await expect(first.getByRole('link')).toHaveAttribute('href', MASTER_PLAN_EN)
    await expect(first).toContainText('Prime Minister')
    await expectAccessible(page)
  })
})
