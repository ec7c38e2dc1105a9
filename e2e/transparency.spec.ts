import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO_PASSWORD, expectAccessible, headLinks } from './helpers'

const AGENCY = 'so-tai-chinh'

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''))
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

async function adminToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/users/login', { data: { email: 'admin@hatinh.gov.vn', password: DEMO_PASSWORD } })
  expect(res.ok()).toBe(true)
  return (await res.json()).token as string
}

async function recompute(request: APIRequestContext, token: string) {
  const res = await request.post('/api/transparency/recompute', { headers: { Authorization: `JWT ${token}` } })
  expect(res.status(), await res.text()).toBe(200)
}

async function criterionScore(page: Page, criterion: string): Promise<number | null> {
  const cell = page.locator(`#breakdown tr[data-criterion="${criterion}"] td`).first()
  if ((await cell.count()) === 0) return null
  const text = (await cell.innerText()).trim()
  const n = Number(text.replace(/\./g, '').replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

test.describe('the transparency index', () => {
  test('the ranking renders in both languages, accessible, with canonical and hreflang', async ({ page }) => {
    const res = await page.goto('/vi/minh-bach')
    expect(res?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chỉ số minh bạch')
    await expect(page.locator('#ranking-table tbody tr')).not.toHaveCount(0)
    await expect(page.getByText('Trung bình toàn tỉnh').first()).toBeVisible()
    const links = await headLinks(page)
    expect(links.canonical).toMatch(/\/vi\/minh-bach$/)
    expect(links.alternates.en).toMatch(/\/en\/transparency$/)
    await expectAccessible(page)
    await page.goto('/en/transparency')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transparency index')
    await expectAccessible(page)
  })

  test('filtering by agency kind works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/vi/minh-bach')
    await page.getByLabel('Loại cơ quan').selectOption('commune')
    await page.getByRole('button', { name: 'Xem' }).click()
    await expect(page).toHaveURL(/kind=commune/)
    const slugs = await page.locator('#ranking-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency')))
    expect(slugs.length).toBeGreaterThan(0)
    expect(slugs).toContain('xa-thach-ha')
    expect(slugs).not.toContain(AGENCY)
    await context.close()
  })

  test('the ranking CSV parses and matches the page', async ({ page, request }) => {
    await page.goto('/en/transparency')
    const pageRows = await page.locator('#ranking-table tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ slug: r.getAttribute('data-agency'), cells: [...r.querySelectorAll('td')].map((c) => c.textContent?.trim() ?? '') })),
    )
    const res = await request.get('/en/transparency/ranking.csv')
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toContain('text/csv')
    const body = await res.body()
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM
    const [header, ...rows] = parseCsv(body.toString('utf8').slice(1))
    expect(header!.slice(0, 6)).toEqual(['Rank', 'Agency slug', 'Agency', 'Agency kind', 'Period', 'Score'])
    expect(rows.map((r) => r[1])).toEqual(pageRows.map((r) => r.slug))
    rows.forEach((r, i) => {
      const cells = pageRows[i]!.cells
      expect(r[0], `rank of ${r[1]}`).toBe(cells[0])
      const shown = cells[1] === 'not assessed' ? '' : cells[1]
      expect(r[5], `score of ${r[1]}`).toBe(shown!.replace(/,/g, ''))
    })
    const json = await (await request.get('/vi/minh-bach/ranking.json')).json()
    expect(json.ranking.map((r: { agency: { slug: string } }) => r.agency.slug)).toEqual(pageRows.map((r) => r.slug))
  })

  test('publishing a late budget disclosure lowers timeliness on the next recomputation; the evidence names it', async ({ page, request }) => {
    const token = await adminToken(request)
    const auth = { Authorization: `JWT ${token}` }
    const agency = (await (await request.get(`/api/agencies?where[slug][equals]=${AGENCY}&depth=0`)).json()).docs[0]
    const year = new Date().getFullYear()
    const publish = async (title: string, family: string, documentDate: string) => {
      const res = await request.post('/api/budget-disclosures?locale=vi', {
        headers: auth,
        data: { title, fiscalYear: year, family, documentDate, agency: agency.id, _status: 'published' },
      })
      expect(res.status(), await res.text()).toBe(201)
    }
    // an on-time approved estimate (due 30 days after issue) so timeliness is assessed
    await publish(`Dự toán ngân sách năm ${year} – công khai đúng hạn (e2e)`, 'estimate-approved', isoDaysAgo(3))
    await recompute(request, token)
    await page.goto(`/vi/minh-bach/${AGENCY}`)
    const before = await criterionScore(page, 'timeliness')
    expect(before).not.toBeNull()

    const lateTitle = `Quyết toán ngân sách – công khai chậm (e2e ${Date.now()})`
    await publish(lateTitle, 'final-accounts', isoDaysAgo(60)) // due 30 days after issue: about a month late
    await recompute(request, token)
    await page.goto(`/vi/minh-bach/${AGENCY}`)
    const after = await criterionScore(page, 'timeliness')
    expect(after!).toBeLessThan(before!)
    const row = page.locator('#losses tbody tr', { hasText: lateTitle })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('Chậm')
    await expectAccessible(page)

    const evidence = await (await request.get(`/vi/minh-bach/${AGENCY}/evidence.json`)).json()
    const late = evidence.score.evidence.find((e: { itemTitle?: string; criterion: string }) => e.itemTitle === lateTitle && e.criterion === 'timeliness')
    expect(late).toMatchObject({ status: 'late', entryId: 'final-accounts' })
    expect(late.daysLate).toBeGreaterThan(20)
    const csv = (await (await request.get(`/vi/minh-bach/${AGENCY}/evidence.csv`)).text()).replace(/^\uFEFF/, '')
    expect(parseCsv(csv).some((r) => r[4] === lateTitle && r[3] === 'late')).toBe(true)
  })

  test('snapshots cannot be written through the API, even by an admin', async ({ request }) => {
    const token = await adminToken(request)
    const list = await (await request.get('/api/transparency-snapshots?limit=1&depth=0')).json()
    const id = list.docs[0].id
    const res = await request.patch(`/api/transparency-snapshots/${id}`, { headers: { Authorization: `JWT ${token}` }, data: { total: 100 } })
    expect(res.status()).toBe(403)
    expect((await request.post('/api/transparency/recompute')).status()).toBe(401)
  })
})
