import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, headLinks } from './helpers'

/** Minimal RFC 4180 line split (the exported CSV quotes fields with commas). */
function csvFields(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

async function totalRowOnPage(page: Page): Promise<number[]> {
  const cells = page.locator('.budget-table tr.budget-table__total td.num')
  return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value') ?? ''))).map(Number)
}

test.describe('a citizen looking for budget data', () => {
  test('filters by year, opens the 2018 estimate, sees table and chart, downloads CSV whose totals equal the page', async ({ page }) => {
    await page.goto('/vi/ngan-sach')
    await expect(page.getByRole('heading', { level: 1, name: 'Công khai ngân sách' })).toBeVisible()
    await expectAccessible(page)
    const links = await headLinks(page)
    expect(links.alternates.en).toMatch(/\/en\/budget$/)

    // The filter is a plain GET form: it works without JavaScript and lands in the query string.
    await page.getByLabel('Năm ngân sách').selectOption('2018')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page).toHaveURL(/\/vi\/ngan-sach\?year=2018/)
    const items = page.locator('.record-list__item')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('Công khai đúng hạn')

    await items.first().getByRole('link').click()
    await expect(page).toHaveURL(/\/vi\/ngan-sach\/du-toan-2018-/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Dự toán năm 2018')
    await expect(page.locator('.budget-table caption')).toContainText('đơn vị tính: triệu đồng')
    await expect(page.locator('.budget-table th[scope="col"]').first()).toBeVisible()
    // Numbers formatted the Vietnamese way.
    await expect(page.locator('.budget-table tr.budget-table__total')).toContainText('4.470')
    const chart = page.locator('figure.budget-chart svg[role="img"]')
    await expect(chart).toBeVisible()
    await expect(chart.locator('rect')).toHaveCount(4)
    await expect(chart.locator('desc')).toContainText('2.970')
    await expectAccessible(page)

    const pageTotals = await totalRowOnPage(page)
    expect(pageTotals).toEqual([4470, 700, 1210, 1360, 1200])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSV/ }).click()])
    expect(download.suggestedFilename()).toMatch(/^du-toan-2018-.*\.csv$/)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM for spreadsheet programs
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/).map(csvFields)
    expect(lines[0]).toContain('Năm 2018 (triệu đồng)')
    const total = lines.find((l) => l[1] === 'Tổng')!
    expect(total.slice(2).map(Number)).toEqual(pageTotals)
    // Every item row sums to the total row, in the file too.
    const items_ = lines.slice(1).filter((l) => l[1] !== 'Tổng')
    expect(pageTotals.map((_, c) => items_.reduce((s, l) => s + Number(l[c + 2]), 0))).toEqual(pageTotals)
  })

  test('the JSON download and the English edition', async ({ page, request }) => {
    const json = await request.get('/en/budget/du-toan-2018-tuyen-truyen-tap-huan/data.json')
    expect(json.status()).toBe(200)
    expect(json.headers()['content-type']).toContain('application/json')
    const body = await json.json()
    expect(body).toMatchObject({ fiscalYear: 2018, family: 'estimate-approved', onTime: true, table: { unit: 'triệu đồng' } })

    await page.goto('/en/budget?family=estimate-approved')
    await expect(page.getByRole('heading', { level: 1, name: 'Budget disclosures' })).toBeVisible()
    await expect(page.locator('.record-list__item')).toHaveCount(4)
    await expect(page.locator('.record-list__item', { hasText: '2019' })).toContainText('37 days late')
    await page.getByRole('link', { name: /Approved estimate 2018/ }).click()
    await expect(page).toHaveURL(/\/en\/budget\/du-toan-2018-/)
    await expect(page.locator('article .badge')).toContainText('Published on time')
    await expect(page.locator('.budget-table tr.budget-table__total')).toContainText('4,470')
    await expectAccessible(page)
    expect((await page.request.get('/vi/ngan-sach/khong-ton-tai/data.csv')).status()).toBe(404)
  })
})

test.describe('a citizen looking for plans', () => {
  test('filters plans and follows the approval chain', async ({ page }) => {
    await page.goto('/vi/quy-hoach')
    await expect(page.getByRole('heading', { level: 1, name: 'Quy hoạch' })).toBeVisible()
    await expectAccessible(page)
    await page.getByLabel('Loại quy hoạch').selectOption('land-use')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page).toHaveURL(/kind=land-use/)
    await expect(page.locator('.record-list__item')).toHaveCount(1)
    await page.locator('.record-list__item').getByRole('link').click()
    const chain = page.locator('ol.chain').first()
    await expect(chain).toContainText('Được phê duyệt bởi')
    await expect(chain).toContainText('3512/QĐ-UBND')
    await expect(chain).toContainText('Được sửa đổi, bổ sung bởi')
    await expect(chain).toContainText('1187/QĐ-UBND')
    await expectAccessible(page)

    await page.goto('/en/plans?area=vung-ang-ez')
    await expect(page.locator('.record-list__item')).toHaveCount(1)
    await expect(page.locator('.record-list__item')).toContainText('Vung Ang Economic Zone')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters, table, chart and downloads still work', async ({ page }) => {
    await page.goto('/en/budget')
    await page.getByLabel('Fiscal year').selectOption('2019')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/\/en\/budget\?year=2019/)
    await expect(page.locator('.record-list__item')).toHaveCount(1)
    await page.locator('.record-list__item').getByRole('link').click()
    await expect(page.locator('.budget-table')).toBeVisible()
    await expect(page.locator('figure.budget-chart svg rect')).toHaveCount(7)
    const csv = await page.request.get(`${new URL(page.url()).pathname}/data.csv`)
    expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="du-toan-2019-.*\.csv"/)
    expect(await csv.text()).toContain('50250')
  })
})
