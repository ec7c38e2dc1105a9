import AxeBuilder from '@axe-core/playwright'
import { expect, type BrowserContext, type Page } from '@playwright/test'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'HaTinh-demo-2026'

/**
 * Whether the page's own timers run. In a context with `javaScriptEnabled: false` Playwright can
 * still evaluate, but the page's event loop never fires a timer, so axe (which waits on timers)
 * would never finish.
 */
async function timersRun(page: Page): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 1_000))
  const fired = page.evaluate(() => new Promise<true>((resolve) => setTimeout(() => resolve(true), 0))).catch(() => false as const)
  return Promise.race([fired, timeout])
}

/**
 * WCAG 2.2 AA checks on the current page; fails listing every violation. On a page opened with
 * JavaScript off, the very same HTML (a form's error state included) is checked at the same
 * address in a context where axe can run.
 */
export async function expectAccessible(page: Page) {
  let target = page
  let scratch: BrowserContext | undefined
  if (!(await timersRun(page))) {
    const html = await page.content()
    const url = page.url()
    // Playwright Test gives every new context the project's `use` options: ask for scripts explicitly.
    scratch = await page.context().browser()!.newContext({ javaScriptEnabled: true })
    target = await scratch.newPage()
    await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
    await target.goto(url)
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(summary).toEqual([])
  } finally {
    await scratch?.close()
  }
}

/** hreflang alternates and canonical of the current page. */
export async function headLinks(page: Page) {
  return page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    ),
    ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null,
  }))
}

/**
 * Signs in through the real admin login form. The form is a client component: under load it can
 * re-render after hydration and lose what was typed before the click, so type, submit and check the
 * URL together until it sticks.
 */
export async function adminLogin(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.context().clearCookies()
  await page.goto('/admin/login')
  await expect(async () => {
    if (/\/admin\/?$/.test(new URL(page.url()).pathname)) return // the previous attempt got through
    await page.getByLabel(/email/i).fill(email, { timeout: 5000 })
    await page.getByLabel(/password|mật khẩu/i).fill(password)
    await expect(page.getByLabel(/email/i)).toHaveValue(email, { timeout: 1000 })
    await page.getByRole('button', { name: /login|đăng nhập/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 10_000 })
  }).toPass({ timeout: 45_000 })
}
