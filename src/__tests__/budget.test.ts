import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildXlsx, utf8 } from '@/domain/budget/test-utils'
import { toCsvBytes } from '@/domain/budget/core'
import { APPENDIX_01_22_2016 } from '@/domain/budget/fixtures/resolution-22-2016'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * Budget disclosures and plans through the REST API, with each role's real token: table upload
 * and its refusals, the arithmetic check blocking publication, the publisher's override, the
 * computed deadline, and the public reads behind the pages.
 */
// The page reads are imported after boot: src/data imports the config, which must see the test database.
let readBudgetDisclosure: typeof import('@/data/budget').readBudgetDisclosure
let readBudgetDisclosures: typeof import('@/data/budget').readBudgetDisclosures
let readBudgetFacets: typeof import('@/data/budget').readBudgetFacets
let readPlan: typeof import('@/data/plans').readPlan
let readPlans: typeof import('@/data/plans').readPlans
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
const tokens: Record<string, string> = {}
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

beforeAll(async () => {
  t = await bootPayload('budget')
  ;({ readBudgetDisclosure, readBudgetDisclosures, readBudgetFacets } = await import('@/data/budget'))
  ;({ readPlan, readPlans } = await import('@/data/plans'))
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  for (const role of ['editorA', 'publisherA', 'admin', 'editorB'] as const) tokens[role] = await api.login(f.users[role].email, PASSWORD)
})
afterAll(async () => t?.cleanup())

function upload(token: string, name: string, bytes: Uint8Array, agency = f.agencyA, type = 'text/csv') {
  const fd = new FormData()
  fd.append('_payload', JSON.stringify({ agency: String(agency) }))
  fd.append('file', new Blob([Buffer.from(bytes)], { type }), name)
  return api.request('POST', '/api/budget-table-files?locale=vi', { token, form: fd })
}

const errorText = (body: Record<string, unknown>) => JSON.stringify(body.errors ?? body)

const CSV_VI = utf8(
  [
    'Đơn vị tính: triệu đồng',
    'TT;Nội dung;Tổng kinh phí;Năm 2017;Năm 2018',
    '1;Tuyên truyền, tập huấn;1.234,5;600;634,5',
    '2;Đào tạo CIO;54.990;30.000;24.990',
    ';Tổng;56.224,5;30.600;25.624,5',
  ].join('\r\n'),
  true,
)

async function disclosure(data: Record<string, unknown>, token = tokens.editorA!) {
  const res = await api.request('POST', '/api/budget-disclosures?locale=vi&draft=true', {
    token,
    json: { agency: f.agencyA, fiscalYear: 2018, family: 'estimate-approved', documentDate: '2017-12-08T00:00:00.000Z', _status: 'draft', ...data },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as Record<string, unknown>
}

describe('table upload', () => {
  it('reads a Vietnamese CSV (BOM, semicolons, 54.990 and 1.234,5) and the disclosure takes its table', async () => {
    const res = await upload(tokens.editorA!, 'du-toan.csv', CSV_VI)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const file = res.body.doc as { id: number; table: { unit: string; rows: { values: number[] }[]; checks: unknown[] }; mimeType: string }
    expect(file.mimeType).toBe('text/csv')
    expect(file.table.unit).toBe('triệu đồng')
    expect(file.table.rows[0]!.values).toEqual([1234.5, 600, 634.5])
    expect(file.table.rows[1]!.values).toEqual([54990, 30000, 24990])
    expect(file.table.checks.length).toBeGreaterThan(0)

    const doc = await disclosure({ title: 'Dự toán CSV', slug: 'du-toan-csv', tableFile: file.id })
    expect((doc.table as { rows: unknown[] }).rows).toHaveLength(3)
    expect(doc.totalsReport).toBeNull()
  })

  it("keeps the editor's corrections sent with a newly picked file (the admin grid shows the file's table at once)", async () => {
    const res = await upload(tokens.editorA!, 'du-toan-sua.csv', CSV_VI)
    const file = res.body.doc as { id: number; table: { rows: { values: (number | null)[] }[] } }
    const doc = await disclosure({ title: 'Dự toán sửa', slug: 'du-toan-sua' })
    const corrected = structuredClone(file.table)
    corrected.rows[0]!.values[0] = 1
    const withEdits = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi&draft=true`, { token: tokens.editorA, json: { tableFile: file.id, table: corrected } })
    expect(withEdits.status, JSON.stringify(withEdits.body)).toBe(200)
    expect(((withEdits.body.doc as { table: typeof corrected }).table.rows[0]!.values[0])).toBe(1)
    // the file alone (or with the stored table unchanged) still brings the file's table
    const other = await disclosure({ title: 'Dự toán tệp', slug: 'du-toan-tep' })
    const fileOnly = await api.request('PATCH', `/api/budget-disclosures/${other.id}?locale=vi&draft=true`, { token: tokens.editorA, json: { tableFile: file.id, table: other.table ?? null } })
    expect(((fileOnly.body.doc as { table: typeof corrected }).table.rows[0]!.values[0])).toBe(1234.5)
  })

  it('reads an XLSX file', async () => {
    const xlsx = buildXlsx([
      ['TT', 'Nội dung', 'Tổng', 'Năm 2017', 'Năm 2018'],
      ['1', 'Hạng mục A', 300, 100, 200],
      [null, 'Tổng', 300, 100, 200],
    ])
    const res = await upload(tokens.editorA!, 'bang.xlsx', xlsx, f.agencyA, 'application/octet-stream')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((res.body.doc as { mimeType: string }).mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  })

  const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
  const windows1258 = new Uint8Array([...new TextEncoder().encode('TT,N'), 0xd4, 0x69, ...new TextEncoder().encode(' dung,2018\r\n1,A,5\r\n')])
  const manyRows = utf8(['TT,Nội dung,Năm 2018', ...Array.from({ length: 6000 }, (_, i) => `${i + 1},Dòng ${i + 1},${i}`)].join('\n'))
  const huge = new Uint8Array(11 * 1024 * 1024).fill(0x31)
  const formula = buildXlsx([
    ['TT', 'Nội dung', 'Năm 2018'],
    ['1', 'A', 5],
    [null, 'Tổng', { formula: 'SUM(C2:C2)', value: 5 }],
  ])
  const merged = buildXlsx(
    [
      ['TT', 'Nội dung', 'Dự toán', null],
      ['1', 'A', 5, 6],
    ],
    { merges: ['C1:D1'] },
  )

  it.each([
    ['a PDF', 'bang.csv', PDF, 400, /không phải bảng tính/],
    ['a Windows-1258 CSV', 'bang.csv', windows1258, 400, /UTF-8/],
    ['6 000 rows', 'bang.csv', manyRows, 400, /quá nhiều dòng: tối đa 5\.000/],
    ['11 MB', 'bang.csv', huge, 413, /Tệp quá lớn: tối đa 10 MB/],
    ['a formula', 'bang.xlsx', formula, 400, /công thức \(ô C3\)/],
    ['merged header cells', 'bang.xlsx', merged, 400, /ô gộp \(ô C1:D1\)/],
  ])('refuses %s with a message naming the problem', async (_what, name, bytes, status, message) => {
    const before = (await t.payload.count({ collection: 'budget-table-files', overrideAccess: true })).totalDocs
    const res = await upload(tokens.editorA!, name, bytes, f.agencyA, 'text/csv')
    expect(res.status).toBe(status)
    expect(errorText(res.body)).toMatch(message)
    expect((await t.payload.count({ collection: 'budget-table-files', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a refused replacement leaves the saved table as it was', async () => {
    const doc = await disclosure({ title: 'Giữ bảng cũ', slug: 'giu-bang-cu', table: APPENDIX_01_22_2016 })
    const bad = await upload(tokens.editorA!, 'moi.csv', PDF)
    expect(bad.status).toBe(400)
    const stored = await t.payload.findByID({ collection: 'budget-disclosures', id: doc.id as number, draft: true, overrideAccess: true })
    expect(stored.table).toEqual(APPENDIX_01_22_2016)
  })

  it('table files are private to the owning agency', async () => {
    expect((await api.request('GET', '/api/budget-table-files')).status).toBe(403)
    const other = await api.request('GET', '/api/budget-table-files', { token: tokens.editorB })
    expect((other.body.docs as unknown[]).length).toBe(0)
  })

  it('reports a typed table that is structurally invalid and refuses to publish it', async () => {
    const bad = { unit: 'x', columns: [], rows: [{}], checks: [] }
    const doc = await disclosure({ title: 'Sai', slug: 'sai', table: bad })
    expect(doc.totalsReport).toMatch(/Bảng số liệu không hợp lệ: rows\[0\]/)
    const res = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published' } })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toMatch(/Bảng số liệu không hợp lệ/)
  })
})

describe('arithmetic check and publishing', () => {
  const broken = structuredClone(APPENDIX_01_22_2016)
  broken.rows[4]!.values[2] = 1250 // "Tổng", Năm 2018 printed as 1.210

  it('shows the wrong cell and blocks publication until a publisher gives a reason', async () => {
    const doc = await disclosure({ title: 'Dự toán lỗi', slug: 'du-toan-loi', table: broken })
    expect(doc.totalsReport).toMatch(/Ô E6 \(Tổng × Năm 2018\): ghi 1\.250, tổng các số hạng 1\.210, chênh lệch \+40\./)
    expect(doc.totalsMismatches).toEqual(expect.arrayContaining([expect.objectContaining({ ref: 'E6', expected: 1210, actual: 1250, difference: 40 })]))

    const publish = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(errorText(publish.body)).toMatch(/Không thể đăng: số liệu tổng không khớp/)
    expect(errorText(publish.body)).toMatch(/E6/)

    // An editor cannot accept the mismatch.
    const editor = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi&draft=true`, { token: tokens.editorA, json: { totalsOverride: { reason: 'Tôi chấp nhận' } } })
    expect(editor.status).toBe(403)

    // A publisher can, and the reason, who and when are kept (by/at are not taken from the body).
    const ok = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi`, {
      token: tokens.publisherA,
      json: { _status: 'published', totalsOverride: { reason: 'Văn bản gốc in sai, công khai nguyên văn', by: f.users.admin.id, at: '2000-01-01T00:00:00.000Z' } },
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const saved = await t.payload.findByID({ collection: 'budget-disclosures', id: doc.id as number, overrideAccess: true, depth: 0 })
    expect(saved._status).toBe('published')
    expect(saved.totalsOverride?.reason).toBe('Văn bản gốc in sai, công khai nguyên văn')
    expect(saved.totalsOverride?.by).toBe(f.users.publisherA.id)
    expect(saved.totalsOverride?.at).not.toBe('2000-01-01T00:00:00.000Z')

    // A later editor save keeps the publisher's override untouched.
    await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi&draft=true`, { token: tokens.editorA, json: { note: 'Sửa thuyết minh', totalsOverride: { reason: 'Văn bản gốc in sai, công khai nguyên văn', by: f.users.editorA.id } } })
    const after = await t.payload.findByID({ collection: 'budget-disclosures', id: doc.id as number, overrideAccess: true, depth: 0, draft: true })
    expect(after.totalsOverride?.by).toBe(f.users.publisherA.id)
  })

  it('a table whose totals check publishes without an override', async () => {
    const doc = await disclosure({ title: 'Dự toán đúng', slug: 'du-toan-dung', table: APPENDIX_01_22_2016 })
    const res = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })
})

describe('deadline and punctuality', () => {
  it('are computed, not typed, and follow the admin holiday list', async () => {
    const doc = await disclosure({ title: 'Dự toán trình', slug: 'du-toan-trinh', family: 'estimate-submitted', documentDate: '2018-02-12T00:00:00.000Z', table: APPENDIX_01_22_2016, dueDate: '2030-01-01', onTime: true })
    expect(String(doc.dueDate).slice(0, 10)).toBe('2018-02-26')
    const pub = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published', publishedAt: '2018-02-27T03:00:00.000Z', daysLate: 0 } })
    expect(pub.status).toBe(200)
    expect(pub.body.doc).toMatchObject({ onTime: false, daysLate: 1 })

    // The administrator records an extra day off (23/02/2018): the deadline moves to 27/02.
    const g = await api.request('POST', '/api/globals/holidays?locale=vi', { token: tokens.admin, json: { entries: [{ date: '2018-02-23T00:00:00.000Z', kind: 'holiday', name: 'Nghỉ bổ sung' }] } })
    expect(g.status, JSON.stringify(g.body)).toBe(200)
    const list = await readBudgetDisclosures(t.payload, 'vi', { year: 2018, family: 'estimate-submitted' })
    expect(list.items.map((i) => [i.slug, i.timeliness.dueDate, i.timeliness.onTime])).toEqual([['du-toan-trinh', '2018-02-27', true]])
    const resaved = await api.request('PATCH', `/api/budget-disclosures/${doc.id}?locale=vi`, { token: tokens.publisherA, json: { note: 'x' } })
    expect(resaved.body.doc).toMatchObject({ onTime: true, daysLate: 0 })
    await t.payload.updateGlobal({ slug: 'holidays', data: { entries: [] }, ...SYSTEM })
  })
})

describe('public reads', () => {
  it('list, filter and detail show published disclosures only, with the table', async () => {
    const all = await readBudgetDisclosures(t.payload, 'en', {})
    expect(all.items.map((i) => i.slug).sort()).toEqual(['du-toan-dung', 'du-toan-loi', 'du-toan-trinh'])
    expect(all.items[0]!.title?.lang).toBe('vi') // no English title: shown in Vietnamese, marked as such
    expect((await readBudgetDisclosures(t.payload, 'vi', { agency: 'so-b' })).items).toEqual([])
    expect((await readBudgetDisclosures(t.payload, 'vi', { agency: 'so-a', family: 'estimate-approved' })).items).toHaveLength(2)
    const facets = await readBudgetFacets(t.payload, 'vi')
    expect(facets).toMatchObject({ years: [2018], families: ['estimate-submitted', 'estimate-approved'], agencies: [{ slug: 'so-a' }] })
    const detail = await readBudgetDisclosure(t.payload, 'vi', 'du-toan-dung')
    expect(detail?.table).toEqual(APPENDIX_01_22_2016)
    expect(new TextDecoder().decode(toCsvBytes(detail!.table!))).toContain('Tổng,4470,700,1210,1360,1200')
    expect(await readBudgetDisclosure(t.payload, 'vi', 'du-toan-csv')).toBeNull() // a draft
  })
})

describe('plans and their approval chain', () => {
  it('shows plan → approving decision → its amendments', async () => {
    const legal = (number: string, title: string, issueDate: string, relations: unknown[] = []) =>
      t.payload.create({
        collection: 'legal-documents',
        locale: 'vi',
        data: { number, title, docType: 'decision', centralIssuer: 'thu-tuong', issueDate, agency: f.agencyA, relations, _status: 'published' } as never,
        ...SYSTEM,
      })
    const approving = await legal('1363/QĐ-TTg', 'Phê duyệt Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021–2030', '2022-11-08T00:00:00.000Z')
    await legal('999/QĐ-TTg', 'Điều chỉnh Quy hoạch tỉnh Hà Tĩnh', '2025-06-01T00:00:00.000Z', [{ kind: 'amends', target: approving.id }])
    await legal('998/QĐ-TTg', 'Văn bản chỉ dẫn chiếu', '2024-01-01T00:00:00.000Z', [{ kind: 'legal-basis', target: approving.id }])
    const create = await api.request('POST', '/api/plans?locale=vi', {
      token: tokens.publisherA,
      json: { agency: f.agencyA, title: 'Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021–2030', slug: 'quy-hoach-tinh', kind: 'provincial-master', level: 'province', planStatus: 'adjusted', area: 'province', periodStart: 2021, periodEnd: 2030, visionYear: 2050, approvingDocument: approving.id, _status: 'published' },
    })
    expect(create.status, JSON.stringify(create.body)).toBe(201)
    const plan = await readPlan(t.payload, 'vi', 'quy-hoach-tinh')
    expect(plan?.approval).toMatchObject({ number: expect.stringMatching(/^1363\/QĐ-TTg$/i), issueDate: '2022-11-08' })
    expect(plan?.amendments.map((a) => [a.number.toUpperCase(), a.kind])).toEqual([['999/QĐ-TTG', 'amends']])
    expect((await readPlans(t.payload, 'vi', { kind: 'provincial-master', status: 'adjusted' })).items.map((p) => p.slug)).toEqual(['quy-hoach-tinh'])
    expect((await readPlans(t.payload, 'vi', { kind: 'land-use' })).items).toEqual([])
  })
})

describe('demo data', () => {
  it('seeds the four tables as 2017–2020 disclosures and the plans, idempotently', async () => {
    const { seedBudget } = await import('@/seed/budget')
    const { seedPlans } = await import('@/seed/plans')
    const ids = new Map<string, number>()
    for (const slug of ['so-tai-chinh', 'ubnd-tinh', 'so-nong-nghiep-va-moi-truong', 'ban-quan-ly-khu-kinh-te']) {
      const a = await t.payload.create({ collection: 'agencies', data: { slug, name: slug, kind: 'department' } as never, locale: 'vi', ...SYSTEM })
      ids.set(slug, a.id)
    }
    for (let run = 0; run < 2; run++) {
      expect(await seedPlans(t.payload, ids)).toBe(4)
      expect(await seedBudget(t.payload, ids)).toBe(4)
    }
    const seeded = await readBudgetDisclosures(t.payload, 'en', { agency: 'so-tai-chinh' })
    expect(seeded.items.map((d) => [d.fiscalYear, d.family, d.title?.lang, d.timeliness.onTime])).toEqual([
      [2020, 'estimate-approved', 'en', true],
      [2019, 'estimate-approved', 'en', false],
      [2018, 'estimate-approved', 'en', true],
      [2017, 'estimate-approved', 'en', true],
    ])
    const stored = await t.payload.find({ collection: 'budget-disclosures', where: { 'agency.slug': { equals: 'so-tai-chinh' } }, overrideAccess: true, depth: 0 })
    expect(stored.docs.every((d) => Array.isArray(d.totalsMismatches) && d.totalsMismatches.length === 0)).toBe(true)
    const landUse = await readPlan(t.payload, 'vi', 'ke-hoach-su-dung-dat-2024-phuong-thanh-sen')
    expect(landUse?.amendments.map((a) => a.kind)).toEqual(['amends'])
    expect((await readPlans(t.payload, 'en', { area: 'vung-ang-ez' })).items.map((p) => p.title?.text)).toEqual(['General construction plan of the Vung Ang Economic Zone to 2040'])
  })
})
