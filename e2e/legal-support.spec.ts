import { expect, test } from '@playwright/test'
import { expectAccessible, headLinks } from './helpers'

/**
 * Legal support for businesses (issue 15 §2), with JavaScript OFF: the section page filtered by
 * field, a guide, the legal document it explains and the document's link back to the guide; the
 * English page and the consultants' directory. Demo content: src/seed/legalSupport.ts.
 */
const GUIDE = 'Doanh nghiệp yêu cầu cơ quan nhà nước cung cấp thông tin: quyền và cách thực hiện'

// The shared 2-core machine runs several builds at once: axe alone can take a minute on one page.
test.setTimeout(180_000)

test('list → guide → the legal document it explains shows the guide back (no JavaScript)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/vi/ho-tro-phap-ly')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỗ trợ pháp lý cho doanh nghiệp')
  const head = await headLinks(page)
  expect(head.canonical).toMatch(/\/vi\/ho-tro-phap-ly$/)
  expect(head.alternates.en).toMatch(/\/en\/legal-support$/)
  // The resolution cited by two guides and an answer is the document asked about most.
  await expect(page.locator('section[aria-labelledby="most-asked"] li').first()).toContainText('22/2016/NQ-HĐND')
  await expectAccessible(page)

  // The field filter is a plain GET form.
  await page.getByLabel('Lĩnh vực', { exact: true }).selectOption('administration')
  await page.locator('form.filters button[type="submit"]').click()
  await expect(page).toHaveURL(/\/vi\/ho-tro-phap-ly\?field=administration#results$/)
  const guides = page.locator('section[aria-labelledby="guides"]')
  await expect(guides.getByRole('heading', { level: 3 })).toHaveText([GUIDE])

  await guides.getByRole('link', { name: GUIDE }).click()
  await expect(page).toHaveURL(/\/vi\/ho-tro-phap-ly\/doanh-nghiep-yeu-cau-cung-cap-thong-tin$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GUIDE)
  const breadcrumb = page.getByRole('navigation', { name: 'Đường dẫn' })
  await expect(breadcrumb.getByRole('link', { name: 'Hỗ trợ pháp lý' })).toHaveAttribute('href', '/vi/ho-tro-phap-ly')
  await expect(page.locator('.article__meta')).toContainText('Sở Tư pháp')
  await expectAccessible(page)

  const explained = page.locator('section[aria-labelledby="guide-documents"]')
  await expect(explained.getByRole('link')).toHaveText(['12/2017/QĐ-UBND', '22/2016/NQ-HĐND', '80/2015/QH13'])
  await explained.getByRole('link', { name: '12/2017/QĐ-UBND' }).click()
  await expect(page).toHaveURL(/\/vi\/van-ban\/12-2017-qd-ubnd$/)
  const back = page.locator('section[aria-labelledby="related-guides"]')
  await expect(back.getByRole('heading', { name: 'Hướng dẫn liên quan' })).toBeVisible()
  await expect(back.getByRole('link', { name: GUIDE })).toHaveAttribute('href', '/vi/ho-tro-phap-ly/doanh-nghiep-yeu-cau-cung-cap-thong-tin')
  await context.close()
})

test('the English section and the consultants directory by field (no JavaScript)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en/legal-support')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal support for businesses')
  expect((await headLinks(page)).alternates.vi).toMatch(/\/vi\/ho-tro-phap-ly$/)
  const guides = page.locator('section[aria-labelledby="guides"]')
  await expect(guides.getByRole('link', { name: 'Businesses requesting information from state agencies: rights and how to ask' })).toBeVisible()
  // A guide without an English edition is shown in Vietnamese, marked as such.
  const untranslated = guides.locator('li', { hasText: 'Lưu ý pháp lý khi điều chỉnh dự án đầu tư trong Khu kinh tế Vũng Áng' })
  await expect(untranslated.locator('[lang="vi"]').first()).toBeVisible()
  await expect(untranslated).toContainText('Vietnamese only')
  await expectAccessible(page)

  await page.getByRole('link', { name: 'Network of legal consultants' }).click()
  await expect(page).toHaveURL(/\/en\/legal-support\/consultants$/)
  const names = page.locator('.card-list .card__title')
  await expect(names).toHaveCount(4)
  await page.getByLabel('Field', { exact: true }).selectOption('investment')
  await page.locator('form.filters button[type="submit"]').click()
  await expect(page).toHaveURL(/\/en\/legal-support\/consultants\?field=investment#results$/)
  await expect(names).toHaveText(['Phan Minh Đức', 'Trần Quốc Bảo'])
  await expect(page.getByRole('link', { name: 'tuvan.honglam@example.vn' })).toHaveAttribute('href', 'mailto:tuvan.honglam@example.vn')
  await expectAccessible(page)
  await context.close()
})
