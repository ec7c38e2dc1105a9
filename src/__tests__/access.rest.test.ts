import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestPayload } from './helpers/payload'
import { bootSignedIn } from './helpers/signedIn'
import { PASSWORD, type Fixtures } from './helpers/fixtures'
import type { restClient } from './helpers/rest'

/**
 * The security boundary, exercised through the REST API with each role's real token.
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let tokens: Record<string, string>

beforeAll(async () => {
  ;({ t, f, api, tokens } = await bootSignedIn('access'))
})
afterAll(async () => t?.cleanup())

const ids = (body: Record<string, unknown>) => ((body.docs as { id: unknown }[]) ?? []).map((d) => d.id)

describe('anonymous visitors', () => {
  it('read published news only, never drafts', async () => {
    const list = await api.request('GET', '/api/news?limit=100')
    expect(list.status).toBe(200)
    expect(ids(list.body).sort()).toEqual([f.news.publishedA, f.news.publishedB].sort())
    const drafts = await api.request('GET', '/api/news?draft=true&limit=100')
    expect(ids(drafts.body)).not.toContain(f.news.draftA)
    expect((await api.request('GET', `/api/news/${f.news.draftA}`)).status).toBe(404)
    expect((await api.request('GET', `/api/news/${f.news.draftA}?draft=true`)).status).toBe(404)
  })

  it('cannot read users or versions', async () => {
    expect((await api.request('GET', '/api/users')).status).toBe(403)
    expect((await api.request('GET', `/api/users/${f.users.editorA.id}`)).status).toBe(403)
    expect((await api.request('GET', '/api/news/versions')).status).toBe(403)
  })

  it('cannot create, update or delete', async () => {
    expect((await api.request('POST', '/api/news', { json: { title: 'x', agency: f.agencyA } })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${f.news.publishedA}`, { json: { title: 'x' } })).status).toBe(403)
    expect((await api.request('DELETE', `/api/news/${f.news.publishedA}`)).status).toBe(403)
  })
})

describe('agency boundary', () => {
  it('an editor sees drafts of their own agency and not of another', async () => {
    const res = await api.request('GET', '/api/news?draft=true&limit=100', { token: tokens.editorA })
    expect(ids(res.body)).toContain(f.news.draftA)
    expect(ids(res.body)).not.toContain(f.news.draftB)
    expect((await api.request('GET', `/api/news/${f.news.draftB}?draft=true`, { token: tokens.editorA })).status).toBe(404)
  })

  it('versions of another agency are invisible', async () => {
    const res = await api.request('GET', '/api/news/versions?limit=100', { token: tokens.publisherA })
    expect(res.status).toBe(200)
    const parents = ((res.body.docs as { parent: unknown }[]) ?? []).map((d) => (typeof d.parent === 'object' ? (d.parent as { id: unknown }).id : d.parent))
    expect(parents.length).toBeGreaterThan(0)
    expect(parents).not.toContain(f.news.draftB)
    expect(parents).not.toContain(f.news.publishedB)
  })

  it('a publisher of A cannot create in B (forged agency in the body is refused)', async () => {
    const res = await api.request('POST', '/api/news', { token: tokens.publisherA, json: { title: 'Giả mạo', slug: 'gia-mao', agency: f.agencyB } })
    expect([400, 403]).toContain(res.status)
    expect((await t.payload.find({ collection: 'news', where: { slug: { equals: 'gia-mao' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('a publisher of A cannot update or delete in B', async () => {
    const upd = await api.request('PATCH', `/api/news/${f.news.publishedB}`, { token: tokens.publisherA, json: { title: 'Sửa trộm' } })
    expect([403, 404]).toContain(upd.status)
    const del = await api.request('DELETE', `/api/news/${f.news.publishedB}`, { token: tokens.publisherA })
    expect([403, 404]).toContain(del.status)
    const doc = await t.payload.findByID({ collection: 'news', id: f.news.publishedB, overrideAccess: true, locale: 'vi' })
    expect(doc.title).toBe('Tin da-dang-b')
  })

  it('a publisher of A cannot move a document of A to B', async () => {
    const res = await api.request('PATCH', `/api/news/${f.news.publishedA}`, { token: tokens.publisherA, json: { agency: f.agencyB } })
    expect(res.status).toBe(400)
    const doc = await t.payload.findByID({ collection: 'news', id: f.news.publishedA, overrideAccess: true, depth: 0 })
    expect(doc.agency).toBe(f.agencyA)
  })

  it('a publisher of A creates and publishes in A', async () => {
    const res = await api.request('POST', '/api/news', {
      token: tokens.publisherA,
      json: { title: 'Tin mới của Sở A', agency: f.agencyA, _status: 'published' },
    })
    expect(res.status).toBe(201)
    expect((res.body.doc as { slug: string }).slug).toBe('tin-moi-cua-so-a')
  })

  it('an editor can draft but not publish or unpublish', async () => {
    const draft = await api.request('POST', '/api/news?draft=true', { token: tokens.editorA, json: { title: 'Bản nháp', agency: f.agencyA } })
    expect(draft.status).toBe(201)
    const publish = await api.request('POST', '/api/news', { token: tokens.editorA, json: { title: 'Tự đăng', agency: f.agencyA, _status: 'published' } })
    expect(publish.status).toBe(403)
    const unpublish = await api.request('PATCH', `/api/news/${f.news.publishedA}`, { token: tokens.editorA, json: { _status: 'draft' } })
    expect(unpublish.status).toBe(403)
    const saveDraftOfPublished = await api.request('PATCH', `/api/news/${f.news.publishedA}?draft=true`, { token: tokens.editorA, json: { summary: 'Sửa trong bản nháp' } })
    expect(saveDraftOfPublished.status).toBe(200)
    // The public still sees the published version, without the draft edit.
    const pub = await api.request('GET', `/api/news/${f.news.publishedA}`)
    expect(pub.body.summary ?? null).toBeNull()
  })

  it('a translator cannot create', async () => {
    const res = await api.request('POST', '/api/news', { token: tokens.translatorA, json: { title: 'x', agency: f.agencyA } })
    expect(res.status).toBe(403)
  })
})

describe('users', () => {
  it('a publisher sees the users of their agency, not of another', async () => {
    const res = await api.request('GET', '/api/users?limit=100', { token: tokens.publisherA })
    expect(res.status).toBe(200)
    const seen = ids(res.body)
    expect(seen).toContain(f.users.editorA.id)
    expect(seen).not.toContain(f.users.editorB.id)
    expect(seen).not.toContain(f.users.admin.id)
  })

  it('an editor sees only themself and cannot make themself admin', async () => {
    const res = await api.request('GET', '/api/users?limit=100', { token: tokens.editorA })
    expect(ids(res.body)).toEqual([f.users.editorA.id])
    await api.request('PATCH', `/api/users/${f.users.editorA.id}`, { token: tokens.editorA, json: { isAdmin: true, agencies: [{ agency: f.agencyB, roles: ['publisher'] }] } })
    const me = await t.payload.findByID({ collection: 'users', id: f.users.editorA.id, overrideAccess: true, depth: 0 })
    expect(me.isAdmin).toBe(false)
    expect(me.agencies?.map((m) => m.agency)).toEqual([f.agencyA])
  })

  it('only admins create users', async () => {
    const res = await api.request('POST', '/api/users', { token: tokens.publisherA, json: { email: 'x@test.vn', password: PASSWORD, name: 'x' } })
    expect(res.status).toBe(403)
    const ok = await api.request('POST', '/api/users', { token: tokens.admin, json: { email: 'y@test.vn', password: PASSWORD, name: 'y' } })
    expect(ok.status).toBe(201)
  })

  it('throttles repeated failed logins from one address instead of locking the account (more in ratelimit.rest.test.ts)', async () => {
    for (let i = 0; i < 5; i++) await api.request('POST', '/api/users/login', { json: { email: f.users.editorB.email, password: 'wrong' } })
    const res = await api.request('POST', '/api/users/login', { json: { email: f.users.editorB.email, password: PASSWORD } })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(JSON.stringify(res.body)).toMatch(/thử lại sau \d+ phút/)
  })
})

describe('agencies', () => {
  it('are public, and only their publishers or admins edit them', async () => {
    expect((await api.request('GET', '/api/agencies')).status).toBe(200)
    expect((await api.request('PATCH', `/api/agencies/${f.agencyB}`, { token: tokens.publisherA, json: { phone: '1' } })).status).toBe(403)
    expect((await api.request('PATCH', `/api/agencies/${f.agencyA}`, { token: tokens.publisherA, json: { phone: '0239 1' } })).status).toBe(200)
    expect((await api.request('PATCH', `/api/agencies/${f.agencyA}`, { token: tokens.editorA, json: { phone: '2' } })).status).toBe(403)
  })
})

describe('REST without ?locale=', () => {
  it('writes localized fields in Vietnamese, the default locale', async () => {
    const res = await api.request('POST', '/api/news', { token: tokens.publisherA, json: { title: 'Tin không ghi ngôn ngữ', agency: f.agencyA } })
    expect(res.status).toBe(201)
    const id = (res.body.doc as { id: number }).id
    const vi = await t.payload.findByID({ collection: 'news', id, locale: 'vi', overrideAccess: true, draft: true })
    expect(vi.title).toBe('Tin không ghi ngôn ngữ')
  })
})
