import { expect, test, type Page } from '@playwright/test'
import { BASE_URL } from '../playwright.config'
import { adminLogin } from './helpers'

/**
 * A finance editor works on a budget table in the real admin, on a host that is not PUBLIC_URL,
 * with every other origin blocked: edits cells (the totals check and the red cells follow each
 * keystroke), adds and removes a row, and the draft saves what the grid shows; then imports a CSV
 * through the upload drawer ("Tạo mới"), sees its table at once with the wrong total in red and
 * named in the banner, corrects it in the grid, and the check passes — and the correction is what
 * is stored.
 */
const HOST = BASE_URL.replace('127.0.0.1', 'localhost')
test.use({ baseURL: HOST, locale: 'vi-VN' })
test.describe.configure({ mode: 'serial' })

const SLUG = 'du-toan-2017-co-cau-kinh-phi-minh-bach'
const foreign: string[] = []

interface Table {
  unit: string
  rows: { code: string; label: { vi: string; en?: string }; values: (number | null)[] }[]
  columns: { key: string }[]
  checks: { type: string; target?: number; of: number[] }[]
}
interface Doc {
  id: number
  table: Table
  tableFile: number | { id: number } | null
}

test.beforeEach(async ({ page }) => {
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (['http:', 'https:'].includes(url.protocol) && url.origin !== HOST) foreign.push(req.url())
  })
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort())
})
test.afterAll(() => {
  expect(foreign).toEqual([])
})

const api = (page: Page) => ({
  async doc(): Promise<Doc> {
    const res = await page.request.get(`/api/budget-disclosures?where[slug][equals]=${SLUG}&draft=true&depth=0&locale=vi`, { headers: { Origin: HOST } })
    expect(res.ok()).toBe(true)
    return ((await res.json()) as { docs: Doc[] }).docs[0]!
  },
  async restore(doc: Doc) {
    const tableFile = doc.tableFile && typeof doc.tableFile === 'object' ? doc.tableFile.id : doc.tableFile
    const res = await page.request.patch(`/api/budget-disclosures/${doc.id}?draft=true&locale=vi`, { data: { table: doc.table, tableFile }, headers: { Origin: HOST } })
    expect(res.ok()).toBe(true)
  },
})

/** Plain digits with a decimal comma: how an editor types a figure (parsed in the Vietnamese style). */
const typed = (n: number) => String(n).replace('.', ',')
const cellInput = (page: Page, row: number, column: number) => page.locator(`[data-cell="${row}:${column}"] input`)

test('edits cells and rows in the grid; the totals check follows; the draft stores what the grid shows', async ({ page }) => {
  test.setTimeout(180_000)
  await adminLogin(page, 'bientap.stc@hatinh.gov.vn')
  const original = await api(page).doc()
  const check = original.table.checks.find((c) => c.type === 'row-sum' && c.of.length > 0)
  expect(check, 'the seeded table declares a row total').toBeTruthy()
  const target = check!.target!
  const term = check!.of[0]!
  const termValue = original.table.rows[term]!.values[0] ?? 0
  try {
    await page.goto(`/admin/collections/budget-disclosures/${original.id}`)
    await expect(page.locator('#budget-totals-ok')).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('.monaco-editor')).toHaveCount(0)

    // A wrong figure: the total above it turns red and the banner names it, at once.
    await cellInput(page, term, 0).fill(typed(termValue + 1000))
    await expect(page.locator('#budget-totals-banner')).toContainText('không khớp')
    await expect(page.locator(`[data-cell="${target}:0"][data-mismatch="true"]`)).toBeVisible()
    // Not a number: said so in Vietnamese, the last figure kept.
    await cellInput(page, term, 0).fill('12a')
    await expect(page.locator(`[data-cell="${term}:0"] [role="alert"]`)).toContainText('không phải là số')
    await expect(page.locator('#budget-totals-banner')).toBeVisible()
    // Put right: the check passes again.
    await cellInput(page, term, 0).fill(typed(termValue))
    await expect(page.locator('#budget-totals-ok')).toBeVisible()
    await expect(page.locator('[data-mismatch="true"]')).toHaveCount(0)

    // A row added below a term joins that total: a figure in it makes the total red.
    const rows = page.locator('#budget-table-grid tbody tr')
    await expect(rows).toHaveCount(original.table.rows.length)
    await page.getByRole('button', { name: `Thêm dòng bên dưới dòng ${term + 1}` }).click()
    await expect(rows).toHaveCount(original.table.rows.length + 1)
    await page.getByLabel(`Nội dung dòng ${term + 2}`, { exact: true }).fill('Hạng mục bổ sung')
    await cellInput(page, term + 1, 0).fill('5')
    await expect(page.locator(`[data-cell="${target}:0"][data-mismatch="true"]`)).toBeVisible()
    // The draft saves what the grid shows (autosave).
    await expect
      .poll(async () => (await api(page).doc()).table.rows.map((r) => r.label.vi), { timeout: 30_000 })
      .toContain('Hạng mục bổ sung')
    expect((await api(page).doc()).table.rows[term + 1]!.values[0]).toBe(5)

    // Removed again: the check passes and the stored table is the original one.
    await page.getByRole('button', { name: `Xóa dòng ${term + 2}` }).click()
    await expect(rows).toHaveCount(original.table.rows.length)
    await expect(page.locator('#budget-totals-ok')).toBeVisible()
    await expect.poll(async () => (await api(page).doc()).table.rows.length, { timeout: 30_000 }).toBe(original.table.rows.length)
    expect((await api(page).doc()).table.checks).toEqual(original.table.checks)
  } finally {
    await api(page).restore(original)
  }
})

const CSV = ['Đơn vị tính: triệu đồng', 'TT;Nội dung;Năm 2017;Năm 2018;Tổng', '1;Hạng mục A;100;200;300', '2;Hạng mục B;50;50;100', ';Tổng cộng;150;250;401', ''].join('\r\n')

test('imports a CSV through the upload drawer: its table shows at once, the wrong total in red; corrected in the grid, the check passes and is stored', async ({ page }) => {
  test.setTimeout(180_000)
  await adminLogin(page, 'bientap.stc@hatinh.gov.vn')
  const original = await api(page).doc()
  try {
    await page.goto(`/admin/collections/budget-disclosures/${original.id}`)
    await expect(page.locator('#budget-table-grid')).toBeVisible({ timeout: 30_000 })
    const field = page.locator('.field-type.upload').filter({ hasText: 'Tải bảng số liệu (CSV/XLSX)' })
    await field.getByRole('button', { name: 'Tạo mới' }).click()
    const drawer = page.locator('.drawer__content').filter({ has: page.locator('.doc-drawer__header') }).last()
    await drawer.locator('input[type="file"]').setInputFiles({ name: 'du-toan-sai-tong.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + CSV, 'utf8') })
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click()

    // The grid shows the file's table before any save of the disclosure.
    await expect(page.locator('#budget-table-imported')).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('#budget-table-grid tbody tr')).toHaveCount(3)
    await expect(page.locator('#budget-totals-banner')).toContainText('không khớp')
    await expect(page.locator('[data-cell="2:2"][data-mismatch="true"]')).toBeVisible()
    await expect(page.getByText('Đơn vị tính: triệu đồng')).toBeVisible()

    await cellInput(page, 2, 2).fill('400')
    await expect(page.locator('#budget-totals-ok')).toBeVisible()
    await expect(page.locator('[data-mismatch="true"]')).toHaveCount(0)
    // Stored: the new file, with the corrected table (not the file's wrong total).
    await expect.poll(async () => (await api(page).doc()).table.rows[2]?.values[2], { timeout: 30_000 }).toBe(400)
    const saved = await api(page).doc()
    expect(saved.table.rows.map((r) => r.label.vi)).toEqual(['Hạng mục A', 'Hạng mục B', 'Tổng cộng'])
  } finally {
    await api(page).restore(original)
  }
})
