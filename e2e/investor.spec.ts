import { expect, test, type Page } from '@playwright/test'
import { DEMO_PASSWORD, expectAccessible, headLinks } from './helpers'

const LNG = 'Vung Ang LNG-to-power plant'
const LNG_SLUG = 'nha-may-dien-khi-lng-vung-ang'

/** Logs the browser context in through the REST API (sets the payload-token cookie). */
async function login(page: Page, email: string) {
  const res = await page.request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(res.status()).toBe(200)
}

test.describe('an investor on the English site', () => {
  test('filters projects by sector, opens one, sends an enquiry and sees the confirmation', async ({ page }) => {
    await page.goto('/en/invest')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invest in Ha Tinh')
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Invest' })).toHaveAttribute('aria-current', 'page')
    // A Vietnamese-only project is listed honestly, marked as Vietnamese.
    await expect(page.locator('[lang="vi"]', { hasText: 'Nhà máy chế biến nông sản Hương Sơn' })).toBeVisible()
    await expectAccessible(page)

    await page.getByLabel('Sector').selectOption('energy')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    // The empty selects are dropped: one clean, shareable URL per filter set.
    await expect(page).toHaveURL(/\/en\/invest\?sector=energy#results$/)
    await expect(page.getByText('Projects found: 1')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Thien Cam coastal eco-resort' })).toHaveCount(0)
    await page.getByRole('link', { name: LNG }).click()

    await expect(page).toHaveURL(new RegExp(`/en/invest/${LNG_SLUG}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LNG)
    // Currency and area per locale.
    await expect(page.getByText('VND 52 trillion (USD 2,200 million)')).toBeVisible()
    await expect(page.getByText('40 ha', { exact: true })).toBeVisible()
    const links = await headLinks(page)
    expect(links.alternates.vi).toMatch(new RegExp(`/vi/dau-tu/${LNG_SLUG}$`))

    await page.getByLabel(/Your name/).fill('Kim Min-jun')
    await page.getByLabel('Company').fill('Hanil Energy')
    await page.getByLabel('Country').fill('Republic of Korea')
    await page.getByLabel(/^Email/).fill('minjun@hanil.example')
    await page.getByLabel(/Your question/).fill('Is the LNG terminal site already cleared?')
    await page.getByRole('button', { name: 'Send enquiry' }).click()

    await expect(page).toHaveURL(new RegExp(`/en/invest/${LNG_SLUG}/enquiry-sent$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enquiry sent')
    await expect(page.getByText(/has been delivered to Provincial Economic Zone Authority/)).toBeVisible()
    // The confirmation never repeats the enquirer's details.
    await expect(page.getByText('minjun@hanil.example')).toHaveCount(0)
    await expectAccessible(page)
  })

  test('without JavaScript, a refused enquiry comes back with its errors and every entered value', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/en/invest/${LNG_SLUG}`)
    await page.getByLabel(/Your name/).fill('Ana Souza')
    await page.getByLabel('Company').fill('Porto Verde')
    await page.getByLabel(/^Email/).fill('ana-at-example')
    await page.getByLabel(/Your question/).fill('Which berths are free?')
    await page.getByRole('button', { name: 'Send enquiry' }).click()
    await expect(page.getByRole('heading', { name: 'Please correct the following and send again:' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Enter a valid email address, such as name@example.com.' })).toBeVisible()
    await expect(page.getByLabel(/Your name/)).toHaveValue('Ana Souza')
    await expect(page.getByLabel('Company')).toHaveValue('Porto Verde')
    await expect(page.getByLabel(/^Email/)).toHaveValue('ana-at-example')
    await expect(page.getByLabel(/^Email/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel(/Your question/)).toHaveValue('Which berths are free?')

    await page.getByLabel(/^Email/).fill('ana@portoverde.example')
    await page.getByRole('button', { name: 'Send enquiry' }).click()
    await expect(page).toHaveURL(new RegExp(`/en/invest/${LNG_SLUG}/enquiry-sent$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enquiry sent')
    await context.close()
  })

  test('without JavaScript, a rate-limited enquiry answers 429 + Retry-After with every typed value and when to retry', async ({ browser }) => {
    test.setTimeout(180_000) // six full no-JS round trips on a shared machine
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const fill = async () => {
      await page.getByLabel(/Your name/).fill('Lena Richter')
      await page.getByLabel('Company').fill('Nordwind GmbH')
      await page.getByLabel(/^Email/).fill('lena@nordwind.example')
      await page.getByLabel(/Your question/).fill('Wie groß ist die freie Fläche? Is the site flood-safe?')
    }
    // Five enquiries an hour per (address, sender e-mail): the sixth is refused.
    for (let i = 0; i < 5; i++) {
      await page.goto(`/en/invest/${LNG_SLUG}`)
      await fill()
      await page.getByRole('button', { name: 'Send enquiry' }).click()
      await expect(page).toHaveURL(new RegExp(`/en/invest/${LNG_SLUG}/enquiry-sent$`))
    }
    await page.goto(`/en/invest/${LNG_SLUG}`)
    await fill()
    const [post] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Send enquiry' }).click()])
    expect(post.status()).toBe(429)
    expect(Number(post.headers()['retry-after'])).toBeGreaterThan(60)
    await expect(page.getByRole('alert')).toContainText(/Nothing was sent; what you typed is kept below\. Please try again in \d+ minutes?\./)
    await expect(page.getByLabel(/Your name/)).toHaveValue('Lena Richter')
    await expect(page.getByLabel('Company')).toHaveValue('Nordwind GmbH')
    await expect(page.getByLabel(/^Email/)).toHaveValue('lena@nordwind.example')
    await expect(page.getByLabel(/Your question/)).toHaveValue('Wie groß ist die freie Fläche? Is the site flood-safe?')
    // No axe here: it runs as a page script, which this JavaScript-less context never executes.
    await context.close()
  })

  test('the contact agency’s publisher sees the enquiry in the admin; visitors never do', async ({ page, request }) => {
    expect((await request.get('/api/enquiries')).status()).toBe(403)
    await login(page, 'duyet.kkt@hatinh.gov.vn')
    await page.goto('/admin/collections/enquiries')
    await expect(page.getByText('Kim Min-jun').first()).toBeVisible()
  })

  test('an outdated translation says so and links to the Vietnamese original', async ({ page }) => {
    await page.goto('/en/news/hoi-nghi-xuc-tien-dau-tu-khu-kinh-te-vung-ang')
    const notice = page.getByRole('note').filter({ hasText: 'The Vietnamese original was updated on' })
    await expect(notice).toContainText(/updated on \d{1,2} [A-Z][a-z]+ \d{4}; this translation may be out of date/)
    await notice.getByRole('link', { name: 'Read the Vietnamese original' }).click()
    await expect(page).toHaveURL(/\/vi\/tin-tuc\/hoi-nghi-xuc-tien-dau-tu-khu-kinh-te-vung-ang$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('thu hút hơn 200 doanh nghiệp')

    // A current translation has no notice.
    await page.goto('/en/news/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi')
    await expect(page.getByText('this translation may be out of date')).toHaveCount(0)

    // The same notice on an investment project whose Vietnamese changed materially.
    await page.goto('/en/invest/ha-tang-khu-cong-nghiep-gia-lach-giai-doan-2')
    await expect(page.getByRole('note').filter({ hasText: 'this translation may be out of date' })).toBeVisible()
    await expectAccessible(page)
  })

  test('zones and procedure guides; Vietnamese content on English pages is marked lang="vi"', async ({ page }) => {
    await page.goto('/en/invest/zones/khu-kinh-te-vung-ang')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vung Ang Economic Zone')
    await expect(page.getByText('22,781 ha')).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Formosa Ha Tinh Steel' })).toBeVisible()
    await expectAccessible(page)

    await page.goto('/en/invest/zones/khu-cong-nghiep-ha-vang')
    await expect(page.locator('h1')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('note')).toContainText('has not been translated into English yet')

    await page.goto('/en/invest/procedures/chap-thuan-chu-truong-dau-tu')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investment policy approval')
    await expect(page.getByRole('heading', { name: 'Step 2: Appraisal' })).toBeVisible()
    await expect(page.getByRole('link', { name: /1786\/QĐ-TTg/ })).toBeVisible()
    await expectAccessible(page)
  })

  test('the Vietnamese investors’ section', async ({ page }) => {
    await page.goto('/vi/dau-tu?sector=tourism')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đầu tư vào Hà Tĩnh')
    await page.getByRole('link', { name: 'Khu du lịch sinh thái biển Thiên Cầm' }).click()
    await expect(page).toHaveURL(/\/vi\/dau-tu\/khu-du-lich-sinh-thai-bien-thien-cam$/)
    await expect(page.getByText('1,8 nghìn tỷ đồng (75 triệu USD)')).toBeVisible()
    await expectAccessible(page)
  })

  test('the English coverage page flags the legal minimum', async ({ page }) => {
    const vi = await page.goto('/vi/minh-bach/tieng-anh')
    expect(vi?.status()).toBe(200)
    await page.goto('/en/transparency/english')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('English coverage')
    await expect(page.getByText(/of published items are current in English/)).toBeVisible()
    const vungAng = page.locator('tr', { has: page.locator('[lang="vi"]', { hasText: 'UBND phường Vũng Áng' }) })
    await expect(vungAng).toHaveAttribute('data-legal-minimum', 'missing')
    await expect(page.locator('tr[data-legal-minimum="complete"]', { hasText: "Ha Tinh Provincial People's Council" })).toBeVisible()
    await expectAccessible(page)
  })

  test('translators find missing and outdated English in the admin queue', async ({ page }) => {
    await login(page, 'admin@hatinh.gov.vn')
    await page.goto('/admin/translations')
    const queue = page.getByTestId('translation-queue')
    await expect(queue).toContainText('Hạ tầng Khu công nghiệp Gia Lách giai đoạn 2')
    await expect(queue).toContainText('Khu công nghiệp Hạ Vàng')
    await page.goto('/admin/translations?section=zones')
    await expect(page.getByTestId('translation-queue')).not.toContainText('Gia Lách giai đoạn 2')
    await page.getByTestId('translation-queue').getByRole('link', { name: 'Khu công nghiệp Hạ Vàng' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/zones\/\d+\?locale=en/)
    await expect(page.getByTestId('vi-source')).toContainText('Khu công nghiệp Hạ Vàng')
  })
})
