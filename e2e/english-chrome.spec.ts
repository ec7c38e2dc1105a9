import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * No mixed-language chrome: walks the English site (every /en page reachable from the home page
 * within two clicks, plus the investors' detail pages) and fails if a page shows an i18next key
 * instead of text, or a Vietnamese UI string outside content marked lang="vi".
 */
type Tree = Record<string, unknown>
// Read as files: Playwright's ESM loader refuses JSON imports without an import attribute.
const catalogue = (locale: string) => JSON.parse(readFileSync(path.resolve('src/i18n/locales', `${locale}.json`), 'utf8')) as Tree
const en = catalogue('en')
const vi = catalogue('vi')
const flatten = (obj: Tree, prefix = ''): [string, string][] =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v as Tree, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]))

const enEntries = flatten(en as Tree)
const KEYS = new Set(enEntries.map(([k]) => k))
const EN_VALUES = new Set(enEntries.map(([, v]) => v))
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
const fragments = (v: string) => v.split(/{{\w+}}/).map((s) => s.trim())
const EN_FOLDED = new Set([...EN_VALUES].flatMap(fragments).map(fold))
// Vietnamese UI strings (placeholders split out) that never occur in English chrome. Proper names
// whose English spelling only drops the diacritics ("Hà Tĩnh" / "Ha Tinh") and one- or two-syllable
// words, which also occur inside Vietnamese content ("Doanh nghiệp"), are not evidence.
const VI_STRINGS = [
  ...new Set(
    flatten(vi as Tree)
      .map(([, v]) => v)
      .filter((v) => !EN_VALUES.has(v))
      .flatMap(fragments)
      .filter((s) => s.split(/\s+/).length >= 3 && /[^\x00-\x7F]/.test(s) && !EN_FOLDED.has(fold(s))),
  ),
]

const SEEDS = [
  '/en',
  '/en/invest',
  '/en/invest/nha-may-dien-khi-lng-vung-ang',
  '/en/invest/zones/khu-kinh-te-vung-ang',
  '/en/invest/procedures/chap-thuan-chu-truong-dau-tu',
  '/en/transparency/english',
]
const SKIP = /\.(csv|xlsx|pdf|xml|json|zip|docx)$|^\/en\/.*\/enquiry-sent$/

test('every English page speaks English', async ({ page }) => {
  test.setTimeout(300_000)
  const seen = new Set<string>()
  let frontier = [...SEEDS]
  const problems: string[] = []
  for (let depth = 0; depth <= 2 && frontier.length; depth++) {
    const next: string[] = []
    for (const path of frontier) {
      if (seen.has(path) || seen.size >= 60) continue
      seen.add(path)
      const res = await page.goto(path)
      if (!res || res.status() !== 200) {
        if (res && res.status() >= 500) problems.push(`${path}: HTTP ${res.status()}`)
        continue
      }
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      const { text, links } = await page.evaluate(() => {
        const clone = document.body.cloneNode(true) as HTMLElement
        // Content in another language is declared as such and is not chrome.
        clone.querySelectorAll('[lang]:not([lang="en"]), script, style, noscript, template').forEach((n) => n.remove())
        const attrs = [...clone.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((n) =>
          ['aria-label', 'title', 'placeholder', 'alt'].map((a) => n.getAttribute(a) ?? ''),
        )
        return {
          // <title> cannot carry lang: an untranslated item's Vietnamese title there is expected.
          text: `${clone.textContent ?? ''}\n${attrs.join('\n')}`,
          links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
        }
      })
      for (const token of text.match(/\b[a-z][a-zA-Z-]*(?:\.[a-zA-Z-]+)+\b/g) ?? []) {
        if (KEYS.has(token)) problems.push(`${path}: raw i18n key "${token}"`)
      }
      for (const s of VI_STRINGS) if (text.includes(s)) problems.push(`${path}: Vietnamese UI string "${s}"`)
      for (const href of links) {
        const url = new URL(href, page.url())
        if (url.origin !== new URL(page.url()).origin) continue
        const p = url.pathname.replace(/\/$/, '')
        if (p.startsWith('/en') && !SKIP.test(p) && !seen.has(p)) next.push(p)
      }
    }
    frontier = [...new Set(next)]
  }
  expect(seen.size).toBeGreaterThan(8)
  expect(problems).toEqual([])
})
