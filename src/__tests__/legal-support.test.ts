import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextFromParagraphs } from '@/lib/richtext'
import { getSearchIndex } from '@/search/payload-index'
import { mostLinked } from '@/domain/legalSupport'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * Legal support for businesses (issue 15 §2): the section's loaders on real data (Local API, as an
 * anonymous visitor), the back-link from a legal document to the guides explaining it, guides in
 * site search, and — through the REST API with real tokens — who may write consultants and guides
 * and what visitors may read.
 */
type ID = number
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let data: typeof import('@/data/legalSupport')
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, skipNotify: true, answerClosed: true } } as const
let justice: ID
const tokens: Record<string, string> = {}
let docs: { publishedA: ID; draftA: ID; publishedB: ID; draftB: ID; otherA: ID }

const legal = async (number: string, agency: ID, status: 'draft' | 'published', title: string) =>
  (
    await t.payload.create({
      collection: 'legal-documents',
      data: { number, docType: 'decision', title, centralIssuer: 'chinh-phu', issueDate: '2024-01-01T00:00:00.000+07:00', fields: ['land'], agency, _status: status } as never,
      draft: status === 'draft',
      locale: 'vi',
      ...SYSTEM,
    })
  ).id as ID

const guide = async (slug: string, agency: ID, fields: { field: string; legalDocuments: ID[]; status?: 'draft' | 'published'; title?: string; en?: string; publishedAt?: string }) => {
  const status = fields.status ?? 'published'
  const doc = await t.payload.create({
    collection: 'legal-guides',
    data: {
      slug,
      agency,
      field: fields.field,
      legalDocuments: fields.legalDocuments,
      title: fields.title ?? `Hướng dẫn ${slug}`,
      summary: `Tóm tắt ${slug}`,
      body: richTextFromParagraphs([`Nội dung hướng dẫn ${slug}`]),
      ...(fields.publishedAt ? { publishedAt: fields.publishedAt } : {}),
      _status: status,
    } as never,
    draft: status === 'draft',
    locale: 'vi',
    ...SYSTEM,
  })
  if (fields.en) await t.payload.update({ collection: 'legal-guides', id: doc.id, data: { title: fields.en, _status: 'published' } as never, locale: 'en', ...SYSTEM })
  return doc.id as ID
}

const consultant = async (name: string, extra: Record<string, unknown>) =>
  (await t.payload.create({ collection: 'legal-consultants', data: { name, organisation: `Tổ chức của ${name}`, fields: ['land'], workPhone: '0239 3000 999', active: true, ...extra } as never, locale: 'vi', ...SYSTEM })).id as ID

beforeAll(async () => {
  t = await bootPayload('legal-support')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  // Imported after boot: src/data loads the Payload config, which must see this test's DATABASE_URL.
  data = await import('@/data/legalSupport')
  justice = (await t.payload.create({ collection: 'agencies', data: { slug: 'so-tu-phap', name: 'Sở Tư pháp', kind: 'department' }, locale: 'vi', ...SYSTEM })).id as ID
  await t.payload.create({ collection: 'users', data: { email: 'editor.stp@test.vn', password: PASSWORD, name: 'Biên tập STP', agencies: [{ agency: justice, roles: ['editor'] }] }, ...SYSTEM })
  for (const [key, email] of [
    ['justice', 'editor.stp@test.vn'],
    ['editorA', f.users.editorA.email],
    ['publisherA', f.users.publisherA.email],
    ['editorB', f.users.editorB.email],
    ['admin', f.users.admin.email],
  ] as const)
    tokens[key] = await api.login(email, PASSWORD)
  docs = {
    publishedA: await legal('11/2024/QĐ-UBND', f.agencyA, 'published', 'Quyết định về đất đai của Sở A'),
    draftA: await legal('12/2024/QĐ-UBND', f.agencyA, 'draft', 'Dự thảo của Sở A'),
    publishedB: await legal('13/2024/QĐ-UBND', f.agencyB, 'published', 'Quyết định của Sở B'),
    draftB: await legal('14/2024/QĐ-UBND', f.agencyB, 'draft', 'Dự thảo mật của Sở B'),
    otherA: await legal('15/2024/QĐ-UBND', f.agencyA, 'published', 'Quyết định khác của Sở A'),
  }
}, 120_000)
afterAll(async () => t?.cleanup())

describe('guides: list, detail and the back-link', () => {
  let landGuide: ID
  let draftGuide: ID

  beforeAll(async () => {
    // The system links A's own draft: a page must still not show it.
    landGuide = await guide('thu-tuc-dat-dai', f.agencyA, { field: 'land', legalDocuments: [docs.publishedA, docs.draftA, docs.publishedB], en: 'Land procedures', publishedAt: '2026-05-01T00:00:00.000Z' })
    await guide('dau-tu-khu-kinh-te', justice, { field: 'investment', legalDocuments: [docs.publishedA], publishedAt: '2026-06-01T00:00:00.000Z' })
    draftGuide = await guide('ban-nhap', f.agencyB, { field: 'land', legalDocuments: [docs.otherA], status: 'draft' })
  })

  it('the list holds published guides only, newest first, and filters by field', async () => {
    const all = await data.readGuides(t.payload, 'vi')
    expect(all.map((g) => g.slug)).toEqual(['dau-tu-khu-kinh-te', 'thu-tuc-dat-dai'])
    expect(all[1]).toMatchObject({ field: 'land', agency: { slug: 'so-a' }, title: { text: 'Hướng dẫn thu-tuc-dat-dai', lang: 'vi' } })
    expect((await data.readGuides(t.payload, 'vi', 'land')).map((g) => g.slug)).toEqual(['thu-tuc-dat-dai'])
    expect(await data.readGuides(t.payload, 'vi', 'labour')).toEqual([])
  })

  it('the English list shows the English title, else the Vietnamese one marked as Vietnamese', async () => {
    const en = await data.readGuides(t.payload, 'en')
    expect(en.map((g) => g.title)).toEqual([
      { text: 'Hướng dẫn dau-tu-khu-kinh-te', lang: 'vi' },
      { text: 'Land procedures', lang: 'en' },
    ])
  })

  it("a guide's page shows the published legal documents it explains, never a draft", async () => {
    const g = await data.readGuide(t.payload, 'vi', 'thu-tuc-dat-dai')
    expect(g?.legalDocuments.map((d) => d.number)).toEqual(['11/2024/QĐ-UBND', '13/2024/QĐ-UBND'])
    expect(g?.body?.lang).toBe('vi')
    expect(await data.readGuide(t.payload, 'vi', 'ban-nhap')).toBeNull()
  })

  it('a legal document links back to the published guides that explain it, not to drafts', async () => {
    expect((await data.readGuidesFor(t.payload, 'vi', docs.publishedA)).map((g) => g.slug)).toEqual(['dau-tu-khu-kinh-te', 'thu-tuc-dat-dai'])
    expect((await data.readGuidesFor(t.payload, 'vi', docs.publishedB)).map((g) => g.slug)).toEqual(['thu-tuc-dat-dai'])
    // Only the draft guide links this one.
    expect(await data.readGuidesFor(t.payload, 'vi', docs.otherA)).toEqual([])
    await t.payload.update({ collection: 'legal-guides', id: draftGuide, data: { _status: 'published' } as never, locale: 'vi', ...SYSTEM })
    expect((await data.readGuidesFor(t.payload, 'vi', docs.otherA)).map((g) => g.slug)).toEqual(['ban-nhap'])
    await t.payload.update({ collection: 'legal-guides', id: draftGuide, data: { _status: 'draft' } as never, locale: 'vi', ...SYSTEM })
    expect(await data.readGuidesFor(t.payload, 'vi', docs.otherA)).toEqual([])
    void landGuide
  })

  it('a published guide is a site-search hit at its legal-support address', async () => {
    const index = await getSearchIndex(t.payload)
    const r = await index.search({ q: 'thu tuc dat dai', locale: 'vi', section: 'legal-guides', page: 1, pageSize: 10 })
    expect(r.hits.map((h) => [h.collection, h.url])).toEqual([['legal-guides', '/vi/ho-tro-phap-ly/thu-tuc-dat-dai']])
    expect((await index.search({ q: 'ban nhap', locale: 'vi', section: 'legal-guides', page: 1, pageSize: 10 })).total).toBe(0)
  })

  it("refuses a slug that is the address of the section's directory", async () => {
    for (const slug of ['tu-van-vien', 'consultants'])
      await expect(t.payload.create({ collection: 'legal-guides', data: { slug, agency: f.agencyA, field: 'land', title: 'Trùng đường dẫn', _status: 'published' } as never, locale: 'vi', ...SYSTEM })).rejects.toThrow()
  })
})

describe('law-related answers and the documents most asked about', () => {
  it('reads published answers with the documents they cite; drafts stay out', async () => {
    const answer = (code: string, status: 'draft' | 'published', relatedDocuments: ID[], field = 'land') =>
      t.payload.create({
        collection: 'question-answers',
        data: { title: `Câu hỏi ${code}`, slug: code.toLowerCase(), code, field, relatedDocuments, agency: f.agencyA, answeredOn: '2026-06-10T00:00:00.000Z', answer: richTextFromParagraphs(['Trả lời']), _status: status } as never,
        draft: status === 'draft',
        locale: 'vi',
        ...SYSTEM,
      })
    await answer('HD-T-1', 'published', [docs.publishedB, docs.publishedA])
    await answer('HD-T-2', 'published', [])
    await answer('HD-T-3', 'draft', [docs.otherA])
    await answer('HD-T-4', 'published', [docs.publishedB], 'investment')
    const c = await data.readCitations(t.payload, 'vi')
    expect(c.answers.map((a) => [a.slug, a.documents.length])).toEqual(expect.arrayContaining([['hd-t-1', 2], ['hd-t-2', 0], ['hd-t-4', 1]]))
    expect(c.answers.map((a) => a.slug)).not.toContain('hd-t-3')
    // Published guides: thu-tuc-dat-dai (publishedA, draftA, publishedB) and dau-tu-khu-kinh-te (publishedA).
    expect(c.guides).toHaveLength(2)
    const published = new Set([docs.publishedA, docs.publishedB, docs.otherA].map(String))
    const ranked = mostLinked(
      [...c.answers.map((a) => ({ kind: 'answer' as const, documents: a.documents })), ...c.guides.map((g) => ({ kind: 'guide' as const, documents: g.documents }))],
      published,
      5,
    )
    expect(ranked).toEqual([
      { id: String(docs.publishedB), answers: 2, guides: 1 },
      { id: String(docs.publishedA), answers: 1, guides: 2 },
    ])
  })
})

describe('consultants: the directory', () => {
  it('visitors read active consultants only, by name, filtered by field; contacts stay out of search', async () => {
    await consultant('Trần Văn B', { fields: ['labour'], workEmail: 'b.tuvan@example.vn' })
    await consultant('Nguyễn Thị A', { fields: ['land', 'investment'], workEmail: 'a.tuvan@example.vn' })
    await consultant('Lê Văn C', { active: false, workEmail: 'c.nghi@example.vn' })
    const all = await data.readConsultants(t.payload, 'vi')
    expect(all.map((c) => c.name)).toEqual(['Nguyễn Thị A', 'Trần Văn B'])
    expect(all[0]).toMatchObject({ workPhone: '0239 3000 999', workEmail: 'a.tuvan@example.vn', fields: ['land', 'investment'] })
    expect((await data.readConsultants(t.payload, 'vi', 'land')).map((c) => c.name)).toEqual(['Nguyễn Thị A'])
    const index = await getSearchIndex(t.payload)
    for (const q of ['a.tuvan@example.vn', 'Nguyễn Thị A', '0239 3000 999']) expect([q, (await index.search({ q, locale: 'vi', page: 1, pageSize: 10 })).total]).toEqual([q, 0])
  })

  it('an entry needs a contact, and a phone that looks like one', async () => {
    await expect(t.payload.create({ collection: 'legal-consultants', data: { name: 'Không liên lạc', organisation: 'X', fields: ['land'] } as never, locale: 'vi', ...SYSTEM })).rejects.toThrow()
    await expect(t.payload.create({ collection: 'legal-consultants', data: { name: 'Số sai', organisation: 'X', fields: ['land'], workPhone: 'gọi tôi' } as never, locale: 'vi', ...SYSTEM })).rejects.toThrow()
  })
})

describe('REST access', () => {
  it("only the Department of Justice's staff and admins write consultants; another agency's editor cannot", async () => {
    const body = (name: string) => ({ name, organisation: 'Công ty Luật', fields: ['trade'], workEmail: 'lienhe@example.vn' })
    for (const who of ['editorA', 'publisherA', 'editorB'] as const) {
      const res = await api.request('POST', '/api/legal-consultants?locale=vi', { token: tokens[who], json: body(`Giả mạo ${who}`) })
      expect([who, res.status]).toEqual([who, 403])
    }
    expect((await api.request('POST', '/api/legal-consultants?locale=vi', { json: body('Khách') })).status).toBe(403)
    const created = await api.request('POST', '/api/legal-consultants?locale=vi', { token: tokens.justice, json: body('Phạm Văn D') })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: ID }).id
    const byAdmin = await api.request('POST', '/api/legal-consultants?locale=vi', { token: tokens.admin, json: body('Hoàng Văn E') })
    expect(byAdmin.status).toBe(201)
    // Another agency's editor can neither change nor remove the entry.
    expect([403, 404]).toContain((await api.request('PATCH', `/api/legal-consultants/${id}?locale=vi`, { token: tokens.editorB, json: { name: 'Đổi tên' } })).status)
    expect([403, 404]).toContain((await api.request('DELETE', `/api/legal-consultants/${id}`, { token: tokens.editorB })).status)
    const after = await t.payload.findByID({ collection: 'legal-consultants', id, ...SYSTEM })
    expect(after.name).toBe('Phạm Văn D')
    // The maintainers retire an entry; visitors no longer see it, the maintainers still do.
    expect((await api.request('PATCH', `/api/legal-consultants/${id}?locale=vi`, { token: tokens.justice, json: { active: false } })).status).toBe(200)
    expect([403, 404]).toContain((await api.request('GET', `/api/legal-consultants/${id}`)).status)
    expect([403, 404]).toContain((await api.request('GET', `/api/legal-consultants/${id}`, { token: tokens.editorB })).status)
    expect((await api.request('GET', `/api/legal-consultants/${id}`, { token: tokens.justice })).status).toBe(200)
    const list = await api.request('GET', '/api/legal-consultants?limit=100')
    expect((list.body.docs as { name: string; active: boolean }[]).every((c) => c.active)).toBe(true)
  })

  it("an editor of another agency cannot create, change or delete an agency's guides", async () => {
    const own = await api.request('POST', '/api/legal-guides?locale=vi&draft=true', { token: tokens.editorA, json: { title: 'Hướng dẫn của Sở A', slug: 'huong-dan-cua-so-a', field: 'land', agency: f.agencyA } })
    expect(own.status).toBe(201)
    const id = (own.body.doc as { id: ID }).id
    const forged = await api.request('POST', '/api/legal-guides?locale=vi&draft=true', { token: tokens.editorB, json: { title: 'Giả mạo', slug: 'gia-mao', field: 'land', agency: f.agencyA } })
    expect([400, 403]).toContain(forged.status)
    expect([403, 404]).toContain((await api.request('PATCH', `/api/legal-guides/${id}?locale=vi&draft=true`, { token: tokens.editorB, json: { title: 'Sửa trộm' } })).status)
    expect([403, 404]).toContain((await api.request('DELETE', `/api/legal-guides/${id}`, { token: tokens.editorB })).status)
    const after = await t.payload.findByID({ collection: 'legal-guides', id, draft: true, locale: 'vi', ...SYSTEM })
    expect(after.title).toBe('Hướng dẫn của Sở A')
  })

  it('the review workflow: an editor cannot publish, the publisher can; visitors never read the draft', async () => {
    const created = await api.request('POST', '/api/legal-guides?locale=vi&draft=true', { token: tokens.editorA, json: { title: 'Hướng dẫn chờ duyệt', slug: 'huong-dan-cho-duyet', field: 'land', agency: f.agencyA, legalDocuments: [docs.publishedB] } })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: ID }).id
    for (const url of [`/api/legal-guides/${id}`, `/api/legal-guides/${id}?draft=true`]) expect([403, 404]).toContain((await api.request('GET', url)).status)
    const drafts = await api.request('GET', `/api/legal-guides?draft=true&where[id][equals]=${id}`)
    expect(drafts.body.totalDocs).toBe(0)
    expect((await api.request('PATCH', `/api/legal-guides/${id}?locale=vi`, { token: tokens.editorA, json: { _status: 'published' } })).status).toBe(403)
    expect((await t.payload.findByID({ collection: 'legal-guides', id, ...SYSTEM }))._status).toBe('draft')
    expect((await api.request('PATCH', `/api/legal-guides/${id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published' } })).status).toBe(200)
    expect((await api.request('GET', `/api/legal-guides/${id}`)).status).toBe(200)
  })

  it("a guide links another agency's legal documents only once published", async () => {
    const created = await api.request('POST', '/api/legal-guides?locale=vi&draft=true', { token: tokens.editorA, json: { title: 'Hướng dẫn liên cơ quan', slug: 'huong-dan-lien-co-quan', field: 'land', agency: f.agencyA } })
    const id = (created.body.doc as { id: ID }).id
    const link = (target: ID) => api.request('PATCH', `/api/legal-guides/${id}?locale=vi&draft=true`, { token: tokens.editorA, json: { legalDocuments: [target] } })
    expect((await link(docs.publishedB)).status).toBe(200)
    expect((await link(docs.draftA)).status).toBe(200)
    expect((await link(docs.draftB)).status).toBe(400)
  })
})
