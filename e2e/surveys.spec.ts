import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers'

const SLUG = 'khao-sat-hai-long-tiep-can-thong-tin'
const REMARK = 'Đề nghị đăng văn bản sớm hơn, có bản tiếng Anh.'

/** "9 người đã trả lời" → 9 */
async function responses(page: Page): Promise<number> {
  const text = await page.locator('.survey-count').innerText()
  return Number(text.match(/\d+/)![0])
}

test.describe('the province satisfaction survey, without JavaScript', () => {
  test.describe.configure({ timeout: 180_000 })
  test('a visitor answers (a required answer missing first, answers kept), is counted once, and sees the results', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()

    await page.goto('/vi/khao-sat')
    await expect(page.locator('h1')).toHaveText('Khảo sát ý kiến')
    const link = page.locator(`a[href="/vi/khao-sat/${SLUG}"]`)
    await expect(link).toContainText('bảng hỏi dự thảo')
    await expectAccessible(page)

    await link.click()
    await expect(page.locator('h1')).toContainText('tiếp cận thông tin')
    const before = await responses(page)
    expect(before).toBeGreaterThanOrEqual(8)

    // Everything but the required overall satisfaction.
    await page.getByRole('radio', { name: 'Doanh nghiệp, hộ kinh doanh' }).check()
    await page.getByRole('checkbox', { name: 'Văn bản pháp luật' }).check()
    await page.getByRole('checkbox', { name: 'Quy hoạch, kế hoạch' }).check()
    await page.locator('#q-de-tim-4').check()
    await page.getByRole('textbox', { name: /Bạn muốn cơ quan nhà nước cải thiện/ }).fill(REMARK)
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi câu trả lời' }).click()])
    expect(refused.status()).toBe(422)
    await expect(page.locator('.error-summary')).toContainText('Câu hỏi này bắt buộc')
    await expect(page.locator('#q-hai-long-error')).toBeVisible()
    // Every answer is still there.
    await expect(page.getByRole('radio', { name: 'Doanh nghiệp, hộ kinh doanh' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Văn bản pháp luật' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Quy hoạch, kế hoạch' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Ngân sách' })).not.toBeChecked()
    await expect(page.locator('#q-de-tim-4')).toBeChecked()
    await expect(page.getByRole('textbox', { name: /Bạn muốn cơ quan nhà nước cải thiện/ })).toHaveValue(REMARK)
    await expectAccessible(page)

    await page.locator('#q-hai-long-5').check()
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/khao-sat/${SLUG}/da-tra-loi$`))
    await expect(page.getByRole('status')).toContainText('đã được ghi nhận')
    await expectAccessible(page)

    // Counted once: the results (live for this survey) show one more response.
    await page.goto(`/vi/khao-sat/${SLUG}`)
    await expect
      .poll(async () => {
        await page.reload()
        return responses(page)
      })
      .toBe(before + 1)
    await expect(page.getByRole('img', { name: /Nhìn chung, bạn hài lòng/ })).toBeVisible()
    await expect(page.locator('table').first()).toContainText('Doanh nghiệp, hộ kinh doanh')
    await expectAccessible(page)

    // A second try by the same visitor is refused and not counted.
    await page.getByRole('radio', { name: 'Người dân' }).check()
    await page.locator('#q-de-tim-5').check()
    await page.locator('#q-hai-long-5').check()
    const [again] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi câu trả lời' }).click()])
    expect(again.status()).toBe(409)
    await expect(page.locator('.error-summary')).toContainText('Bạn đã trả lời khảo sát này rồi')
    await expect(page.getByRole('radio', { name: 'Người dân' })).toBeChecked()
    await page.goto(`/vi/khao-sat/${SLUG}`)
    expect(await responses(page)).toBe(before + 1)

    // The same figures as CSV; the written answer is in no public page or file.
    const csv = await request.get(`/vi/khao-sat/${SLUG}/results.csv`)
    expect(csv.status()).toBe(200)
    const body = await csv.text()
    expect(body).toContain('Doanh nghiệp, hộ kinh doanh')
    expect(body).not.toContain(REMARK)
    expect(await page.content()).not.toContain(REMARK)
    expect(await (await request.get('/api/survey-responses?limit=100')).text()).not.toContain(REMARK)

    // The English edition has the English questionnaire.
    await page.goto(`/en/surveys/${SLUG}`)
    await expect(page.locator('h1')).toContainText('access to information')
    await expect(page.getByRole('group', { name: /Overall, how satisfied/ })).toBeVisible()
    await context.close()
  })
})
