import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Policy } from '@/lib/rateLimit'
import { submitEnquiry, type EnquirySubmission } from '@/lib/enquiry/submit'
import { richTextFromParagraphs } from '@/lib/richtext'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

/**
 * ENGLISH: translation state kept by the agencyContent hook through real saves, and the
 * investors' enquiry path (validation, honeypot, rate limit, storage, who may read it, e-mail).
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

beforeAll(async () => {
  t = await bootPayload('english')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
})
afterAll(async () => t?.cleanup())

type Doc = { translation?: { state?: string; viMaterialChangeAt?: string | null; enUpdatedAt?: string | null } }
const pause = () => new Promise((r) => setTimeout(r, 5))

describe('translation state through saves', () => {
  it('missing → current (English added) → minor vi keeps current → material vi outdates → English update makes current', async () => {
    const { payload } = t
    const created = (await payload.create({
      collection: 'news',
      locale: 'vi',
      data: { slug: 'dich-thu', title: 'Tin gốc', body: richTextFromParagraphs(['Nội dung']), agency: f.agencyA, _status: 'published' },
      ...SYSTEM,
    })) as Doc & { id: number }
    expect(created.translation?.state).toBe('missing')

    await pause()
    const english = (await payload.update({ collection: 'news', id: created.id, locale: 'en', data: { title: 'Original news' }, ...SYSTEM })) as Doc
    expect(english.translation?.state).toBe('current')
    expect(english.translation?.enUpdatedAt).toBeTruthy()

    await pause()
    const minor = (await payload.update({ collection: 'news', id: created.id, locale: 'vi', data: { title: 'Tin gốc (sửa lỗi chính tả)', changeKind: 'minor' } as never, ...SYSTEM })) as Doc
    expect(minor.translation?.state).toBe('current')
    expect(minor.translation?.viMaterialChangeAt ?? null).toBeNull()

    await pause()
    const material = (await payload.update({
      collection: 'news',
      id: created.id,
      locale: 'vi',
      data: { title: 'Tin gốc, số liệu mới', changeKind: 'material', changeNote: 'Cập nhật số liệu', _status: 'published' } as never,
      ...SYSTEM,
    })) as Doc
    expect(material.translation?.state).toBe('outdated')
    expect(Date.parse(material.translation!.viMaterialChangeAt!)).toBeGreaterThan(Date.parse(material.translation!.enUpdatedAt!))

    await pause()
    const updated = (await payload.update({ collection: 'news', id: created.id, locale: 'en', data: { title: 'Original news, new figures' }, ...SYSTEM })) as Doc
    expect(updated.translation?.state).toBe('current')
  })

  it('a translator saving the English through the REST API makes it current', async () => {
    const doc = (await t.payload.update({
      collection: 'news',
      id: f.news.publishedA,
      locale: 'vi',
      data: { changeKind: 'material', changeNote: 'Sửa nội dung', _status: 'published' } as never,
      ...SYSTEM,
    })) as Doc
    expect(doc.translation?.state).toBe('missing') // no English yet
    const token = await api.login(f.users.translatorA.email, PASSWORD)
    const res = await api.request('PATCH', `/api/news/${f.news.publishedA}?locale=en&draft=true`, { token, json: { title: 'Translated' } })
    expect(res.status).toBe(200)
    const after = (await t.payload.findByID({ collection: 'news', id: f.news.publishedA, draft: true, ...SYSTEM })) as Doc
    expect(after.translation?.state).toBe('current')
  })
})

describe('investor enquiries', () => {
  let projectSlug: string
  // A fresh policy name per call keeps each test's counts apart.
  let policies = 0
  const roomy = (): Policy => ({ name: `enquiry-test-${++policies}`, rules: [{ by: ['address'], points: 10, duration: 60 }] })
  const send = (over: Partial<EnquirySubmission> = {}, policy: Policy = roomy()) =>
    submitEnquiry(
      t.payload,
      {
        projectSlug,
        locale: 'en',
        clientAddress: '203.0.113.5',
        honeypot: '',
        values: { name: 'Kim Min-jun', company: 'Hanil Steel', country: 'Korea', email: 'minjun@hanil.example', message: 'Is land available?' },
        ...over,
      },
      policy,
    )

  beforeAll(async () => {
    const project = await t.payload.create({
      collection: 'investment-projects',
      locale: 'vi',
      data: { slug: 'du-an-a', title: 'Dự án A', sector: 'energy', projectStatus: 'calling', agency: f.agencyA, _status: 'published' } as never,
      ...SYSTEM,
    })
    projectSlug = project.slug as string
    await t.payload.create({
      collection: 'investment-projects',
      locale: 'vi',
      data: { slug: 'du-an-nhap', title: 'Dự án nháp', sector: 'energy', projectStatus: 'calling', agency: f.agencyA, _status: 'draft' } as never,
      draft: true,
      ...SYSTEM,
    })
    await t.payload.update({ collection: 'agencies', id: f.agencyA, data: { email: 'so-a@test.vn' }, ...SYSTEM })
  })

  it('stores a valid enquiry for the contact agency (defaulting to the owner) and e-mails it', async () => {
    const sendEmail = vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const outcome = await send()
    expect(outcome.kind).toBe('done')
    const stored = await t.payload.find({ collection: 'enquiries', ...SYSTEM, depth: 0 })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({ agency: f.agencyA, name: 'Kim Min-jun', email: 'minjun@hanil.example', locale: 'en' })
    expect(sendEmail).toHaveBeenCalledTimes(1)
    expect(sendEmail.mock.calls[0]![0]).toMatchObject({ to: 'so-a@test.vn', replyTo: 'minjun@hanil.example' })
    expect(String(sendEmail.mock.calls[0]![0]!.text)).toContain('Is land available?')
    sendEmail.mockRestore()
  })

  it('refuses invalid input, bots and unpublished projects without storing anything', async () => {
    const before = (await t.payload.count({ collection: 'enquiries', ...SYSTEM })).totalDocs
    const invalid = await send({ values: { name: '', company: '', country: '', email: 'nope', message: '' } })
    expect(invalid.kind === 'invalid' && invalid.errors.map((e) => e.code)).toEqual(['nameRequired', 'emailInvalid', 'messageRequired'])
    expect((await send({ honeypot: 'http://spam.example' })).kind).toBe('spam')
    expect((await send({ projectSlug: 'du-an-nhap' })).kind).toBe('not-found')
    expect((await t.payload.count({ collection: 'enquiries', ...SYSTEM })).totalDocs).toBe(before)
  })

  it('rate-limits per client address', async () => {
    const policy: Policy = { name: 'enquiry-test-tight', rules: [{ by: ['address'], points: 1, duration: 60 }] }
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    expect((await send({}, policy)).kind).toBe('done')
    const second = await send({}, policy)
    expect(second).toMatchObject({ kind: 'refused', reason: 'rate-limited' })
    expect(second.kind === 'refused' && second.retryAfterMs).toBeGreaterThan(50_000)
    expect((await send({ clientAddress: '198.51.100.1' }, policy)).kind).toBe('done')
    vi.restoreAllMocks()
  })

  it('are never public: only admins and the contact agency’s publishers read them; nobody creates them through the API', async () => {
    const anon = await api.request('GET', '/api/enquiries')
    expect(anon.status).toBe(403)
    const create = await api.request('POST', '/api/enquiries', { json: { name: 'x', email: 'x@y.zz', message: 'm', project: 1, agency: f.agencyA } })
    expect(create.status).toBe(403)

    const read = async (user: keyof Fixtures['users']) => {
      const token = await api.login(f.users[user].email, PASSWORD)
      const res = await api.request('GET', '/api/enquiries?limit=100', { token })
      return res.status === 200 ? ((res.body.docs as unknown[]) ?? []).length : -res.status
    }
    const total = (await t.payload.count({ collection: 'enquiries', ...SYSTEM })).totalDocs
    expect(total).toBeGreaterThan(0)
    expect(await read('publisherA')).toBe(total)
    expect(await read('admin')).toBe(total)
    expect(await read('publisherB')).toBeLessThanOrEqual(0)
    expect(await read('editorA')).toBeLessThanOrEqual(0)
    expect(await read('translatorA')).toBeLessThanOrEqual(0)
    const publisherB = await api.login(f.users.publisherB.email, PASSWORD)
    const one = (await t.payload.find({ collection: 'enquiries', limit: 1, ...SYSTEM })).docs[0]!
    expect((await api.request('GET', `/api/enquiries/${one.id}`, { token: publisherB })).status).not.toBe(200)
  })
})
