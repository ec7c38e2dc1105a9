import { expect, test } from '@playwright/test'
import { expectAccessible, headLinks } from './helpers'

const FOUNDING = '/vi/van-ban/22-2016-nq-hdnd'

test.describe('a citizen searching the portal', () => {
  test('types "nghi quyet 22 2016" without accents and gets the founding resolution first', async ({ page }) => {
    await page.goto('/vi/tim-kiem')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm')
    const links = await headLinks(page)
    expect(links.alternates.en).toMatch(/\/en\/search$/)
    await expectAccessible(page)

    const form = page.getByRole('search', { name: 'Tìm kiếm' })
    await form.getByRole('combobox', { name: 'Từ khóa' }).fill('nghi quyet 22 2016')
    await form.getByRole('button', { name: 'Tìm', exact: true }).click()
    await expect(page).toHaveURL(/\/vi\/tim-kiem\?q=nghi\+quyet\+22\+2016/)

    const results = page.getByRole('region', { name: 'Kết quả' })
    await expect(results.getByRole('status')).toContainText('kết quả cho “nghi quyet 22 2016”')
    const first = results.locator('.search-hits > li').first()
    await expect(first.getByRole('link')).toHaveAttribute('href', FOUNDING)
    // Matched words highlighted, section, number, agency and date shown.
    await expect(first.locator('mark').first()).toHaveText(/Nghị quyết/)
    await expect(first).toContainText('Văn bản')
    await expect(first).toContainText('22/2016/NQ-HĐND')
    await expect(first).toContainText('24/09/2016')
    // Counts per section link to the filtered results.
    await expect(results.getByRole('navigation', { name: 'Số kết quả theo chuyên mục' }).getByRole('link', { name: /^Văn bản \(\d+\)$/ })).toBeVisible()
    await expectAccessible(page)

    await first.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`${FOUNDING}$`))
  })

  test('finds a document by its number typed in any spacing and case', async ({ page }) => {
    for (const q of ['22/2016/nq-hdnd', '22 2016 NQ HDND']) {
      await page.goto(`/vi/tim-kiem?q=${encodeURIComponent(q)}`)
      await expect(page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first().getByRole('link')).toHaveAttribute('href', FOUNDING)
    }
  })

  test('English search finds translated items in English', async ({ page }) => {
    await page.goto('/en/search?q=transparency+information+technology')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    const results = page.getByRole('region', { name: 'Results' })
    const hit = results.getByRole('link', { name: /Resolution on policies to promote information technology/ })
    await expect(hit).toHaveAttribute('href', '/en/legal-documents/22-2016-nq-hdnd')
    await expect(results.locator('mark').first()).toBeVisible()
    await expectAccessible(page)
    // Vietnamese-only wording finds nothing in the English edition.
    await page.goto('/en/search?q=nghi+quyet+quy+dinh+mot+so+chinh+sach')
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toContainText('0 results')
  })

  test('filters live in the URL; an empty result suggests a spelling that exists', async ({ page }) => {
    await page.goto('/vi/tim-kiem?q=cong+nghe+thong+tin')
    await page.getByLabel('Chuyên mục', { exact: true }).selectOption('legal-documents')
    await page.getByLabel('Loại văn bản', { exact: true }).selectOption('resolution')
    await page.getByLabel('Năm', { exact: true }).selectOption('2016')
    await page.getByRole('button', { name: 'Áp dụng' }).click()
    await expect(page).toHaveURL(/section=legal-documents/)
    await expect(page).toHaveURL(/type=resolution/)
    await expect(page).toHaveURL(/year=2016/)
    const items = page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li')
    await expect(items.first().getByRole('link')).toHaveAttribute('href', FOUNDING)
    await expect(page.getByRole('link', { name: 'Bỏ lọc' })).toBeVisible()

    await page.goto('/vi/tim-kiem?q=minh+bachh')
    const empty = page.locator('.search-empty')
    await expect(empty).toContainText('Không tìm thấy kết quả nào')
    const suggestion = empty.getByRole('link').first()
    await expect(suggestion).toBeVisible()
    await suggestion.click()
    await expect(page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first()).toBeVisible()
    await expectAccessible(page)
  })

  test('suggests titles as the visitor types (JSON endpoint, limited and cacheable)', async ({ page, request }) => {
    const res = await request.get('/vi/tim-kiem/suggest?q=nghi%20quyet%20quy')
    expect(res.status()).toBe(200)
    expect(res.headers()['cache-control']).toContain('max-age=60')
    const body = (await res.json()) as { suggestions: string[] }
    expect(body.suggestions.some((s) => s.startsWith('Nghị quyết quy định'))).toBe(true)
    expect((await request.get(`/vi/tim-kiem/suggest?q=${'a'.repeat(300)}`)).status()).toBe(400)

    await page.goto('/vi/tim-kiem')
    const box = page.getByRole('combobox', { name: 'Từ khóa' })
    await box.pressSequentially('nghi quyet quy', { delay: 30 })
    const list = page.getByRole('listbox', { name: 'Gợi ý' })
    await expect(list.getByRole('option').first()).toBeVisible()
    await expect(box).toHaveAttribute('aria-expanded', 'true')
    await box.press('ArrowDown')
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/vi\/tim-kiem\?q=Ngh/)
    await expect(page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first()).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header search box and the search page work as plain forms', async ({ page }) => {
    await page.goto('/vi')
    const header = page.getByRole('search', { name: 'Tìm trên Cổng' })
    await header.getByRole('searchbox').fill('nghị quyết 22 2016')
    await header.getByRole('button', { name: 'Tìm' }).click()
    await expect(page).toHaveURL(/\/vi\/tim-kiem\?q=/)
    await expect(page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first().getByRole('link')).toHaveAttribute('href', FOUNDING)
    // The page's own form, filters included, is a plain GET form too (axe needs JavaScript: it runs in the tests above).
    await page.getByLabel('Chuyên mục', { exact: true }).selectOption('legal-documents')
    await page.getByRole('button', { name: 'Áp dụng' }).click()
    await expect(page).toHaveURL(/section=legal-documents/)
    await expect(page.getByRole('region', { name: 'Kết quả' }).locator('.search-hits > li').first().getByRole('link')).toHaveAttribute('href', FOUNDING)
  })
})
