import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { BASE_URL } from '../playwright.config'
import { DEMO_PASSWORD, expectAccessible } from './helpers'

/**
 * An editor writes a news item in Vietnamese, adds the English translation, a publisher publishes
 * it, and both locales show it at once (tag revalidation, no rebuild); then a material change
 * appears in the public history, a slug change keeps the old URL working and unpublishing removes it.
 */
const SLUG = `e2e-tin-song-ngu-${Date.now()}`
const VI_TITLE = 'Tỉnh công bố bộ dữ liệu mở đầu tiên'
const EN_TITLE = 'Province releases its first open datasets'

async function loginAs(email: string): Promise<APIRequestContext> {
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL })
  const res = await anonymous.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(res.status(), `login ${email}`).toBe(200)
  const { token } = await res.json()
  await anonymous.dispose()
  // The token as a header, as an API client sends it (cookies are for the admin panel).
  return playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
}

test.describe.serial('an editor publishing news in both languages', () => {
  let id: number | string
  let editor: APIRequestContext
  let publisher: APIRequestContext

  test.beforeAll(async () => {
    editor = await loginAs('bientap.khcn@hatinh.gov.vn')
    publisher = await loginAs('duyet.khcn@hatinh.gov.vn')
  })
  test.afterAll(async () => {
    await editor?.dispose()
    await publisher?.dispose()
  })

  test('writes in Vietnamese, adds English, and the publisher publishes', async ({ page, request }) => {
    const agencies = await (await request.get('/api/agencies?where[slug][equals]=so-khoa-hoc-va-cong-nghe&depth=0')).json()
    const agency = agencies.docs[0].id
    const created = await editor.post('/api/news?locale=vi&draft=true', {
      data: { title: VI_TITLE, summary: 'Sở Khoa học và Công nghệ công bố 12 bộ dữ liệu mở.', slug: SLUG, agency, _status: 'draft' },
    })
    expect(created.status(), await created.text()).toBe(201)
    id = (await created.json()).doc.id
    // A draft is not public.
    expect((await page.goto(`/vi/tin-tuc/${SLUG}`))?.status()).toBe(404)

    const english = await editor.patch(`/api/news/${id}?locale=en&draft=true`, {
      data: { title: EN_TITLE, summary: 'The Department of Science and Technology released 12 open datasets.', _status: 'draft' },
    })
    expect(english.status(), await english.text()).toBe(200)
    // The editor may not publish…
    expect((await editor.patch(`/api/news/${id}?locale=vi`, { data: { _status: 'published' } })).status()).toBe(403)
    // …the publisher does.
    // A minor save (the admin form always sends the kind): the fresh English stays current.
    const published = await publisher.patch(`/api/news/${id}?locale=vi`, { data: { _status: 'published', changeKind: 'minor' } })
    expect(published.status(), await published.text()).toBe(200)

    await page.goto('/vi/tin-tuc')
    await expect(page.getByRole('link', { name: VI_TITLE })).toBeVisible()
    await page.goto('/en/news')
    await expect(page.getByRole('link', { name: EN_TITLE })).toBeVisible()
    await page.goto('/en')
    await expect(page.getByRole('link', { name: EN_TITLE })).toBeVisible()
    await page.goto(`/en/news/${SLUG}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN_TITLE)
    await expect(page.getByRole('note')).toHaveCount(0)
    await page.goto(`/vi/tin-tuc/${SLUG}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(VI_TITLE)
    await expect(page.getByText(/^Đăng ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible()
    await expectAccessible(page)

    const parser = new XMLParser()
    const feed = parser.parse(await (await request.get('/en/news/rss.xml')).text()).rss.channel.item as { title: string }[]
    expect(feed.map((i) => i.title)).toContain(EN_TITLE)
  })

  test('a material change shows "Last updated" and the change note', async ({ page }) => {
    const res = await publisher.patch(`/api/news/${id}?locale=vi`, {
      data: { summary: 'Sở Khoa học và Công nghệ công bố 15 bộ dữ liệu mở.', changeKind: 'material', changeNote: 'Bổ sung 3 bộ dữ liệu về giao thông', _status: 'published' },
    })
    expect(res.status(), await res.text()).toBe(200)
    await page.goto(`/vi/tin-tuc/${SLUG}`)
    await expect(page.getByText(/Cập nhật lần cuối \d{2}\/\d{2}\/\d{4}/)).toBeVisible()
    const history = page.getByRole('region', { name: 'Lịch sử cập nhật' })
    await expect(history).toContainText('Bổ sung 3 bộ dữ liệu về giao thông')
    await expect(history).toContainText('Đăng lần đầu')
    await expectAccessible(page)
  })

  test('a slug change redirects the old URL; unpublishing removes the page', async ({ page, request }) => {
    const renamed = `${SLUG}-moi`
    expect((await publisher.patch(`/api/news/${id}?locale=vi`, { data: { slug: renamed, _status: 'published' } })).status()).toBe(200)
    const old = await request.get(`/vi/tin-tuc/${SLUG}`, { maxRedirects: 0 })
    expect([301, 308]).toContain(old.status())
    expect(old.headers().location).toContain(`/vi/tin-tuc/${renamed}`)
    await page.goto(`/en/news/${SLUG}`)
    await expect(page).toHaveURL(new RegExp(`/en/news/${renamed}$`))

    expect((await publisher.patch(`/api/news/${id}?locale=vi`, { data: { _status: 'draft' } })).status()).toBe(200)
    expect((await page.goto(`/vi/tin-tuc/${renamed}`))?.status()).toBe(404)
    await page.goto('/vi/tin-tuc')
    await expect(page.getByRole('link', { name: VI_TITLE })).toHaveCount(0)
  })
})
