import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMPTY_REQUEST, type RequestValues } from '@/domain/informationRequests'
import { submitInformationRequest } from '@/lib/informationRequests/submit'
import { bootSignedIn, type SignedIn } from './helpers/signedIn'

/**
 * Information requests (Law 104/2016/QH13) through the real REST handlers: filed on the public-write
 * path, each step recorded by the receiving agency with the law's limits, the register line public
 * and the requester's identity readable only by the coordinator and that agency.
 */
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
