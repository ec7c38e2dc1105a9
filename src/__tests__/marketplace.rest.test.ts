import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient, type RestResponse } from './helpers/rest'

/**
 * The e-commerce exchange through the real REST handlers with real tokens: business
 * self-registration (refusals localized, e-mail verification), the security boundary between
 * two businesses (booth drafts, products, images, versions, the account itself), a business
 * token against every kind of agency collection and against staff rows that share its numeric
 * id, and the moderation flow of the Department of Industry and Trade (refusal with a reason
 * the owner reads, verification, approval that publishes).
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, skipNotify: true } } as const

let commune: number
let otherCommune: number
let moderatorToken: string
let publisherAToken: string
let adminToken: string
const biz: Record<'A' | 'B', { id: number; token: string; email: string }> = {} as never

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const errorText = (res: RestResponse) => JSON.stringify(res.body)

function registration(n: string, over: Record<string, unknown> = {}) {
  return {
    email: `dn${n}@example.vn`,
    password: PASSWORD,
    registrationNumber: `300012345${n}`,
    legalName: `Công ty TNHH Đặc sản ${n}`,
    address: `${n} Trần Phú`,
    commune,
    representative: 'Nguyễn Văn An',
    phone: '0912 345 678',
    ...over,
  }
}

async function loginBusiness(email: string): Promise<RestResponse> {
  return api.request('POST', '/api/businesses/login', { json: { email, password: PASSWORD } })
}

async function register(n: string, language = 'vi', over: Record<string, unknown> = {}) {
  return api.request('POST', '/api/businesses', { json: registration(n, over), headers: { 'Accept-Language': language } })
}

/** Registers, confirms the e-mail with the token the message carried, signs in. */
async function registeredBusiness(n: string): Promise<{ id: number; token: string; email: string }> {
  const send = vi.spyOn(t.payload.email, 'sendEmail').mockResolvedValue(undefined as never)
  const res = await register(n)
  expect(res.status).toBe(201)
  const id = (res.body.doc as { id: number }).id
  const html = String((send.mock.calls.at(-1)?.[0] as { html?: string } | undefined)?.html ?? '')
  send.mockRestore()
  const token = /token=([0-9a-f]+)/.exec(html)?.[1]
  expect(token).toBeTruthy()
  expect((await api.request('POST', `/api/businesses/verify/${token}`)).status).toBe(200)
  const login = await loginBusiness(registration(n).email)
  expect(login.status).toBe(200)
  return { id, token: login.body.token as string, email: registration(n).email }
}

function imageForm(fields: Record<string, unknown>) {
  const fd = new FormData()
  fd.append('_payload', JSON.stringify(fields))
  fd.append('file', new Blob([new Uint8Array(PNG_1x1)], { type: 'image/png' }), 'anh.png')
  return fd
}

const booth = (over: Record<string, unknown> = {}) => ({
  name: 'Cam Vũ Quang Hương Sơn',
  description: 'Cam bù, cam chanh trồng tại Vũ Quang.',
  categories: ['agriculture'],
  commune,
  contact: { phone: '0239 3 855 555', email: 'lienhe@camvuquang.example.vn', address: 'Thôn 1' },
  ...over,
})

const product = (over: Record<string, unknown> = {}) => ({
  name: 'Cam bù Hương Sơn',
  category: 'agriculture',
  ocop: { stars: 4, certificateNumber: '1234/QĐ-UBND', year: 2024 },
  price: { min: 35000, max: 50000, unit: 'kg' },
  availability: 'seasonal',
  origin: 'Hương Sơn, Hà Tĩnh',
  ...over,
})

beforeAll(async () => {
  t = await bootPayload('marketplace')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  const agency = (slug: string, name: string, kind: string) => t.payload.create({ collection: 'agencies', data: { slug, name, kind: kind as 'commune' }, locale: 'vi', ...SYSTEM }).then((d) => d.id)
  commune = await agency('xa-vu-quang', 'UBND xã Vũ Quang', 'commune')
  otherCommune = await agency('phuong-thanh-sen', 'UBND phường Thành Sen', 'commune')
  const trade = await agency('so-cong-thuong', 'Sở Công Thương', 'department')
  await t.payload.create({ collection: 'users', data: { email: 'duyet.sct@test.vn', password: PASSWORD, name: 'Người duyệt SCT', agencies: [{ agency: trade, roles: ['publisher'] }] }, ...SYSTEM })
  moderatorToken = await api.login('duyet.sct@test.vn', PASSWORD)
  publisherAToken = await api.login(f.users.publisherA.email, PASSWORD)
  adminToken = await api.login(f.users.admin.email, PASSWORD)
  biz.A = await registeredBusiness('1')
  biz.B = await registeredBusiness('2')
}, 180_000)
afterAll(async () => t?.cleanup())

describe('registration', () => {
  it('a bad registration number is refused, in the language of the request', async () => {
    for (const [language, text] of [
      ['vi', 'Mã số doanh nghiệp gồm 10 chữ số'],
      ['en', 'A business registration number has 10 digits'],
    ]) {
      for (const bad of ['30001234', '3000123456-01', 'abcdefghij', '3000123456001']) {
        const res = await register('9', language, { registrationNumber: bad, email: `bad.${language}@example.vn` })
        expect([bad, res.status]).toEqual([bad, 400])
        expect(errorText(res)).toContain(text)
      }
    }
    expect((await t.payload.count({ collection: 'businesses', where: { email: { like: 'bad.' } }, ...SYSTEM })).totalDocs).toBe(0)
  })

  it('an already-registered number is refused (however it is typed), in both languages', async () => {
    for (const [language, text] of [
      ['vi', 'đã được đăng ký trên sàn'],
      ['en', 'already registered on the exchange'],
    ]) {
      const res = await register('1', language, { registrationNumber: ' 3000 123 451 ', email: `dup.${language}@example.vn` })
      expect(res.status).toBe(400)
      expect(errorText(res)).toContain(text)
    }
  })

  it('a branch suffix is accepted and normalized; the verification fields cannot be self-granted', async () => {
    const send = vi.spyOn(t.payload.email, 'sendEmail').mockResolvedValue(undefined as never)
    const res = await register('3', 'en', { registrationNumber: '3000123451 - 001', verified: true, verifiedAt: '2024-01-01T00:00:00.000Z' })
    expect(res.status).toBe(201)
    const mail = send.mock.calls.at(-1)?.[0] as { to: string; subject: string; html: string }
    send.mockRestore()
    expect(mail.to).toBe('dn3@example.vn')
    expect(mail.subject).toContain('Confirm your e-mail address')
    expect(mail.html).toMatch(/\/en\/marketplace\/verify-email\?token=[0-9a-f]+/)
    const stored = await t.payload.findByID({ collection: 'businesses', id: (res.body.doc as { id: number }).id, ...SYSTEM })
    expect([stored.registrationNumber, stored.verified, stored.verifiedAt ?? null]).toEqual(['3000123451-001', false, null])
  })

  it('signing in waits for the e-mail confirmation', async () => {
    const res = await loginBusiness('dn3@example.vn')
    expect(res.status).toBe(403)
    expect(res.body.token).toBeUndefined()
  })

  it('a bad phone or a commune that is not a commune is refused', async () => {
    expect((await register('4', 'vi', { phone: 'gọi tôi' })).status).toBe(400)
    expect((await register('5', 'vi', { commune: f.agencyA })).status).toBe(400)
  })
})

describe('a business token is never a staff token', () => {
  it('the business and a staff user share a numeric id', async () => {
    // Both collections count from 1: business A's id is some staff user's id too.
    const staff = await t.payload.find({ collection: 'users', where: { id: { equals: biz.A.id } }, ...SYSTEM })
    expect(staff.totalDocs).toBe(1)
  })

  it('reads and updates no staff row, not even the one with its own id', async () => {
    const before = await t.payload.findByID({ collection: 'users', id: biz.A.id, ...SYSTEM })
    expect((await api.request('GET', '/api/users', { token: biz.A.token })).status).toBe(403)
    expect([403, 404]).toContain((await api.request('GET', `/api/users/${biz.A.id}`, { token: biz.A.token })).status)
    const patch = await api.request('PATCH', `/api/users/${biz.A.id}`, { token: biz.A.token, json: { name: 'Đã chiếm', password: 'Chiem-quyen-2026' } })
    expect([403, 404]).toContain(patch.status)
    const after = await t.payload.findByID({ collection: 'users', id: biz.A.id, ...SYSTEM })
    expect(after.name).toBe(before.name)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it("reads no staff member's procedure imports through the shared id", async () => {
    await t.payload.db.create({ collection: 'procedure-imports', data: { title: 'Lần nhập của cán bộ', mode: 'dry-run', user: biz.A.id }, req: {} as never })
    const list = await api.request('GET', '/api/procedure-imports', { token: biz.A.token })
    expect(list.status === 403 || list.body.totalDocs === 0).toBe(true)
  })

  it('is neither admin nor a member of any agency', async () => {
    for (const [method, url, json] of [
      ['POST', '/api/news?locale=vi&draft=true', { title: 'Tin giả', slug: 'tin-gia', agency: f.agencyA }],
      ['POST', '/api/legal-documents?locale=vi&draft=true', { title: 'Văn bản giả', agency: f.agencyA }],
      ['PATCH', `/api/news/${f.news.draftA}?locale=vi&draft=true`, { title: 'Sửa trộm' }],
      ['PATCH', `/api/news/${f.news.publishedA}?locale=vi`, { title: 'Sửa trộm' }],
      ['DELETE', `/api/news/${f.news.publishedA}`, undefined],
      ['POST', '/api/users', { email: 'x@test.vn', password: PASSWORD, name: 'x' }],
      ['PATCH', `/api/agencies/${f.agencyA}?locale=vi`, { phone: '0' }],
      ['POST', '/api/agencies?locale=vi', { name: 'Cơ quan giả', slug: 'co-quan-gia', kind: 'department' }],
      ['POST', '/api/alerts?locale=vi', { title: 'Cảnh báo giả' }],
      ['GET', '/api/audit-log', undefined],
      ['GET', '/api/enquiries', undefined],
      ['GET', '/api/questions', undefined],
      ['GET', '/api/payload-jobs/run', undefined],
    ] as const) {
      const res = await api.request(method, url, { token: biz.A.token, json })
      expect([method, url, [401, 403, 404].includes(res.status)]).toEqual([method, url, true])
    }
    // Drafts of agencies stay invisible (draft=true means nothing to it there).
    const drafts = await api.request('GET', `/api/news?draft=true&where[id][equals]=${f.news.draftA}`, { token: biz.A.token })
    expect(drafts.body.totalDocs).toBe(0)
    const media = await api.request('POST', '/api/media?locale=vi', { token: biz.A.token, form: imageForm({ alt: 'Ảnh', agency: f.agencyA }) })
    expect([403, 400]).toContain(media.status)
    expect(await t.payload.find({ collection: 'news', where: { title: { equals: 'Sửa trộm' } }, draft: true, locale: 'vi', ...SYSTEM }).then((c) => c.totalDocs)).toBe(0)
  })

  it("does not open the staff admin's data (GET /api/users/me answers no staff user)", async () => {
    const me = await api.request('GET', '/api/users/me', { token: biz.A.token })
    expect(me.body.user ?? null).toBeNull()
  })
})

describe('business accounts', () => {
  it('each reads and edits itself only; contacts of another business stay hidden', async () => {
    expect((await api.request('GET', `/api/businesses/${biz.A.id}`, { token: biz.A.token })).status).toBe(200)
    expect((await api.request('GET', `/api/businesses/${biz.B.id}`, { token: biz.A.token })).status).toBe(404)
    const list = await api.request('GET', '/api/businesses?limit=50', { token: biz.A.token })
    expect((list.body.docs as { id: number }[]).map((d) => d.id)).toEqual([biz.A.id])
    expect((await api.request('GET', '/api/businesses')).status).toBe(403)
    const patch = await api.request('PATCH', `/api/businesses/${biz.B.id}`, { token: biz.A.token, json: { phone: '0999 999 999' } })
    expect([403, 404]).toContain(patch.status)
    expect((await t.payload.findByID({ collection: 'businesses', id: biz.B.id, ...SYSTEM })).phone).toBe('0912 345 678')
    // Its own contact, yes; its own verification, no.
    const own = await api.request('PATCH', `/api/businesses/${biz.A.id}`, { token: biz.A.token, json: { phone: '0912 000 111', verified: true } })
    expect(own.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'businesses', id: biz.A.id, ...SYSTEM })
    expect([stored.phone, stored.verified]).toEqual(['0912 000 111', false])
  })

  it('staff of other agencies read no business; the moderator reads them all', async () => {
    expect([403, 404]).toContain((await api.request('GET', `/api/businesses/${biz.A.id}`, { token: publisherAToken })).status)
    const all = await api.request('GET', '/api/businesses?limit=50', { token: moderatorToken })
    expect((all.body.docs as { id: number }[]).map((d) => d.id)).toEqual(expect.arrayContaining([biz.A.id, biz.B.id]))
  })
})

describe('booths, products and images: business A against business B', () => {
  let image: number
  let imageFile: string
  let boothA: number
  let productA: number

  it('A uploads an image: its own, whatever the body says; nobody else sees it yet', async () => {
    const res = await api.request('POST', '/api/market-images?locale=vi', { token: biz.A.token, form: imageForm({ alt: 'Vườn cam', owner: biz.B.id, approved: true }) })
    expect(res.status).toBe(201)
    const doc = res.body.doc as { id: number; owner: number | { id: number }; approved: boolean; filename: string }
    image = doc.id
    imageFile = doc.filename
    const stored = await t.payload.findByID({ collection: 'market-images', id: image, depth: 0, ...SYSTEM })
    expect([stored.owner, stored.approved]).toEqual([biz.A.id, false])
    for (const token of [biz.B.token, undefined, publisherAToken]) {
      expect((await api.request('GET', `/api/market-images/${image}`, { token })).status).toBe(404)
      expect([403, 404]).toContain((await api.request('GET', `/api/market-images/file/${imageFile}`, { token })).status)
    }
    expect((await api.request('GET', `/api/market-images/${image}`, { token: biz.A.token })).status).toBe(200)
    expect((await api.request('GET', `/api/market-images/${image}`, { token: moderatorToken })).status).toBe(200)
    const replace = await api.request('PATCH', `/api/market-images/${image}?locale=vi`, { token: biz.B.token, json: { alt: 'Của B' } })
    expect([403, 404]).toContain(replace.status)
    expect((await api.request('DELETE', `/api/market-images/${image}`, { token: biz.B.token })).status).not.toBe(200)
  })

  it('an image needs alt text and real image bytes', async () => {
    expect((await api.request('POST', '/api/market-images?locale=vi', { token: biz.A.token, form: imageForm({}) })).status).toBe(400)
    const fd = new FormData()
    fd.append('_payload', JSON.stringify({ alt: 'Giả ảnh' }))
    fd.append('file', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/png' }), 'anh.png')
    expect((await api.request('POST', '/api/market-images?locale=vi', { token: biz.A.token, form: fd })).status).toBe(400)
  })

  it('A creates its booth: a draft of its own, whatever the body asks', async () => {
    const res = await api.request('POST', '/api/booths?locale=vi', { token: biz.A.token, json: booth({ owner: biz.B.id, _status: 'published', logo: image }) })
    expect(res.status).toBe(201)
    boothA = (res.body.doc as { id: number }).id
    const live = await t.payload.findByID({ collection: 'booths', id: boothA, depth: 0, ...SYSTEM })
    expect([live.owner, live._status, live.moderation?.state]).toEqual([biz.A.id, 'draft', 'draft'])
    const second = await api.request('POST', '/api/booths?locale=vi', { token: biz.A.token, json: booth({ name: 'Gian thứ hai' }) })
    expect(second.status).toBe(400)
    expect(errorText(second)).toContain('Mỗi doanh nghiệp có một gian hàng')
  })

  it("B cannot use A's image, read A's drafts or versions, or write A's booth", async () => {
    const steal = await api.request('POST', '/api/booths?locale=vi', { token: biz.B.token, json: booth({ name: 'Gian của B', logo: image }) })
    expect(steal.status).toBe(400)
    for (const url of [`/api/booths/${boothA}?draft=true`, `/api/booths/${boothA}`]) expect((await api.request('GET', url, { token: biz.B.token })).status).toBe(404)
    const list = await api.request('GET', '/api/booths?draft=true&limit=100', { token: biz.B.token })
    expect((list.body.docs as { id: number }[]).map((d) => d.id)).not.toContain(boothA)
    const versions = await api.request('GET', `/api/booths/versions?where[parent][equals]=${boothA}`, { token: biz.B.token })
    expect(versions.status === 403 || versions.body.totalDocs === 0).toBe(true)
    for (const [method, json] of [
      ['PATCH', { name: 'Gian bị sửa' }],
      ['PATCH', { moderation: { state: 'submitted' } }],
      ['DELETE', undefined],
    ] as const) {
      const res = await api.request(method, `/api/booths/${boothA}?locale=vi&draft=true`, { token: biz.B.token, json })
      expect([method, [403, 404].includes(res.status)]).toEqual([method, true])
    }
    const latest = await t.payload.findByID({ collection: 'booths', id: boothA, draft: true, depth: 0, ...SYSTEM })
    expect([latest.name, latest.moderation?.state]).toEqual(['Cam Vũ Quang Hương Sơn', 'draft'])
    // Nor can staff of another agency, nor the anonymous public.
    expect((await api.request('GET', `/api/booths/${boothA}?draft=true`)).status).toBe(404)
    expect([403, 404]).toContain((await api.request('PATCH', `/api/booths/${boothA}?draft=true`, { token: publisherAToken, json: { name: 'x' } })).status)
  })

  it("A's product: a draft B cannot read or change", async () => {
    const res = await api.request('POST', '/api/products?locale=vi', { token: biz.A.token, json: product({ photos: [image] }) })
    expect(res.status).toBe(201)
    productA = (res.body.doc as { id: number }).id
    expect((await api.request('GET', `/api/products/${productA}?draft=true`, { token: biz.B.token })).status).toBe(404)
    expect((await api.request('GET', `/api/products/${productA}?draft=true`, { token: biz.A.token })).status).toBe(200)
    const patch = await api.request('PATCH', `/api/products/${productA}?locale=vi&draft=true`, { token: biz.B.token, json: { name: 'Hàng giả' } })
    expect([403, 404]).toContain(patch.status)
    const bad = await api.request('POST', '/api/products?locale=en', { token: biz.A.token, json: product({ ocop: { stars: 4 }, price: { min: 9, max: 1 } }), headers: { 'Accept-Language': 'en' } })
    expect(bad.status).toBe(400)
    expect(errorText(bad)).toContain('certificate number')
    expect(errorText(bad)).toContain('lowest price')
  })

  it('the owner cannot approve or refuse its own booth', async () => {
    for (const state of ['approved', 'refused']) {
      const res = await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: biz.A.token, json: { moderation: { state, reason: 'tự duyệt' } } })
      expect([state, res.status]).toEqual([state, 403])
    }
    const live = await t.payload.findByID({ collection: 'booths', id: boothA, depth: 0, ...SYSTEM })
    expect(live._status).toBe('draft')
  })

  it('refusal: a reason is required; the owner reads it, nobody else does', async () => {
    expect((await api.request('PATCH', `/api/booths/${boothA}?locale=vi&draft=true`, { token: biz.A.token, json: { moderation: { state: 'submitted' } } })).status).toBe(200)
    // Only the moderator decides; another agency's publisher is not the moderator.
    expect([403, 404]).toContain((await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: publisherAToken, json: { moderation: { state: 'approved' } } })).status)
    const noReason = await api.request('PATCH', `/api/booths/${boothA}?locale=en`, { token: moderatorToken, json: { moderation: { state: 'refused', reason: '  ' } }, headers: { 'Accept-Language': 'en' } })
    expect(noReason.status).toBe(400)
    expect(errorText(noReason)).toContain('A refusal needs a reason')
    const refused = await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: moderatorToken, json: { name: 'Tên do người duyệt sửa', moderation: { state: 'refused', reason: 'Ảnh logo chưa rõ nét.' } } })
    expect(refused.status).toBe(200)
    const mine = await api.request('GET', `/api/booths/${boothA}?draft=true&locale=vi`, { token: biz.A.token })
    expect((mine.body as { moderation: unknown }).moderation).toMatchObject({ state: 'refused', reason: 'Ảnh logo chưa rõ nét.' })
    // The moderator changes the decision only, never the business's content.
    expect(mine.body.name).toBe('Cam Vũ Quang Hương Sơn')
    expect((await api.request('GET', `/api/booths/${boothA}?draft=true`, { token: biz.B.token })).status).toBe(404)
    const live = await t.payload.findByID({ collection: 'booths', id: boothA, depth: 0, ...SYSTEM })
    expect(live._status).toBe('draft')
  })

  it('approval needs a verified business; then the booth, its image and its product are public', async () => {
    expect((await api.request('PATCH', `/api/booths/${boothA}?locale=vi&draft=true`, { token: biz.A.token, json: { description: 'Cam bù Hương Sơn, logo mới.', moderation: { state: 'submitted' } } })).status).toBe(200)
    const early = await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: moderatorToken, json: { moderation: { state: 'approved' } } })
    expect(early.status).toBe(400)
    expect(errorText(early)).toContain('chưa được xác minh')

    // The moderator verifies the business (and changes nothing else of it).
    const verify = await api.request('PATCH', `/api/businesses/${biz.A.id}`, { token: moderatorToken, json: { verified: true, legalName: 'Đổi tên' } })
    expect(verify.status).toBe(200)
    const business = await t.payload.findByID({ collection: 'businesses', id: biz.A.id, ...SYSTEM })
    expect([business.verified, Boolean(business.verifiedAt), business.legalName]).toEqual([true, true, 'Công ty TNHH Đặc sản 1'])

    const approved = await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: moderatorToken, json: { moderation: { state: 'approved' } } })
    expect(approved.status).toBe(200)
    const pub = await api.request('GET', `/api/booths/${boothA}?locale=vi`)
    expect(pub.status).toBe(200)
    expect(pub.body).toMatchObject({ name: 'Cam Vũ Quang Hương Sơn', description: 'Cam bù Hương Sơn, logo mới.', moderation: { state: 'approved' } })
    // The booth's enquiry e-mail and any refusal reason are the owner's and the moderator's only.
    expect((pub.body.contact as Record<string, unknown>).email).toBeUndefined()
    expect((pub.body.contact as Record<string, unknown>).phone).toBe('0239 3 855 555')
    expect((pub.body.moderation as Record<string, unknown>).reason).toBeUndefined()
    const asB = await api.request('GET', `/api/booths/${boothA}?locale=vi`, { token: biz.B.token })
    expect((asB.body.contact as Record<string, unknown>).email).toBeUndefined()
    expect((await api.request('GET', `/api/market-images/${image}`)).status).toBe(200)

    expect((await api.request('PATCH', `/api/products/${productA}?locale=vi&draft=true`, { token: biz.A.token, json: { moderation: { state: 'submitted' } } })).status).toBe(200)
    expect((await api.request('PATCH', `/api/products/${productA}?locale=vi`, { token: moderatorToken, json: { moderation: { state: 'approved' } } })).status).toBe(200)
    const p = await api.request('GET', `/api/products/${productA}?locale=vi`)
    expect(p.body).toMatchObject({ name: 'Cam bù Hương Sơn', ocop: { stars: 4 } })
  })

  it('a later edition waits for approval; the approved one stays public', async () => {
    const edit = await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: biz.A.token, json: { name: 'Tên mới chưa duyệt', _status: 'published', commune: otherCommune } })
    expect(edit.status).toBe(200)
    expect((await api.request('GET', `/api/booths/${boothA}?locale=vi`)).body.name).toBe('Cam Vũ Quang Hương Sơn')
    const mine = await api.request('GET', `/api/booths/${boothA}?draft=true&locale=vi`, { token: biz.A.token })
    expect([mine.body.name, (mine.body.moderation as { state: string }).state]).toEqual(['Tên mới chưa duyệt', 'draft'])
    // B and the public still read only the approved edition (draft=true or not).
    for (const token of [biz.B.token, undefined]) expect((await api.request('GET', `/api/booths/${boothA}?draft=true&locale=vi`, { token })).body.name).toBe('Cam Vũ Quang Hương Sơn')
    // The moderator cannot approve an edition that was not submitted.
    expect((await api.request('PATCH', `/api/booths/${boothA}?locale=vi`, { token: moderatorToken, json: { moderation: { state: 'approved' } } })).status).toBe(403)
  })

  it('changing its legal identity withdraws the verification', async () => {
    const res = await api.request('PATCH', `/api/businesses/${biz.A.id}`, { token: biz.A.token, json: { legalName: 'Công ty Cổ phần Đặc sản 1' } })
    expect(res.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'businesses', id: biz.A.id, ...SYSTEM })
    expect([stored.verified, stored.verifiedAt ?? null]).toEqual([false, null])
  })

  it('admins keep every right; businesses delete their own only', async () => {
    expect((await api.request('GET', `/api/booths/${boothA}?draft=true`, { token: adminToken })).status).toBe(200)
    expect([403, 404]).toContain((await api.request('DELETE', `/api/products/${productA}`, { token: biz.B.token })).status)
    expect((await api.request('DELETE', `/api/products/${productA}`, { token: biz.A.token })).status).toBe(200)
  })
})
