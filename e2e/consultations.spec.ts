import { expect, test, type APIRequestContext } from '@playwright/test'
import { DEMO_PASSWORD, expectAccessible } from './helpers'

const SLUG = `du-thao-e2e-${Date.now()}`
const EMAIL = 'citizen.secret@example.com'
const COMMENT = 'Đề nghị nâng mức hỗ trợ cho hợp tác xã lên 80 triệu đồng.'
const ANSWER = 'Không tiếp thu: vượt khả năng cân đối ngân sách năm 2027.'
const dayISO = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10) + 'T00:00:00.000Z'

async function token(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(res.status()).toBe(200)
  return (await res.json()).token as string
}

test.describe('a draft put to public consultation, without JavaScript', () => {
  // Long journeys with several axe passes: measured over 60 s on the shared 2-core machine under load.
  test.describe.configure({ timeout: 180_000 })
  test('a citizen comments on article 3; the agency moderates, closes, answers and publishes the report; the e-mail is never public', async ({ browser, request }) => {
    const publisher = await token(request, 'duyet.khcn@hatinh.gov.vn')
    const auth = { Authorization: `JWT ${publisher}` }
    const agency = (await (await request.get('/api/agencies?where[slug][equals]=so-khoa-hoc-va-cong-nghe&depth=0')).json()).docs[0].id
    const created = await request.post('/api/consultations?locale=vi', {
      headers: auth,
      data: {
        title: 'Dự thảo Nghị quyết hỗ trợ hợp tác xã (thử nghiệm)',
        slug: SLUG,
        agency,
        draftKind: 'hdnd-resolution',
        openDate: dayISO(-40),
        closeDate: dayISO(5),
        summary: 'Dự thảo quy định mức hỗ trợ hợp tác xã.',
        chapters: [
          { number: 1, title: 'Quy định chung', articles: [{ number: 1, title: 'Phạm vi điều chỉnh', text: 'Nghị quyết này quy định…' }, { number: 2, title: 'Đối tượng áp dụng', text: 'Hợp tác xã…' }] },
          { number: 2, title: 'Mức hỗ trợ', articles: [{ number: 3, title: 'Mức hỗ trợ', text: 'Mỗi hợp tác xã được hỗ trợ 50 triệu đồng.' }] },
        ],
        _status: 'published',
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const id = (await created.json()).doc.id

    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/vi/gop-y-du-thao')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('link', { name: 'Dự thảo Nghị quyết hỗ trợ hợp tác xã (thử nghiệm)' })).toBeVisible()
    await expect(page.getByText(/còn 6 ngày/).first()).toBeVisible()
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Dự thảo Nghị quyết hỗ trợ hợp tác xã (thử nghiệm)' }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/gop-y-du-thao/${SLUG}$`))
    const article3 = page.locator('#dieu-3')
    await expect(article3.getByRole('heading', { name: /Điều 3/ })).toBeVisible()
    await expectAccessible(page)

    // A refused comment comes back with what was typed.
    await article3.getByText('Góp ý cho Điều 3').click()
    await article3.getByLabel(/Họ tên/).fill('Trần Văn Công')
    await article3.getByLabel(/Thư điện tử/).fill('not-an-email')
    await article3.getByLabel(/Nội dung góp ý/).fill(COMMENT)
    await article3.getByRole('button', { name: 'Gửi góp ý' }).click()
    const again = page.locator('#dieu-3')
    await expect(again.getByText(/Thư điện tử chưa đúng/).first()).toBeVisible()
    await expect(again.getByLabel(/Nội dung góp ý/)).toHaveValue(COMMENT)
    await expect(again.getByLabel(/Họ tên/)).toHaveValue('Trần Văn Công')
    await again.getByLabel(/Thư điện tử/).fill(EMAIL)
    await again.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/gop-y-du-thao/${SLUG}/da-gui-gop-y(#.*)?$`)) // the browser keeps the form's #dieu-N across the 303
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã gửi góp ý')

    // Not public before moderation.
    await page.goto(`/vi/gop-y-du-thao/${SLUG}`)
    await expect(page.getByText(COMMENT)).toHaveCount(0)

    // The agency moderates it, closes the consultation (not earlier than the minimum period), answers it and publishes the report.
    const list = await (await request.get(`/api/consultation-comments?where[consultation][equals]=${id}&depth=0`, { headers: auth })).json()
    expect(list.docs).toHaveLength(1)
    const commentId = list.docs[0].id
    expect(list.docs[0].article).toBe('dieu-3')
    expect((await request.patch(`/api/consultation-comments/${commentId}?locale=vi`, { headers: auth, data: { moderation: 'published' } })).status()).toBe(200)
    const tooEarly = await request.patch(`/api/consultations/${id}?locale=vi`, { headers: auth, data: { openDate: dayISO(-10), closeDate: dayISO(-1) } })
    expect(tooEarly.status()).toBe(400)
    // In the editor's admin language (Accept-Language here): the minimum period and its basis.
    expect(await tooEarly.text()).toMatch(/tối thiểu là 30 ngày|minimum consultation period is 30 days/)
    expect((await request.patch(`/api/consultations/${id}?locale=vi`, { headers: auth, data: { closeDate: dayISO(-1) } })).status()).toBe(200)
    const unanswered = await request.patch(`/api/consultations/${id}?locale=vi`, { headers: auth, data: { concluded: true } })
    expect(unanswered.status()).toBe(400)
    expect(await unanswered.text()).toMatch(/chưa có ý kiến tiếp thu|without a response/)
    expect((await request.patch(`/api/consultation-comments/${commentId}?locale=vi`, { headers: auth, data: { response: 'not-accepted', explanation: ANSWER } })).status()).toBe(200)
    expect((await request.patch(`/api/consultations/${id}?locale=vi`, { headers: auth, data: { concluded: true, reportIntro: 'Tổng hợp ý kiến nhân dân.' } })).status()).toBe(200)

    await page.goto(`/vi/gop-y-du-thao/${SLUG}`)
    const report = page.locator('#report')
    await expect(report.getByRole('heading', { name: 'Báo cáo tổng hợp, tiếp thu, giải trình' })).toBeVisible()
    const row = report.getByRole('row').filter({ hasText: COMMENT })
    await expect(row.getByRole('cell', { name: 'Điều 3' })).toBeVisible()
    await expect(row).toContainText('Không tiếp thu')
    await expect(row).toContainText(ANSWER)
    await expect(page.getByText('Gửi góp ý')).toHaveCount(0)
    await expectAccessible(page)
    for (const url of [`/vi/gop-y-du-thao/${SLUG}`, '/vi/gop-y-du-thao', `/en/consultations/${SLUG}`, `/api/consultation-comments?depth=1`]) {
      const body = await (await context.request.get(url)).text()
      expect(body, url).not.toContain(EMAIL)
      expect(body, url).not.toContain('Trần Văn Công')
    }
    // The English page marks the Vietnamese comment with its language.
    await page.goto(`/en/consultations/${SLUG}`)
    await expect(page.locator('[lang="vi"]', { hasText: COMMENT }).first()).toBeVisible()
    await context.close()
  })

  test('a visitor rates a page; the ratings page counts it once even after a second try', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const news = '/vi/tin-tuc/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi'
    await page.goto(news)
    await expect(page.getByText('Thông tin này có hữu ích không?')).toBeVisible()
    await page.getByRole('button', { name: 'Có', exact: true }).click()
    await expect(page.getByText(/Cảm ơn bạn đã đánh giá/)).toBeVisible()
    await page.goto(news)
    await page.getByText('Góp ý thêm (không bắt buộc)').click()
    await page.getByLabel('Nếu không, vì sao?').selectOption('outdated')
    await page.getByRole('button', { name: 'Không', exact: true }).click()
    await expect(page.getByText(/Cảm ơn bạn đã đánh giá/)).toBeVisible()

    await page.goto('/vi/minh-bach/danh-gia')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đánh giá của người dân về thông tin')
    const row = page.locator('tr[data-agency="so-khoa-hoc-va-cong-nghe"]')
    await expect(row.getByRole('cell').nth(0)).toHaveText('1')
    await expect(row.getByRole('cell').nth(2)).toHaveText('1')
    await expectAccessible(page)
    const csv = await (await context.request.get('/vi/minh-bach/danh-gia/ratings.csv')).text()
    expect(csv).toContain('so-khoa-hoc-va-cong-nghe,1,0,1')
    await page.goto('/en/transparency/ratings')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How readers rate the information')
    await context.close()
  })
})
