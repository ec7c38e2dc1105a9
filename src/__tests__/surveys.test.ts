import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import type { Policy } from '@/lib/rateLimit'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const LOOSE: Policy = { name: 'survey-test', rules: [{ by: ['address', 'target'], points: 100, duration: 3600 }] }
const NOW = new Date('2026-12-03T03:00:00Z')

let t: TestPayload
let payload: Payload
let fx: Fixtures
let rest: ReturnType<typeof restClient>
let submit: typeof import('@/lib/surveys/submit').submitSurveyResponse
let readSurvey: typeof import('@/data/surveys').readSurvey
let readSurveyResults: typeof import('@/data/surveys').readSurveyResults

const QUESTIONS = [
  { blockType: 'radio', name: 'role', label: 'Bạn là', required: true, options: [{ label: 'Người dân', value: 'citizen' }, { label: 'Doanh nghiệp', value: 'business' }] },
  { blockType: 'multipleChoice', name: 'channels', label: 'Bạn tìm thông tin ở đâu?', options: [{ label: 'Cổng thông tin', value: 'portal' }, { label: 'Trụ sở', value: 'office' }] },
  { blockType: 'scale', name: 'satisfaction', label: 'Mức hài lòng', required: true, min: 1, max: 5, minLabel: 'Rất không hài lòng', maxLabel: 'Rất hài lòng' },
  { blockType: 'textarea', name: 'remarks', label: 'Góp ý' },
]

async function survey(slug: string, agency: number, over: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'surveys',
    locale: 'vi',
    data: { title: `Khảo sát ${slug}`, slug, agency, startDate: '2026-12-01T00:00:00.000Z', endDate: '2026-12-31T00:00:00.000Z', onePerVisitor: true, liveResults: true, fields: QUESTIONS as never, _status: 'published', ...over },
    ...SYSTEM,
  })
}

const answers = (over: Record<string, string[]> = {}) => ({ role: ['citizen'], channels: ['portal', 'office'], satisfaction: ['4'], remarks: ['Số điện thoại của tôi 0912 345 678'], ...over })

beforeAll(async () => {
  t = await bootPayload('surveys')
  payload = t.payload
  fx = await createFixtures(payload)
  rest = restClient(t.config)
  ;({ submitSurveyResponse: submit } = await import('@/lib/surveys/submit'))
  ;({ readSurvey, readSurveyResults } = await import('@/data/surveys'))
  await survey('khao-sat-a', fx.agencyA)
  await survey('khao-sat-nhieu-lan', fx.agencyA, { onePerVisitor: false })
  await survey('khao-sat-da-dong', fx.agencyA, { startDate: '2026-11-01T00:00:00.000Z', endDate: '2026-11-30T00:00:00.000Z' })
  await survey('khao-sat-nhap', fx.agencyA, { _status: 'draft' })
  await survey('khao-sat-b', fx.agencyB)
}, 120_000)
afterAll(async () => {
  await t?.cleanup()
})

const send = (slug: string, values: Record<string, string[]>, address: string, honeypot = '') => submit(payload, { slug, values, honeypot, address, locale: 'vi' }, { now: NOW, policy: LOOSE })

describe('answering a survey', () => {
  it('a required answer missing is refused with the question named; nothing stored', async () => {
    const out = await send('khao-sat-a', answers({ satisfaction: [] }), '203.0.113.5')
    expect(out).toMatchObject({ kind: 'invalid', errors: [{ field: 'satisfaction', code: 'required' }] })
    expect((await payload.count({ collection: 'survey-responses', overrideAccess: true })).totalDocs).toBe(0)
  })
  it('one response per visitor: the second from the same address is not counted, another address is', async () => {
    expect(await send('khao-sat-a', answers(), '203.0.113.5')).toMatchObject({ kind: 'done', result: { counted: true } })
    expect(await send('khao-sat-a', answers({ role: ['business'] }), '203.0.113.5')).toMatchObject({ kind: 'done', result: { counted: false } })
    expect(await send('khao-sat-a', answers({ role: ['business'], channels: [] }), '203.0.113.6')).toMatchObject({ kind: 'done', result: { counted: true } })
    // The same visitor may answer another survey.
    expect(await send('khao-sat-b', answers(), '203.0.113.5')).toMatchObject({ kind: 'done', result: { counted: true } })
    const s = await readSurvey(payload, 'vi', 'khao-sat-a')
    const r = await readSurveyResults(payload, s!)
    expect(r.responses).toBe(2)
    expect(r.questions.map((q) => q.rows.map((row) => row.count))).toEqual([[1, 1], [1, 1], [0, 0, 0, 2, 0], []])
    expect(r.questions[3]!.answered).toBe(2)
    // The public aggregate never carries a written answer.
    expect(JSON.stringify(r)).not.toContain('0912')
  })
  it('the English page of a Vietnamese-only survey shows the Vietnamese texts marked as such, with the missing-English state', async () => {
    const en = await readSurvey(payload, 'en', 'khao-sat-a')
    expect(en?.title).toMatchObject({ lang: 'vi' })
    expect(Object.values(en!.langs)).toEqual(['vi', 'vi', 'vi', 'vi'])
    expect(en?.translation?.state).toBe('missing')
  })
  it('a survey without the rule counts every response', async () => {
    expect(await send('khao-sat-nhieu-lan', answers(), '203.0.113.9')).toMatchObject({ kind: 'done', result: { counted: true } })
    expect(await send('khao-sat-nhieu-lan', answers(), '203.0.113.9')).toMatchObject({ kind: 'done', result: { counted: true } })
  })
  it('closed, draft and unknown surveys take no answers; the honeypot stores nothing', async () => {
    for (const slug of ['khao-sat-da-dong', 'khao-sat-nhap', 'khong-co']) expect((await send(slug, answers(), '203.0.113.7')).kind).toBe('not-found')
    const before = (await payload.count({ collection: 'survey-responses', overrideAccess: true })).totalDocs
    expect((await send('khao-sat-a', answers(), '203.0.113.8', 'http://spam.example')).kind).toBe('spam')
    expect((await payload.count({ collection: 'survey-responses', overrideAccess: true })).totalDocs).toBe(before)
  })
  it('counts through the shared rate limiter', async () => {
    const tight: Policy = { name: 'survey-tight', rules: [{ by: ['address', 'target'], points: 1, duration: 3600 }] }
    const go = () => submit(payload, { slug: 'khao-sat-nhieu-lan', values: answers(), honeypot: '', address: '198.51.100.1', locale: 'vi' }, { now: NOW, policy: tight })
    expect((await go()).kind).toBe('done')
    expect(await go()).toMatchObject({ kind: 'refused', reason: 'rate-limited' })
  })
  it('stores no address', async () => {
    const rows = await payload.find({ collection: 'survey-responses', overrideAccess: true, pagination: false })
    expect(JSON.stringify(rows.docs)).not.toMatch(/203\.0\.113|198\.51\.100/)
  })
})

describe('survey responses through REST', () => {
  it('visitors read none and cannot post one; the agency reads its own; another agency reads none', async () => {
    const anon = await rest.request('GET', '/api/survey-responses?limit=100')
    expect(anon.status === 403 || (anon.body.docs as unknown[]).length === 0).toBe(true)
    const byId = await rest.request('GET', '/api/survey-responses/1')
    expect([403, 404]).toContain(byId.status)
    const forms = await rest.request('GET', '/api/surveys?limit=100&depth=0')
    expect(JSON.stringify(forms.body)).not.toContain('0912')
    const post = await rest.request('POST', '/api/survey-responses', { json: { form: 1, submissionData: [{ field: 'role', value: 'citizen' }], respondentKey: 'x' } })
    expect(post.status).toBe(403)
    const editorA = await rest.login(fx.users.editorA.email, PASSWORD)
    const own = await rest.request('GET', '/api/survey-responses?limit=100&depth=0', { token: editorA })
    expect((own.body.docs as unknown[]).length).toBeGreaterThan(2)
    expect(JSON.stringify(own.body)).toContain('0912')
    expect(JSON.stringify(own.body)).not.toContain('respondentKey')
    // Not even a where-query on the key reaches it.
    const stored = await payload.find({ collection: 'survey-responses', overrideAccess: true, limit: 1, where: { respondentKey: { not_like: 'free:' } } })
    const key = (stored.docs[0] as unknown as { respondentKey: string }).respondentKey
    const probe = await rest.request('GET', `/api/survey-responses?where[respondentKey][equals]=${encodeURIComponent(key)}`, { token: editorA })
    expect({ status: probe.status, found: (probe.body.docs as unknown[] | undefined)?.length ?? 0 }).toMatchObject({ found: 0 })
    const editorB = await rest.login(fx.users.editorB.email, PASSWORD)
    const other = await rest.request('GET', '/api/survey-responses?limit=100&depth=0', { token: editorB })
    const otherDocs = other.body.docs as { form: number }[]
    // Agency B sees the one response to its own survey only.
    expect(otherDocs).toHaveLength(1)
    expect(JSON.stringify(other.body)).not.toContain('khao-sat-a')
    const forge = await rest.request('POST', '/api/survey-responses', { token: editorA, json: { form: 1, submissionData: [{ field: 'role', value: 'citizen' }], respondentKey: 'y' } })
    expect(forge.status).toBe(403)
    // Nobody edits an answer, not even an admin.
    const admin = await rest.login(fx.users.admin.email, PASSWORD)
    const anyId = (own.body.docs as { id: number }[])[0]!.id
    const edit = await rest.request('PATCH', `/api/survey-responses/${anyId}`, { token: admin, json: { submissionData: [{ field: 'role', value: 'business' }] } })
    expect(edit.status).toBe(403)
  })
  it('the public reads published surveys only; an editor of another agency cannot edit one', async () => {
    const anon = await rest.request('GET', '/api/surveys?limit=100&depth=0')
    const slugs = (anon.body.docs as { slug: string }[]).map((d) => d.slug).sort()
    expect(slugs).toEqual(['khao-sat-a', 'khao-sat-b', 'khao-sat-da-dong', 'khao-sat-nhieu-lan'])
    const a = (anon.body.docs as { id: number; slug: string }[]).find((d) => d.slug === 'khao-sat-a')!
    const editorB = await rest.login(fx.users.editorB.email, PASSWORD)
    const patch = await rest.request('PATCH', `/api/surveys/${a.id}?draft=true`, { token: editorB, json: { title: 'Hijack' } })
    expect([403, 404]).toContain(patch.status)
  })
  it('an editor starts a survey from its title alone (the admin\'s "Tạo mới"), and cannot publish it', async () => {
    const editorA = await rest.login(fx.users.editorA.email, PASSWORD)
    const draft = await rest.request('POST', '/api/surveys?draft=true&depth=0&locale=vi', { token: editorA, json: { title: 'Khảo sát mới', agency: fx.agencyA, _status: 'draft' } })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id = (draft.body.doc as { id: number }).id
    const publish = await rest.request('PATCH', `/api/surveys/${id}?locale=vi`, { token: editorA, json: { _status: 'published', startDate: '2026-12-01T00:00:00.000Z', endDate: '2026-12-31T00:00:00.000Z', fields: QUESTIONS } })
    expect(publish.status).toBeGreaterThanOrEqual(400)
    const publisherA = await rest.login(fx.users.publisherA.email, PASSWORD)
    const published = await rest.request('PATCH', `/api/surveys/${id}?locale=vi`, { token: publisherA, json: { _status: 'published', startDate: '2026-12-01T00:00:00.000Z', endDate: '2026-12-31T00:00:00.000Z', fields: QUESTIONS } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  })
  it('a survey cannot close before it opens (a message in the editor language)', async () => {
    await expect(survey('sai-ngay', fx.agencyA, { startDate: '2026-12-10T00:00:00.000Z', endDate: '2026-12-01T00:00:00.000Z' })).rejects.toThrow()
  })
})

describe('the survey form without JavaScript (its route handler)', () => {
  it('invalid → 422 with every answer forwarded; already answered → 409; counted → 303', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const { formRoute } = await import('@/lib/publicForm/route')
    const { surveyForm } = await import('@/lib/surveys/form')
    const rendered: FormData[] = []
    const route = formRoute(surveyForm, ({ slug }) => ({ slug: slug ?? '' }), {
      payload: async () => t.payload,
      render: async ({ headers: h, body }) => {
        rendered.push(await new Request('http://x/', { method: 'POST', headers: { 'content-type': h.get('content-type')! }, body }).formData())
        return new Response('<!doctype html><html><body>page</body></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } })
      },
    })
    const post = (values: [string, string][], ip: string) => {
      const form = new FormData()
      for (const [k, v] of values) form.append(k, v)
      form.set('$ACTION_REF_1', '')
      return route.POST(new Request('http://portal.test/vi/surveys/khao-sat-nhieu-lan/answer', { method: 'POST', body: form, headers: { host: 'portal.test', origin: 'http://portal.test', 'x-forwarded-for': ip } }), { params: Promise.resolve({ locale: 'vi', slug: 'khao-sat-a' }) })
    }
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    try {
      const typed: [string, string][] = [['a:role', 'business'], ['a:channels', 'portal'], ['a:channels', 'office'], ['a:remarks', 'Cần thêm biểu mẫu']]
      const invalid = await post(typed, '192.0.2.10')
      expect(invalid.status).toBe(422)
      expect(rendered[0]!.getAll('a:channels')).toEqual(['portal', 'office'])
      expect(rendered[0]!.get('a:remarks')).toBe('Cần thêm biểu mẫu')
      const ok = await post([...typed, ['a:satisfaction', '5']], '192.0.2.10')
      expect(ok.status).toBe(303)
      expect(ok.headers.get('location')).toBe('/vi/khao-sat/khao-sat-a/da-tra-loi')
      const again = await post([...typed, ['a:satisfaction', '5']], '192.0.2.10')
      expect(again.status).toBe(409)
    } finally {
      vi.useRealTimers()
      vi.unstubAllEnvs()
    }
  })
})
