import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { expectAccessible, headLinks } from './helpers'

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name) })
const RESOLUTION = '22/2016/NQ-HĐND'

test.describe('a citizen looking for legal documents', () => {
  test('filters by type and year, opens the resolution and downloads its PDF', async ({ page }) => {
    await page.goto('/vi/van-ban')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản pháp luật')
    await expectAccessible(page)
    const typeFacet = page.getByRole('group', { name: 'Loại văn bản' })
    await typeFacet.getByLabel(/^Nghị quyết/).check()
    await page.getByRole('group', { name: 'Năm ban hành' }).getByLabel(/^2016/).check()
    await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click()
    await expect(page).toHaveURL(/\/vi\/van-ban\?type=resolution&year=2016/)
    const results = page.getByRole('region', { name: /Tìm thấy/ })
    await expect(results.getByRole('heading', { level: 2 })).toHaveText('Tìm thấy 1 văn bản')
    await expect(results.getByRole('link', { name: new RegExp(RESOLUTION) })).toBeVisible()
    await expect(results.getByText('12/2017/QĐ-UBND')).toHaveCount(0)
    // Facet counts ignore their own facet: the other types stay selectable with their counts.
    await expect(typeFacet.getByLabel(/^Nghị quyết \(1\)/)).toBeChecked()

    await results.getByRole('link', { name: new RegExp(RESOLUTION) }).click()
    await expect(page).toHaveURL(/\/vi\/van-ban\/22-2016-nq-hdnd$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('đẩy mạnh ứng dụng công nghệ thông tin')
    const meta = page.getByRole('table', { name: 'Thuộc tính văn bản' })
    await expect(meta.getByRole('row', { name: /Ngày ban hành/ })).toContainText('24/09/2016')
    await expect(meta.getByRole('row', { name: /Ngày có hiệu lực/ })).toContainText('05/10/2016')
    await expect(meta.getByRole('row', { name: /Người ký/ })).toContainText('Lê Đình Sơn')
    await expect(meta.getByRole('row', { name: /Cơ quan ban hành/ })).toContainText('Hội đồng nhân dân tỉnh Hà Tĩnh')
    await expect(meta.getByRole('row', { name: /Tình trạng hiệu lực/ })).toContainText('Còn hiệu lực')
    // Relations in both directions: its legal bases, and the plan that guides it (stored on the plan).
    const relations = page.getByRole('region', { name: 'Quan hệ với văn bản khác' })
    await expect(relations.getByRole('listitem').filter({ hasText: 'Căn cứ' }).filter({ hasText: '80/2015/QH13' })).toBeVisible()
    await expect(relations.getByRole('listitem').filter({ hasText: 'Được hướng dẫn, quy định chi tiết bởi' }).filter({ hasText: '365/KH-UBND' })).toBeVisible()
    // Full text with its budget table.
    await expect(page.getByRole('heading', { name: 'Điều 4. Bố trí kinh phí' })).toBeVisible()
    await expect(page.getByRole('cell', { name: '54.990' }).first()).toBeVisible()
    // Machine-readable metadata.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: RESOLUTION, legislationDate: '2016-09-24', legislationLegalForce: 'https://schema.org/InForce' })
    await expect(page.locator('meta[name="DC.identifier"]')).toHaveAttribute('content', RESOLUTION)
    await expect(page.locator('meta[name="DC.language"]')).toHaveAttribute('content', 'vi')
    expect((await headLinks(page)).alternates.en).toMatch(/\/en\/legal-documents\/22-2016-nq-hdnd$/)
    await expectAccessible(page)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải về/ }).first().click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const file = await download.path()
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('the filter form works without JavaScript and the filtered URL can be shared', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/vi/van-ban?type=decision&year=2017')
    await expect(page.getByRole('heading', { name: 'Tìm thấy 1 văn bản' })).toBeVisible()
    await expect(page.getByRole('link', { name: /12\/2017\/QĐ-UBND/ })).toBeVisible()
    await page.getByRole('group', { name: 'Tình trạng hiệu lực' }).getByLabel(/^Hết hiệu lực toàn bộ/).check()
    await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click()
    await expect(page).toHaveURL(/status=expired/)
    await expect(page.getByRole('link', { name: /12\/2017\/QĐ-UBND/ })).toBeVisible()
    await context.close()
  })

  test('a replaced decision shows it has expired, by what, and what amended it', async ({ page }) => {
    await page.goto('/vi/van-ban/12-2017-qd-ubnd')
    await expect(page.getByText(/Hết hiệu lực toàn bộ từ ngày 01\/07\/2024/).first()).toBeVisible()
    const relations = page.getByRole('region', { name: 'Quan hệ với văn bản khác' })
    await expect(relations.getByRole('listitem').filter({ hasText: 'Bị thay thế bởi' }).filter({ hasText: '25/2024/QĐ-UBND' })).toBeVisible()
    await expect(relations.getByRole('listitem').filter({ hasText: 'Được sửa đổi, bổ sung bởi' }).filter({ hasText: '08/2019/QĐ-UBND' })).toBeVisible()
    const vn = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    await page.goto('/vi/van-ban/40-2026-qd-ubnd')
    await expect(page.getByRole('table', { name: 'Thuộc tính văn bản' }).getByRole('row', { name: /Tình trạng hiệu lực/ })).toContainText(
      vn < '2027-01-01' ? 'Chưa có hiệu lực' : 'Còn hiệu lực',
    )
  })

  test('an English reader sees the "Vietnamese only" notice on an untranslated document', async ({ page }) => {
    await page.goto('/en/legal-documents')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal documents')
    const untranslated = page.getByRole('listitem').filter({ hasText: '08/2019/QĐ-UBND' })
    await expect(untranslated.getByText('Vietnamese only')).toBeVisible()
    await expect(untranslated.locator('[lang="vi"]').first()).toBeVisible()
    await expectAccessible(page)

    await untranslated.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/en\/legal-documents\/08-2019-qd-ubnd$/)
    const notice = page.getByRole('note')
    await expect(notice).toContainText('Available in Vietnamese only')
    await expect(notice.getByRole('link', { name: 'Read the document in Vietnamese' })).toHaveAttribute('href', '/vi/van-ban/08-2019-qd-ubnd')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi')
    // Metadata is still translated.
    const meta = page.getByRole('table', { name: 'Document details' })
    await expect(meta.getByRole('row', { name: /Document type/ })).toContainText('Decision')
    await expect(meta.getByRole('row', { name: /Issued on/ })).toContainText('25 February 2019')
    await expect(meta.getByRole('row', { name: /Effect status/ })).toContainText('In force')
    await expect(meta.getByRole('row', { name: /Issuing body/ })).toContainText("People's Committee")
    await expectAccessible(page)

    // A translated document has no such notice.
    await page.goto('/en/legal-documents/22-2016-nq-hdnd')
    await expect(page.getByRole('note')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Resolution on policies')
  })

  test('feeds, sitemap and robots.txt', async ({ request }) => {
    const vi = await request.get('/vi/van-ban/rss.xml')
    expect(vi.status()).toBe(200)
    expect(vi.headers()['content-type']).toContain('xml')
    const viItems = xml.parse(await vi.text()).rss.channel.item as { link: string; title: string }[]
    expect(viItems.map((i) => i.title)).toContain(`${RESOLUTION} — Nghị quyết quy định một số chính sách đẩy mạnh ứng dụng công nghệ thông tin nhằm cải thiện chỉ số tính minh bạch và tiếp cận thông tin, góp phần nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2017-2020`)
    const en = xml.parse(await (await request.get('/en/legal-documents/rss.xml')).text()).rss.channel.item as { link: string }[]
    expect(en.some((i) => i.link.endsWith('/en/legal-documents/22-2016-nq-hdnd'))).toBe(true)
    expect(en.some((i) => i.link.includes('08-2019-qd-ubnd'))).toBe(false)

    const news = xml.parse(await (await request.get('/vi/tin-tuc/rss.xml')).text()).rss.channel.item as { link: string }[]
    expect(news.some((i) => i.link.endsWith('/vi/tin-tuc/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi'))).toBe(true)
    const newsEn = xml.parse(await (await request.get('/en/news/rss.xml')).text()).rss.channel.item as { link: string }[]
    expect(newsEn.some((i) => i.link.endsWith('/en/news/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi'))).toBe(true)
    expect(newsEn.some((i) => i.link.includes('thong-bao-ve-duong-ham-nghi'))).toBe(false)

    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.status()).toBe(200)
    const urls = xml.parse(await sitemap.text()).urlset.url as { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[]
    const doc = urls.find((u) => u.loc.endsWith('/vi/van-ban/22-2016-nq-hdnd'))
    expect(doc?.['xhtml:link']?.find((l) => l['@hreflang'] === 'en')?.['@href']).toMatch(/\/en\/legal-documents\/22-2016-nq-hdnd$/)
    expect(urls.some((u) => u.loc.endsWith('/en/legal-documents/08-2019-qd-ubnd'))).toBe(false)
    expect(urls.some((u) => u.loc.endsWith('/vi/van-ban/08-2019-qd-ubnd'))).toBe(true)

    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })
})
