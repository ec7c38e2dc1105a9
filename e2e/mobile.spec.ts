import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers'

/**
 * The front door on a phone: no page wider than the screen at 320 and 390 px in either
 * language (WCAG 2.2 reflow), a compact header whose menu works without JavaScript, and the legal
 * finder's first result on the first screen.
 */
const PAGES: Record<'vi' | 'en', [string, string][]> = {
  vi: [
    ['home', '/vi'],
    ['list', '/vi/tin-tuc'],
    ['legal finder', '/vi/van-ban'],
    ['detail', '/vi/tin-tuc/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi'],
    ['legal detail', '/vi/van-ban/22-2016-nq-hdnd'],
    ['budget list', '/vi/ngan-sach'],
    ['budget detail', '/vi/ngan-sach/du-toan-2017-co-cau-kinh-phi-minh-bach'],
    ['transparency', '/vi/minh-bach'],
    ['transparency agency', '/vi/minh-bach/so-tai-chinh'],
    ['invest', '/vi/dau-tu'],
    ['project', '/vi/dau-tu/nha-may-dien-khi-lng-vung-ang'],
    ['zone', '/vi/dau-tu/khu-kinh-te/khu-kinh-te-vung-ang'],
    ['search', '/vi/tim-kiem?q=ng%C3%A2n+s%C3%A1ch'],
    ['agencies', '/vi/co-quan'],
    ['plans', '/vi/quy-hoach'],
    ['404', '/vi/khong-co-trang-nay'],
  ],
  en: [
    ['home', '/en'],
    ['list', '/en/news'],
    ['legal finder', '/en/legal-documents'],
    ['detail', '/en/news/ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi'],
    ['legal detail', '/en/legal-documents/22-2016-nq-hdnd'],
    ['budget list', '/en/budget'],
    ['budget detail', '/en/budget/du-toan-2017-co-cau-kinh-phi-minh-bach'],
    ['transparency', '/en/transparency'],
    ['transparency agency', '/en/transparency/so-tai-chinh'],
    ['English coverage', '/en/transparency/english'],
    ['invest', '/en/invest'],
    ['project', '/en/invest/nha-may-dien-khi-lng-vung-ang'],
    ['zone', '/en/invest/zones/khu-kinh-te-vung-ang'],
    ['search', '/en/search?q=budget'],
    ['agencies', '/en/agencies'],
    ['plans', '/en/plans'],
    ['404', '/en/no-such-page'],
  ],
}

async function widthOf(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }))
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } })
    for (const locale of ['vi', 'en'] as const) {
      test(`no page of ${locale} is wider than the screen`, async ({ page }) => {
        const wide: string[] = []
        for (const [kind, url] of PAGES[locale]) {
          const res = await page.goto(url)
          expect(res?.status(), url).toBeLessThan(kind === '404' ? 500 : 400)
          const { scroll, inner } = await widthOf(page)
          if (scroll > inner) wide.push(`${kind} ${url}: ${scroll} > ${inner}`)
          const header = await page.locator('header.site-header').boundingBox()
          expect(header?.height ?? 999, `header on ${url}`).toBeLessThanOrEqual(120)
        }
        expect(wide).toEqual([])
      })
    }
  })
}

test.describe('the menu on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

  test('opens and works without JavaScript, by pointer and by keyboard', async ({ page }) => {
    await page.goto('/vi')
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    await expect(nav.getByRole('link', { name: 'Đầu tư' })).toBeHidden()
    const toggle = page.locator('summary', { hasText: 'Danh mục' })
    await expect(toggle).toBeVisible()
    await toggle.click()
    await expect(nav.getByRole('link', { name: 'Đầu tư' })).toBeVisible()
    await expect(page.getByRole('search', { name: 'Tìm trên Cổng' })).toBeVisible()
    await nav.getByRole('link', { name: 'Đầu tư' }).click()
    await expect(page).toHaveURL(/\/vi\/dau-tu$/)

    await page.goto('/en')
    const menu = page.locator('summary', { hasText: 'Menu' })
    await menu.focus()
    await page.keyboard.press('Enter')
    const enNav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(enNav.getByRole('link', { name: 'Legal documents' })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(enNav.getByRole('link', { name: 'Legal documents' })).toBeHidden()
  })

  test('the legal finder shows its first result on the first screen and filters return to the results', async ({ page }) => {
    for (const [url, toggleName] of [
      ['/vi/van-ban', 'Lọc'],
      ['/en/legal-documents', 'Filter'],
    ] as const) {
      await page.goto(url)
      const first = page.locator('#results .doc-list__item').first()
      const box = await first.boundingBox()
      expect(box, url).not.toBeNull()
      expect(box!.y + Math.min(box!.height, 80), url).toBeLessThanOrEqual(844)
      await page.locator('summary', { hasText: toggleName }).click()
      await page.locator('.finder__facet input[type="checkbox"]').first().check()
      await page.locator('.finder__actions button[type="submit"]').click()
      await expect(page).toHaveURL(/#results$/)
      await expect(page.locator('summary', { hasText: toggleName })).toContainText('1')
    }
  })
})

test.describe('the 404 page', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the 404 page keeps the site chrome, with a search form', async ({ page }) => {
    const res = await page.goto('/en/no-such-page')
    expect(res?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    await page.getByRole('search', { name: 'Search for what you need' }).getByRole('searchbox').fill('budget')
    await page.getByRole('search', { name: 'Search for what you need' }).getByRole('button').click()
    await expect(page).toHaveURL(/\/en\/search\?q=budget/)
  })

  // Skipped until fixed (found 2026-12-03): the production 404 answers an error shell
  // (<html id="__next_error__">) whose body only the client renders, so without JavaScript the page
  // is blank. It is Next.js's own behaviour for notFound() in a page rendered on demand
  // (dynamicParams with ISR), reported upstream (next.js issues #95613, #97000); the status is
  // right (404) and the page renders with JavaScript. Enable once a Next release or a proxy-level
  // 404 renders it on the server.
  test.fixme('renders on the server (readable without JavaScript)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/no-such-page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await context.close()
  })
})

test.describe('branding', () => {
  test('favicon, icons and manifest are served from the site itself', async ({ request, page }) => {
    const ico = await request.get('/favicon.ico')
    expect(ico.status()).toBe(200)
    const bytes = await ico.body()
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]) // ICO header: reserved 0, type 1
    for (const path of ['/apple-touch-icon.png', '/icon-192.png', '/icon-512.png', '/icon.svg', '/logo.svg']) {
      expect((await request.get(path)).status(), path).toBe(200)
    }
    const manifest = await (await request.get('/manifest.webmanifest')).json()
    expect(manifest.name).toBe('Cổng thông tin điện tử tỉnh Hà Tĩnh')
    await page.goto('/vi')
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', '/favicon.ico')
    await expect(page.locator('header img.site-identity__emblem')).toHaveAttribute('src', '/logo.svg')
  })

  test('the phone header and open menu pass axe', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto('/vi/van-ban')
    await page.locator('summary', { hasText: 'Danh mục' }).click()
    await page.locator('summary', { hasText: 'Lọc' }).click()
    await expectAccessible(page)
    await context.close()
  })
})

test('the language switch on the search page keeps the query', async ({ page }) => {
  await page.goto('/vi/tim-kiem?q=ng%C3%A2n+s%C3%A1ch')
  await page.getByRole('navigation', { name: 'Chọn ngôn ngữ' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=ng%C3%A2n(\+|%20)s%C3%A1ch/)
})
