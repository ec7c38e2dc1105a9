import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { addDays, toISODate } from '@/domain/calendar'
import type { CommentInput } from '@/lib/consultations/submit'
import type { Policy } from '@/lib/rateLimit'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const today = toISODate(new Date())
const day = (n: number) => `${addDays(today, n)}T00:00:00.000Z`
/** A generous policy so the tests count only what they mean to. */
const LOOSE: Policy = { name: 'comment-test', rules: [{ by: ['address', 'target'], points: 100, duration: 3600 }] }

let t: TestPayload
let payload: Payload
let fx: Fixtures
let rest: ReturnType<typeof restClient>
let consultationId: number
// Imported after the throw-away database is configured (they load the Payload config).
let submitComment: typeof import('@/lib/consultations/submit').submitComment
let readConsultation: typeof import('@/data/consultations').readConsultation

const chapters = [
  { number: 1, title: 'Quy định chung', articles: [{ number: 1, title: 'Phạm vi', text: 'Nghị quyết này quy định…' }, { number: 2, title: 'Đối tượng', text: 'Áp dụng với…' }] },
  { number: 2, title: 'Mức hỗ trợ', articles: [{ number: 3, title: 'Mức hỗ trợ', text: 'Hỗ trợ 50 triệu đồng…' }] },
]
const comment = (over: Partial<CommentInput> = {}): CommentInput => ({ consultation: 'du-thao-ho-tro', name: 'Nguyễn Thị Bình', organisation: 'HTX Cẩm Xuyên', email: 'binh.secret@example.com', text: 'Đề nghị nâng mức hỗ trợ.', article: 'dieu-3', honeypot: '', ...over })

beforeAll(async () => {
  t = await bootPayload('consultations')
  ;({ submitComment } = await import('@/lib/consultations/submit'))
  ;({ readConsultation } = await import('@/data/consultations'))
  payload = t.payload
  fx = await createFixtures(payload)
  rest = restClient(t.config)
  const c = await payload.create({
    collection: 'consultations',
    data: { title: 'Dự thảo Nghị quyết hỗ trợ HTX', slug: 'du-thao-ho-tro', agency: fx.agencyA, draftKind: 'hdnd-resolution', openDate: day(-5), closeDate: day(30), chapters, _status: 'published' },
    locale: 'vi',
    ...SYSTEM,
  })
  consultationId = c.id
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the minimum consultation period', () => {
  it('refuses a closing date earlier than the rule allows, naming the earliest date and the basis', async () => {
    const token = await rest.login(fx.users.editorA.email, PASSWORD)
    const res = await rest.request('POST', '/api/consultations?draft=true&locale=vi', { token, json: { title: 'Ngắn', slug: 'ngan', agency: fx.agencyA, draftKind: 'ubnd-decision', openDate: day(0), closeDate: day(10) } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/tối thiểu là 30 ngày.*80\/2015|tối thiểu là 30 ngày.*64\/2025/)
  })
  it('follows an admin correction of the rule', async () => {
    await payload.updateGlobal({ slug: 'consultation-periods', data: { rules: [{ regime: 'law-64-2025', kind: 'ubnd-decision', minDays: 10, legalBasis: 'Điều thử', verified: true }] }, ...SYSTEM })
    const ok = await payload.create({ collection: 'consultations', data: { title: 'Mười ngày', slug: 'muoi-ngay', agency: fx.agencyA, draftKind: 'ubnd-decision', openDate: day(0), closeDate: day(10) }, locale: 'vi', draft: true, ...SYSTEM })
    expect(ok.id).toBeTruthy()
    await payload.updateGlobal({ slug: 'consultation-periods', data: { rules: [] }, ...SYSTEM })
  })
})

describe('commenting (public-write path)', () => {
  it('refuses bad input with the fields named, stores nothing; the honeypot stores nothing', async () => {
    const bad = await submitComment(payload, comment({ name: '', text: '', email: 'x@' }), '203.0.113.1', 'vi', LOOSE)
    expect(bad.kind).toBe('invalid')
    if (bad.kind === 'invalid') expect(bad.errors.map((e) => e.field)).toEqual(['name', 'email', 'text'])
    expect((await submitComment(payload, comment({ honeypot: 'http://spam' }), '203.0.113.1', 'vi', LOOSE)).kind).toBe('spam')
    const html = await submitComment(payload, comment({ attachment: { bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>'), name: 'a.pdf' } }), '203.0.113.1', 'vi', LOOSE)
    expect(html.kind).toBe('invalid')
    if (html.kind === 'invalid') expect(html.errors[0]).toMatchObject({ field: 'attachment', code: 'upload' })
    const big = await submitComment(payload, comment({ attachment: { bytes: new Uint8Array(5 * 1024 * 1024 + 1), name: 'big.pdf' } }), '203.0.113.1', 'vi', LOOSE)
    expect(big.kind === 'invalid' && big.errors[0]?.field).toBe('attachment')
    expect((await payload.count({ collection: 'consultation-comments', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('stores a comment on article 3 awaiting moderation, in the page language', async () => {
    const done = await submitComment(payload, comment(), '203.0.113.1', 'vi', LOOSE)
    expect(done.kind).toBe('done')
    const en = await submitComment(payload, comment({ article: '', text: 'Please extend the deadline.', email: '', name: 'John' }), '203.0.113.2', 'en', LOOSE)
    expect(en.kind).toBe('done')
    const stored = await payload.find({ collection: 'consultation-comments', overrideAccess: true, sort: 'createdAt' })
    expect(stored.docs.map((d) => [d.article, d.moderation, d.lang])).toEqual([['dieu-3', 'pending', 'vi'], ['', 'pending', 'en']])
  })

  it('an unknown article becomes a comment on the whole draft', async () => {
    const done = await submitComment(payload, comment({ article: 'dieu-99', email: '' }), '203.0.113.3', 'vi', LOOSE)
    expect(done.kind).toBe('done')
    const last = await payload.find({ collection: 'consultation-comments', overrideAccess: true, sort: '-createdAt', limit: 1 })
    expect(last.docs[0]!.article).toBe('')
  })

  it('is rate-limited per address and draft with the shared limiter', async () => {
    const tight: Policy = { name: 'comment-tight', rules: [{ by: ['address', 'target'], points: 1, duration: 3600 }] }
    expect((await submitComment(payload, comment({ email: '' }), '198.51.100.9', 'vi', tight)).kind).toBe('done')
    const refused = await submitComment(payload, comment({ email: '' }), '198.51.100.9', 'vi', tight)
    expect(refused).toMatchObject({ kind: 'refused', reason: 'rate-limited' })
  })

  it('a closed consultation refuses comments', async () => {
    await payload.create({ collection: 'consultations', data: { title: 'Cũ', slug: 'cu', agency: fx.agencyA, draftKind: 'other', openDate: day(-60), closeDate: day(-20), _status: 'published' }, locale: 'vi', ...SYSTEM })
    expect((await submitComment(payload, comment({ consultation: 'cu' }), '203.0.113.4', 'vi', LOOSE)).kind).toBe('closed')
  })
})

describe('moderation, personal data and the reception report (REST)', () => {
  it('the public sees no pending comment; staff of another agency cannot moderate', async () => {
    const anon = await rest.request('GET', '/api/consultation-comments?limit=100')
    expect(anon.status).toBe(200)
    expect(anon.body.docs).toEqual([])
    const first = (await payload.find({ collection: 'consultation-comments', overrideAccess: true, where: { article: { equals: 'dieu-3' } }, sort: 'createdAt', limit: 1 })).docs[0]!
    const tokenB = await rest.login(fx.users.publisherB.email, PASSWORD)
    const res = await rest.request('PATCH', `/api/consultation-comments/${first.id}?locale=vi`, { token: tokenB, json: { moderation: 'published' } })
    expect([403, 404]).toContain(res.status)
  })

  it('a rejection needs its reason; the agency publishes the others', async () => {
    const token = await rest.login(fx.users.publisherA.email, PASSWORD)
    const all = (await payload.find({ collection: 'consultation-comments', overrideAccess: true, where: { consultation: { equals: consultationId } }, sort: 'createdAt', pagination: false })).docs
    const noReason = await rest.request('PATCH', `/api/consultation-comments/${all[2]!.id}?locale=vi`, { token, json: { moderation: 'rejected' } })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('lý do')
    expect((await rest.request('PATCH', `/api/consultation-comments/${all[2]!.id}?locale=vi`, { token, json: { moderation: 'rejected', moderationReason: 'Trùng lặp' } })).status).toBe(200)
    for (const c of [all[0]!, all[1]!, ...all.slice(3)]) expect((await rest.request('PATCH', `/api/consultation-comments/${c.id}?locale=vi`, { token, json: { moderation: 'published' } })).status).toBe(200)
  })

  it("the commenter's name, e-mail and attachment are never public (REST, loader)", async () => {
    const anon = await rest.request('GET', '/api/consultation-comments?limit=100&depth=1')
    const docs = anon.body.docs as Record<string, unknown>[]
    expect(docs.length).toBeGreaterThan(0)
    const text = JSON.stringify(anon.body)
    expect(text).not.toContain('binh.secret@example.com')
    expect(text).not.toContain('Nguyễn Thị Bình')
    for (const d of docs) {
      expect(d).not.toHaveProperty('email')
      expect(d).not.toHaveProperty('name')
    }
    const other = JSON.stringify((await rest.request('GET', '/api/consultation-comments?limit=100', { token: await rest.login(fx.users.editorB.email, PASSWORD) })).body)
    expect(other).not.toContain('binh.secret@example.com')
    const own = JSON.stringify((await rest.request('GET', '/api/consultation-comments?limit=100', { token: await rest.login(fx.users.editorA.email, PASSWORD) })).body)
    expect(own).toContain('binh.secret@example.com')
    const page = await readConsultation(payload, 'vi', 'du-thao-ho-tro')
    expect(page!.comments.map((c) => c.article)).toContain('dieu-3')
    expect(JSON.stringify(page)).not.toContain('binh.secret@example.com')
    expect(JSON.stringify(page)).not.toContain('Nguyễn Thị Bình')
  })

  it('refuses to conclude while open, then while a comment has no response; concludes once all are answered and e-mails the commenter', async () => {
    const token = await rest.login(fx.users.publisherA.email, PASSWORD)
    const open = await rest.request('PATCH', `/api/consultations/${consultationId}?locale=vi`, { token, json: { concluded: true } })
    expect(open.status).toBe(400)
    expect(JSON.stringify(open.body)).toContain('Chưa hết thời gian')
    await payload.update({ collection: 'consultations', id: consultationId, data: { openDate: day(-45), closeDate: day(-2) }, locale: 'vi', ...SYSTEM })
    const unanswered = await rest.request('PATCH', `/api/consultations/${consultationId}?locale=vi`, { token, json: { concluded: true } })
    expect(unanswered.status).toBe(400)
    expect(JSON.stringify(unanswered.body)).toMatch(/góp ý chưa có ý kiến tiếp thu/)

    const published = (await payload.find({ collection: 'consultation-comments', overrideAccess: true, where: { and: [{ consultation: { equals: consultationId } }, { moderation: { equals: 'published' } }] }, sort: 'createdAt', pagination: false })).docs
    expect((await rest.request('PATCH', `/api/consultation-comments/${published[0]!.id}?locale=vi`, { token, json: { response: 'not-accepted' } })).status).toBe(200)
    const noWhy = await rest.request('PATCH', `/api/consultations/${consultationId}?locale=vi`, { token, json: { concluded: true } })
    expect(JSON.stringify(noWhy.body)).toMatch(/chưa có giải trình/)
    for (const [i, c] of published.entries()) await rest.request('PATCH', `/api/consultation-comments/${c.id}?locale=vi`, { token, json: i === 0 ? { response: 'not-accepted', explanation: 'Vượt khả năng ngân sách' } : { response: 'accepted' } })

    const send = vi.spyOn(payload, 'sendEmail')
    const done = await rest.request('PATCH', `/api/consultations/${consultationId}?locale=vi`, { token, json: { concluded: true } })
    expect(done.status).toBe(200)
    expect(send.mock.calls.map((c) => (c[0] as { to: string }).to)).toEqual(['binh.secret@example.com'])
    const again = await rest.request('PATCH', `/api/consultations/${consultationId}?locale=vi`, { token, json: { reportIntro: 'Tổng hợp' } })
    expect(again.status).toBe(200)
    expect(send).toHaveBeenCalledTimes(1)

    const page = await readConsultation(payload, 'vi', 'du-thao-ho-tro')
    expect(page!.concluded).toBe(true)
    expect(page!.comments.find((c) => c.article === 'dieu-3')).toMatchObject({ response: 'not-accepted', explanation: { text: 'Vượt khả năng ngân sách' } })
  })
})
