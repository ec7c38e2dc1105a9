import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { TestPayload } from './helpers/payload'
import { bootSignedIn } from './helpers/signedIn'
import type { Fixtures } from './helpers/fixtures'
import type { restClient } from './helpers/rest'

/**
 * The editorial workflow through the REST API: draft → submitted (publishers e-mailed) →
 * published, the translator's English-only scope, the append-only audit log, agency settings.
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let tokens: Record<string, string>
type Doc = Record<string, unknown>

beforeAll(async () => {
  ;({ t, f, api, tokens } = await bootSignedIn('workflow'))
})
afterAll(async () => t?.cleanup())

const audit = async (documentId: unknown, collection = 'news') =>
  (
    await t.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: String(documentId) } }, { targetCollection: { equals: collection } }] },
      sort: 'createdAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as Doc[]

describe('draft → submitted → published', () => {
  let id: unknown

  it('an editor drafts; the audit log records who, what, where from (the trusted proxy’s address) and the version', async () => {
    // Behind one trusted front proxy (TRUST_PROXY=1) the right-most X-Forwarded-For entry is the client.
    vi.stubEnv('TRUST_PROXY', '1')
    const res = await api.request('POST', '/api/news?draft=true&locale=vi', {
      token: tokens.editorA,
      json: { title: 'Hội nghị chuyển đổi số', agency: f.agencyA },
      headers: { 'X-Forwarded-For': '10.0.0.2, 203.0.113.9' },
    })
    expect(res.status).toBe(201)
    const doc = res.body.doc as Doc
    id = doc.id
    expect(doc.workflowState).toBe('draft')
    const [entry, ...more] = await audit(id)
    expect(more).toHaveLength(0)
    expect(entry).toMatchObject({ action: 'created', user: f.users.editorA.id, userName: 'editor.a@test.vn', title: 'Hội nghị chuyển đổi số', agency: f.agencyA, ip: '203.0.113.9' })
    expect(entry!.versionId).toEqual(expect.any(String))
    vi.unstubAllEnvs()
  })

  it('without a trusted proxy the audit log stores no IP, whatever X-Forwarded-For the client sends', async () => {
    vi.stubEnv('TRUST_PROXY', '')
    const res = await api.request('POST', '/api/news?draft=true&locale=vi', {
      token: tokens.editorA,
      json: { title: 'Tin không có IP', agency: f.agencyA },
      headers: { 'X-Forwarded-For': '203.0.113.66', 'X-Real-IP': '203.0.113.67' },
    })
    vi.unstubAllEnvs()
    expect(res.status).toBe(201)
    const [entry] = await audit((res.body.doc as Doc).id)
    expect(entry).toMatchObject({ action: 'created' })
    expect(entry!.ip ?? null).toBeNull()
  })

  it('autosaves are not logged one by one', async () => {
    const res = await api.request('PATCH', `/api/news/${id}?draft=true&autosave=true&locale=vi`, { token: tokens.editorA, json: { summary: 'Đang gõ' } })
    expect(res.status).toBe(200)
    expect((await audit(id)).map((e) => e.action)).toEqual(['created'])
  })

  it('an editor cannot mark a document published by hand', async () => {
    const res = await api.request('PATCH', `/api/news/${id}?draft=true&locale=vi`, { token: tokens.editorA, json: { workflowState: 'published' } })
    expect(res.status).toBe(200)
    expect((res.body.doc as Doc).workflowState).toBe('draft')
    expect((res.body.doc as Doc)._status).toBe('draft')
  })

  it("submitting e-mails the agency's publishers (only them) and is audited", async () => {
    const send = vi.spyOn(t.payload, 'sendEmail')
    const res = await api.request('PATCH', `/api/news/${id}?draft=true&locale=vi`, { token: tokens.editorA, json: { workflowState: 'submitted' } })
    expect(res.status).toBe(200)
    expect((res.body.doc as Doc).workflowState).toBe('submitted')
    expect(send).toHaveBeenCalledTimes(1)
    const mail = send.mock.calls[0]![0] as { to: string; subject: string; text: string }
    expect(mail.to).toBe('publisher.a@test.vn')
    expect(mail.subject).toContain('Hội nghị chuyển đổi số')
    expect(mail.text).toContain(`/admin/collections/news/${id}`)
    // Saving again while submitted does not notify again.
    await api.request('PATCH', `/api/news/${id}?draft=true&locale=vi`, { token: tokens.editorA, json: { summary: 'Sửa lỗi chính tả' } })
    expect(send).toHaveBeenCalledTimes(1)
    send.mockRestore()
    expect((await audit(id)).map((e) => e.action)).toEqual(['created', 'edited', 'submitted', 'edited'])
  })

  it('the editor cannot publish it; the publisher can', async () => {
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.editorA, json: { _status: 'published' } })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.translatorA, json: { _status: 'published' } })).status).toBe(403)
    const res = await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published' } })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ _status: 'published', workflowState: 'published' })
    const last = (await audit(id)).at(-1)!
    expect(last).toMatchObject({ action: 'published', user: f.users.publisherA.id })
    const versions = await t.payload.findVersions({ collection: 'news', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
    expect(last.versionId).toBe(String(versions.docs[0]!.id))
  })

  it('an editor edits a published document only as a draft (a direct save would change the live page)', async () => {
    const direct = await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.editorA, json: { summary: 'Sửa thẳng bản đang đăng' } })
    expect(direct.status).toBe(403)
    const draft = await api.request('PATCH', `/api/news/${id}?draft=true&locale=vi`, { token: tokens.editorA, json: { summary: 'Sửa trong bản nháp' } })
    expect(draft.status).toBe(200)
    expect((draft.body.doc as Doc).workflowState).toBe('draft')
    const live = await api.request('GET', `/api/news/${id}?locale=vi`)
    expect(live.body.summary).toBe('Sửa lỗi chính tả') // what the publisher published, not the new draft
    expect(live.body.workflowState).toBe('published')
    // With a newer draft, a save without `draft` would write the draft over the live page (unpublish it).
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.editorA, json: {} })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.editorA, json: { _status: 'draft' } })).status).toBe(403)
    expect((await api.request('GET', `/api/news/${id}?locale=vi`)).status).toBe(200)
  })

  it('unpublishing, trashing and restoring are audited', async () => {
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'draft' } })).status).toBe(200)
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.editorA, json: { deletedAt: new Date().toISOString() } })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.publisherA, json: { deletedAt: new Date().toISOString() } })).status).toBe(200)
    expect((await api.request('PATCH', `/api/news/${id}?trash=true&locale=vi`, { token: tokens.publisherA, json: { deletedAt: null } })).status).toBe(200)
    expect((await audit(id)).map((e) => e.action).slice(-3)).toEqual(['unpublished', 'deleted', 'restored'])
    expect((await api.request('DELETE', `/api/news/${id}`, { token: tokens.publisherA })).status).toBe(200)
    expect((await audit(id)).at(-1)).toMatchObject({ action: 'deleted', user: f.users.publisherA.id })
  })
})

describe('translators', () => {
  it('edit the English locale only, and only localized fields', async () => {
    const id = f.news.publishedA
    expect((await api.request('PATCH', `/api/news/${id}?draft=true&locale=vi`, { token: tokens.translatorA, json: { title: 'Sửa tiếng Việt' } })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${id}?draft=true&locale=all`, { token: tokens.translatorA, json: { title: { en: 'x' } } })).status).toBe(403)
    const res = await api.request('PATCH', `/api/news/${id}?draft=true&locale=en`, {
      token: tokens.translatorA,
      json: { title: 'Published item A', slug: 'doi-slug', topics: ['economy'] },
    })
    expect(res.status).toBe(200)
    const latest = await t.payload.findByID({ collection: 'news', id, draft: true, locale: 'all', overrideAccess: true, depth: 0 })
    expect(latest.title).toMatchObject({ vi: 'Tin da-dang-a', en: 'Published item A' })
    expect(latest.slug).toBe('da-dang-a')
    expect(latest.topics ?? []).toEqual([])
  })

  it('cannot edit another agency, create, publish or delete', async () => {
    expect([403, 404]).toContain((await api.request('PATCH', `/api/news/${f.news.publishedB}?draft=true&locale=en`, { token: tokens.translatorA, json: { title: 'x' } })).status)
    expect((await api.request('POST', '/api/news?locale=en', { token: tokens.translatorA, json: { title: 'x', agency: f.agencyA } })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${f.news.draftA}?locale=en`, { token: tokens.translatorA, json: { title: 'x', _status: 'published' } })).status).toBe(403)
    expect((await api.request('DELETE', `/api/news/${f.news.draftA}`, { token: tokens.translatorA })).status).toBe(403)
  })
})

describe('audit log', () => {
  it('is readable by admins (with IPs) and by the agency publishers (without), not by others', async () => {
    expect((await api.request('GET', '/api/audit-log')).status).toBe(403)
    expect((await api.request('GET', '/api/audit-log', { token: tokens.editorA })).status).toBe(403)
    const pub = await api.request('GET', '/api/audit-log?limit=200', { token: tokens.publisherA })
    expect(pub.status).toBe(200)
    const docs = pub.body.docs as Doc[]
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => d.agency === f.agencyA || (d.agency as Doc)?.id === f.agencyA)).toBe(true)
    expect(docs.every((d) => !('ip' in d))).toBe(true)
    const admin = await api.request('GET', '/api/audit-log?limit=200&where[ip][exists]=true', { token: tokens.admin })
    expect((admin.body.docs as Doc[]).some((d) => d.ip === '203.0.113.9')).toBe(true)
  })

  it('is append-only for everyone, admins included, and for system code', async () => {
    const entry = (await t.payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })).docs[0]!
    for (const token of [tokens.admin, tokens.publisherA]) {
      expect((await api.request('POST', '/api/audit-log', { token, json: { action: 'edited', targetCollection: 'news', documentId: '1' } })).status).toBe(403)
      expect((await api.request('PATCH', `/api/audit-log/${entry.id}`, { token, json: { title: 'x' } })).status).toBe(403)
      expect((await api.request('DELETE', `/api/audit-log/${entry.id}`, { token })).status).toBe(403)
    }
    await expect(t.payload.update({ collection: 'audit-log', id: entry.id, data: { title: 'x' }, overrideAccess: true })).rejects.toThrow()
    await expect(t.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow()
    expect((await t.payload.findByID({ collection: 'audit-log', id: entry.id, overrideAccess: true })).title).toBe(entry.title)
  })
})

describe('agency settings (one per agency)', () => {
  it("are written by the agency's publishers, read by everyone", async () => {
    const data = { agency: f.agencyA, headerTagline: 'Trang thông tin Sở A', navLinks: [{ label: 'Dịch vụ công', url: 'https://dichvucong.hatinh.gov.vn' }] }
    expect((await api.request('POST', '/api/agency-settings?locale=vi', { token: tokens.editorA, json: data })).status).toBe(403)
    expect((await api.request('POST', '/api/agency-settings?locale=vi', { token: tokens.publisherB, json: data })).status).toBe(403)
    expect((await api.request('POST', '/api/agency-settings?locale=vi', { token: tokens.publisherA, json: { ...data, navLinks: [{ label: 'x', url: 'javascript:alert(1)' }] } })).status).toBe(400)
    const ok = await api.request('POST', '/api/agency-settings?locale=vi', { token: tokens.publisherA, json: data })
    expect(ok.status).toBe(201)
    expect((await api.request('POST', '/api/agency-settings?locale=vi', { token: tokens.publisherA, json: data })).status).toBe(400) // one per agency
    const id = (ok.body.doc as Doc).id
    expect([403, 404]).toContain((await api.request('PATCH', `/api/agency-settings/${id}?locale=vi`, { token: tokens.publisherB, json: { footerText: 'x' } })).status)
    expect((await api.request('PATCH', `/api/agency-settings/${id}?locale=vi`, { token: tokens.publisherA, json: { agency: f.agencyB } })).status).toBe(400)
    const read = await api.request('GET', `/api/agency-settings?locale=vi&where[agency][equals]=${f.agencyA}`)
    expect(read.status).toBe(200)
    expect((read.body.docs as Doc[])[0]!.headerTagline).toBe('Trang thông tin Sở A')
  })
})

describe('host map', () => {
  it('maps each agency domain to the agency slug', async () => {
    await t.payload.update({ collection: 'agencies', id: f.agencyA, data: { domains: [{ domain: 'soa.hatinh.gov.vn' }] }, overrideAccess: true, context: { skipRevalidate: true } })
    // Imported after boot: the data modules load the config, which reads DATABASE_URL.
    const { readHostMap } = await import('@/data/hosts')
    expect(await readHostMap(t.payload)).toEqual({ 'soa.hatinh.gov.vn': 'so-a' })
  })
})

describe('editorial dashboard', () => {
  it("lists each user's drafts, reviews, publications and missing English with their own rights", async () => {
    const { dashboardData } = await import('@/components/admin/dashboardData')
    const user = async (id: unknown) => ({ ...(await t.payload.findByID({ collection: 'users', id: id as number, depth: 0, overrideAccess: true })), collection: 'users' }) as never
    const created = await api.request('POST', '/api/news?draft=true&locale=vi', { token: tokens.editorA, json: { title: 'Bản nháp cho bảng điều khiển', agency: f.agencyA } })
    const submitted = await api.request('POST', '/api/news?draft=true&locale=vi', { token: tokens.editorA, json: { title: 'Chờ duyệt cho bảng điều khiển', agency: f.agencyA, workflowState: 'submitted' } })
    expect([created.status, submitted.status]).toEqual([201, 201])
    const titles = (items: { title: string }[] | null) => (items ?? []).map((i) => i.title)

    const editor = await dashboardData(t.payload, await user(f.users.editorA.id), 'vi')
    expect(titles(editor.myDrafts)).toContain('Bản nháp cho bảng điều khiển')
    expect(titles(editor.myDrafts)).not.toContain('Chờ duyệt cho bảng điều khiển')
    expect(editor.awaitingReview).toBeNull()
    expect(titles(editor.englishMissing)).toContain('Tin da-dang-a') // its English exists only as a draft

    const publisher = await dashboardData(t.payload, await user(f.users.publisherA.id), 'vi')
    expect(titles(publisher.awaitingReview)).toContain('Chờ duyệt cho bảng điều khiển')
    expect(titles(publisher.myDrafts)).toEqual([])

    const other = await dashboardData(t.payload, await user(f.users.publisherB.id), 'vi')
    expect(titles(other.awaitingReview)).not.toContain('Chờ duyệt cho bảng điều khiển')
    expect(titles(other.recentlyPublished)).not.toContain('Tin da-dang-a')
    expect(titles(other.recentlyPublished)).toContain('Tin da-dang-b')
  })
})
