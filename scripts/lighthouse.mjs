#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default: emulated phone, simulated slow 4G and CPU) on the public page
 * types in both locales, against a running portal: prints the four category scores per page and
 * fails when any is below the target.
 *
 *   npm run build && npm start            # or any running portal with content (npm run demo)
 *   npm run bench:lighthouse              # BASE_URL=http://localhost:3000, target 98
 *   BASE_URL=http://localhost:3400 LIGHTHOUSE_MIN=95 npm run bench:lighthouse
 *
 * Chromium from Debian (`apt-get install -y chromium`; CHROMIUM_PATH names another binary);
 * nothing is downloaded. Detail pages are found from the list pages (the first link), so the
 * script works on any content.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const BASE = (process.env.BASE_URL || 'http://localhost:3000').replace(/\/+$/, '')
const MIN = Number(process.env.LIGHTHOUSE_MIN || 98)
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

async function firstLink(listPath, prefix) {
  const res = await fetch(BASE + listPath)
  if (!res.ok) throw new Error(`${listPath}: HTTP ${res.status}`)
  const html = await res.text()
  const re = new RegExp(`href="(${prefix.replace(/[/]/g, '\\/')}/[^"?#/]+)"`, 'g')
  const m = re.exec(html)
  if (!m) throw new Error(`no link under ${prefix} on ${listPath}`)
  return m[1]
}

const pages = [
  ['home', '/vi'],
  ['home', '/en'],
  ['list (legal finder)', '/vi/van-ban'],
  ['list (legal finder)', '/en/legal-documents'],
  ['detail (legal document)', await firstLink('/vi/van-ban', '/vi/van-ban')],
  ['detail (legal document)', await firstLink('/en/legal-documents', '/en/legal-documents')],
  ['detail (news)', await firstLink('/vi/tin-tuc', '/vi/tin-tuc')],
  ['budget detail', await firstLink('/vi/ngan-sach', '/vi/ngan-sach')],
  ['budget detail', await firstLink('/en/budget', '/en/budget')],
  ['transparency', '/vi/minh-bach'],
  ['transparency', '/en/transparency'],
  ['invest', '/vi/dau-tu'],
  ['invest', '/en/invest'],
]

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
})
const rows = []
try {
  for (const [kind, path] of pages) {
    // Warm the page cache first: the figures are for a cached page, as visitors get it.
    await fetch(BASE + path).then((r) => r.arrayBuffer())
    const result = await lighthouse(BASE + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
    const lhr = result?.lhr
    const scores = CATEGORIES.map((c) => Math.round((lhr?.categories[c]?.score ?? 0) * 100))
    const failing = CATEGORIES.flatMap((c) =>
      Object.values(lhr?.categories[c]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && typeof a.score === 'number' && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'))
        .map((a) => a.id),
    )
    rows.push({ kind, path, scores, failing: [...new Set(failing)].slice(0, 6) })
    console.log(`${kind.padEnd(24)} ${path.padEnd(58)} ${scores.map((s) => String(s).padStart(4)).join('')}${failing.length ? `   (below 0.9: ${[...new Set(failing)].slice(0, 6).join(', ')})` : ''}`)
  }
} finally {
  await chrome.kill()
}
console.log(`\n${''.padEnd(83)}${['perf', 'a11y', 'b-p', 'seo'].map((s) => s.padStart(4)).join('')}`)
const low = rows.filter((r) => r.scores.some((s) => s < MIN))
console.log(`lighthouse mobile: ${rows.length} pages, target ${MIN} in every category: ${low.length ? `${low.length} below` : 'all met'}`)
process.exit(low.length ? 1 : 0)
