import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { EMPTY_REQUEST, type RequestValues } from '@/domain/informationRequests'
import { submitInformationRequest } from '@/lib/informationRequests/submit'
import { bootSignedIn, type SignedIn } from './helpers/signedIn'

/**
 * Information requests (Law 104/2016/QH13) through the real REST handlers: filed on the public-write
 * path, each step recorded by the receiving agency with the law's limits, the register line public
 * and the requester's identity readable only by the coordinator and that agency.
 */
// Readers run outside Next.js here: the data cache is a pass-through.
vi.mock('next/cache', () => ({ unstable_cache: <T,>(fn: () => Promise<T>) => () => fn(), revalidateTag: () => {} }))

let s: SignedIn
const LENIENT = { name: 'request-test', rules: [{ by: ['address'] as const, points: 1000, duration: 3600 }] }
const ID_NUMBER = '042190000123'
const EMAIL = 'nguoi.yeu.cau@example.vn'
const values = (over: Partial<RequestValues> = {}): RequestValues => ({
  ...EMPTY_REQUEST,
  requesterKind: 'citizen',
  name: 'Phan Văn Đức',
  residence: 'Xã Thạch Hà, Hà Tĩnh',
  identityNumber: ID_NUMBER,
  email: EMAIL,
  information: 'Quyết định phê duyệt quy hoạch chi tiết khu dân cư Thạch Hà',
  documentName: 'Quyết định phê duyệt quy hoạch khu dân cư',
  delivery: 'email',
  purpose: 'Biết quyền lợi của gia đình',
  ...over,
})

beforeAll(async () => {
  s = await bootSignedIn('information-requests')
}, 120_000)
afterAll(async () => s?.t.cleanup())

async function file(over: Partial<RequestValues> = {}) {
  const r = await submitInformationRequest(s.t.payload, { agencySlug: 'so-a', clientAddress: '203.0.113.9', values: values(over), honeypot: '' }, LENIENT)
  if (r.kind !== 'done') throw new Error(JSON.stringify(r))
  const found = await s.t.payload.find({ collection: 'information-requests', where: { code: { equals: r.result.code } }, overrideAccess: true, depth: 0 })
  return found.docs[0]!
}

describe('filing', () => {
  it('refuses what the law’s form lacks, an unknown agency, and stores a valid request with its art. 30 deadline', async () => {
    const bad = await submitInformationRequest(s.t.payload, { agencySlug: 'so-a', clientAddress: '203.0.113.9', values: values({ identityNumber: '12', requesterKind: 'foreignResident' }), honeypot: '' }, LENIENT)
    expect(bad.kind === 'invalid' && bad.errors.map((e) => e.code)).toEqual(['identityNumberInvalid', 'ownRightsRequired'])
    const unknown = await submitInformationRequest(s.t.payload, { agencySlug: 'khong-co', clientAddress: '203.0.113.9', values: values(), honeypot: '' }, LENIENT)
    expect(unknown.kind).toBe('not-found')
    const r = await file()
    expect(r).toMatchObject({ state: 'received', channel: 'online', dueBasis: expect.stringContaining('Điều 30') })
    expect(r.code).toMatch(/^TT-\d{4}-/)
    expect(r.dueOn).toBeTruthy()
  })
})

describe('steps and who reads what', () => {
  it('the register line is public, the identity is not: by id, list, where-queries', async () => {
    const r = await file()
    const anon = await s.api.request('GET', `/api/information-requests/${r.id}`)
    expect(anon.status).toBe(200)
    expect(anon.body).toMatchObject({ code: r.code, publicSummary: expect.any(String), state: 'received' })
    for (const token of [undefined, s.tokens.editorB, s.tokens.translatorA]) {
      const byId = await s.api.request('GET', `/api/information-requests/${r.id}`, { token })
      const text = JSON.stringify(byId.body)
      for (const secret of [ID_NUMBER, EMAIL, 'Phan Văn Đức', 'Xã Thạch Hà']) expect(text).not.toContain(secret)
      const where = await s.api.request('GET', `/api/information-requests?where[identityNumber][equals]=${ID_NUMBER}`, { token })
      expect(where.status === 200 ? (where.body.docs as unknown[]).length : 0).toBe(0)
    }
    const agency = await s.api.request('GET', `/api/information-requests/${r.id}`, { token: s.tokens.editorA })
    expect(agency.body).toMatchObject({ identityNumber: ID_NUMBER, email: EMAIL })
  })

  it('the agency records notice → extension (within the law’s 15 days) → provided; another agency cannot', async () => {
    const r = await file()
    const move = (token: string, body: Record<string, unknown>) => s.api.request('POST', `/api/information-requests/${r.id}/move`, { token, json: body })
    expect((await move(s.tokens.editorB, { action: 'sendNotice', handlingDays: 15 })).status).toBe(404)
    expect((await move(s.tokens.editorA, { action: 'sendNotice', handlingDays: 15 })).status).toBe(200)
    expect((await move(s.tokens.editorA, { action: 'extend', extensionDays: 16, reason: 'Nhiều tài liệu' })).status).toBe(400)
    const ext = await move(s.tokens.editorA, { action: 'extend', extensionDays: 10, reason: 'Nhiều tài liệu' })
    expect(ext.status).toBe(200)
    expect(ext.body.state).toBe('extended')
    expect((await move(s.tokens.editorA, { action: 'refuse', ground: 'art6', reason: 'x' })).status).toBe(403) // a refusal is the publisher's
    const done = await move(s.tokens.editorA, { action: 'provide' })
    expect(done.status).toBe(200)
    const stored = await s.t.payload.findByID({ collection: 'information-requests', id: r.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ state: 'provided', extensionDays: 10, onTime: true, daysTaken: 0 })
    expect(stored.history?.map((h) => h.action)).toEqual(['received', 'sendNotice', 'extend', 'provide'])
  })

  it('a refusal needs its ground from arts. 6, 7 or 28', async () => {
    const r = await file()
    const move = (body: Record<string, unknown>) => s.api.request('POST', `/api/information-requests/${r.id}/move`, { token: s.tokens.publisherA, json: body, headers: { 'Accept-Language': 'vi' } })
    const noGround = await move({ action: 'refuse', reason: 'Bí mật' })
    expect(noGround.status).toBe(400)
    expect(noGround.body.error).toContain('Điều 6, 7 hoặc 28')
    expect((await move({ action: 'refuse', reason: 'Thông tin thuộc bí mật nhà nước', ground: 'art6' })).status).toBe(200)
  })
})

async function fileWithToken(over: Partial<RequestValues> = {}) {
  const r = await submitInformationRequest(s.t.payload, { agencySlug: 'so-a', clientAddress: '203.0.113.9', values: values(over), honeypot: '' }, LENIENT)
  if (r.kind !== 'done') throw new Error(JSON.stringify(r))
  const found = await s.t.payload.find({ collection: 'information-requests', where: { code: { equals: r.result.code } }, overrideAccess: true, depth: 0 })
  return { doc: found.docs[0]!, code: r.result.code, token: r.result.followToken }
}

describe('the public half', () => {
  it('the requester follows each step by code and secret; a wrong code or secret gets one same answer', async () => {
    const { followQuestion } = await import('@/data/questions')
    const { doc, code, token } = await fileWithToken()
    const move = (body: Record<string, unknown>) => s.api.request('POST', `/api/information-requests/${doc.id}/move`, { token: s.tokens.editorA, json: body })
    expect((await move({ action: 'sendNotice', handlingDays: 15 })).status).toBe(200)
    expect((await move({ action: 'extend', extensionDays: 5, reason: 'Cần tổng hợp từ ba phòng' })).status).toBe(200)
    const extended = await followQuestion('vi', code, token)
    expect(extended).toMatchObject({ kind: 'informationRequest', state: 'extended', title: expect.any(String) })
    expect(extended!.dueOn).toBeTruthy()
    expect(extended!.steps!.map((x) => x.action)).toEqual(['received', 'sendNotice', 'extend'])
    expect(extended!.steps![2]!.note).toBe('Cần tổng hợp từ ba phòng')
    // Nothing of who recorded the step reaches the requester's page.
    expect(JSON.stringify(extended)).not.toContain('editor.a@test.vn')
    expect((await move({ action: 'provide', reason: 'Đã gửi bản sao quyết định qua thư điện tử' })).status).toBe(200)
    expect((await followQuestion('vi', code, token))!.state).toBe('provided')
    const other = await fileWithToken()
    expect(await followQuestion('vi', code, other.token)).toBeNull()
    expect(await followQuestion('vi', code.replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z')), token)).toBeNull()
    expect(await followQuestion('vi', other.code, token)).toBeNull()
  })

  it('the register shows summary, dates, outcome, days and timeliness — and nothing of the requester', async () => {
    const { listRegister } = await import('@/data/informationRequests')
    const { timeliness } = await import('@/domain/informationRequests')
    const { doc } = await fileWithToken({ name: 'Trần Thị Register', identityNumber: '042190009999', email: 'register.person@example.vn', residence: 'Thôn Register' })
    const register = await listRegister(s.f.agencyA)
    const line = register.lines.find((l) => l.id === doc.id)!
    expect(line).toMatchObject({ summary: doc.publicSummary, state: 'received', daysTaken: null })
    expect(line.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(timeliness(line, line.receivedOn!)).toBe('pending')
    const text = JSON.stringify(register)
    for (const secret of ['Trần Thị Register', '042190009999', 'register.person@example.vn', 'Thôn Register', ID_NUMBER, EMAIL, 'Biết quyền lợi']) expect(text).not.toContain(secret)
    expect((await listRegister(s.f.agencyB)).lines.some((l) => l.id === doc.id)).toBe(false)
  })

  it('the no-JS form: invalid → 422 with the form page re-rendered from the same submission; sent → 303 to the code and follow link', async () => {
    const { formRoute } = await import('@/lib/publicForm/route')
    const { requestForm } = await import('@/lib/informationRequests/form')
    const rendered: string[] = []
    const route = formRoute(requestForm, ({ agency }) => ({ agency: agency ?? '' }), {
      payload: async () => s.t.payload,
      render: async ({ url }) => {
        rendered.push(url)
        return new Response('<!doctype html><html><body>form</body></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } })
      },
    })
    const post = (over: Record<string, string>) => {
      const form = new FormData()
      for (const [k, v] of Object.entries({ ...values(), ownRights: '', ...over })) form.set(k, String(v))
      const request = new Request('http://portal.test/vi/co-quan/so-a/yeu-cau-thong-tin/gui/nop', { method: 'POST', body: form, headers: { host: 'portal.test', origin: 'http://portal.test', 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200)}` } })
      return route.POST(request, { params: Promise.resolve({ locale: 'vi', agency: 'so-a' }) })
    }
    const invalid = await post({ identityNumber: '12' })
    expect(invalid.status).toBe(422)
    expect(rendered).toEqual(['http://portal.test/vi/co-quan/so-a/yeu-cau-thong-tin/gui'])
    const sent = await post({})
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toMatch(/^\/vi\/co-quan\/so-a\/yeu-cau-thong-tin\/da-gui\?code=TT-\d{4}-[A-Z0-9]{6}&t=[0-9a-f]{48}$/)
  })
})

describe('publish as a disclosure', () => {
  it('one action by the agency makes a draft news item linked to the request, audited; refused twice, before providing and for others', async () => {
    const { doc } = await fileWithToken()
    const publish = (token: string) => s.api.request('POST', `/api/information-requests/${doc.id}/publish`, { token, headers: { 'Accept-Language': 'vi' } })
    expect((await publish(s.tokens.editorA)).status).toBe(400) // not provided yet
    expect((await s.api.request('POST', `/api/information-requests/${doc.id}/move`, { token: s.tokens.editorA, json: { action: 'provide', reason: 'Bản sao quyết định số 12/QĐ-UBND' } })).status).toBe(200)
    expect((await publish(s.tokens.editorB)).status).toBe(404)
    expect((await s.api.request('POST', `/api/information-requests/${doc.id}/publish`)).status).toBe(401)
    const done = await publish(s.tokens.editorA)
    expect(done.status).toBe(200)
    const news = await s.t.payload.findByID({ collection: 'news', id: done.body.newsId as number, draft: true, overrideAccess: true, depth: 0 })
    expect(news).toMatchObject({ _status: 'draft', summary: 'Bản sao quyết định số 12/QĐ-UBND' })
    expect(news.agency === s.f.agencyA || (news.agency as { id?: unknown })?.id === s.f.agencyA).toBe(true)
    const stored = await s.t.payload.findByID({ collection: 'information-requests', id: doc.id, overrideAccess: true, depth: 0 })
    expect(stored.disclosure).toBe(news.id)
    expect((await publish(s.tokens.editorA)).status).toBe(400) // already published
    const audit = await s.t.payload.find({ collection: 'audit-log', where: { and: [{ documentId: { equals: String(doc.id) } }, { comment: { like: 'publishAsDisclosure' } }] }, overrideAccess: true })
    expect(audit.totalDocs).toBe(1)
    // The public cannot read the draft through the request's link.
    const anon = await s.api.request('GET', `/api/information-requests/${doc.id}?depth=1`)
    expect(JSON.stringify(anon.body)).not.toContain('Thông tin cung cấp theo yêu cầu')
  })
})
