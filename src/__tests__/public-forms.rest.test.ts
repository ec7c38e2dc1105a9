import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PublicForm, PublicFormState } from '@/lib/publicForm'
import { pdfWith } from '@/lib/uploads/testPdf'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * Every public form without JavaScript goes through its route handler (src/lib/publicForm) and
 * answers with the right status: done → 303 to the confirmation (or the page re-rendered with the
 * answer, 200, for the look-up and the rating), invalid → 422, rate-limited → 429 + Retry-After,
 * database busy → 503 + Retry-After — always the page re-rendered from the browser's own submission,
 * every typed value in it — and another site's form → 403. The server action Next.js runs for that
 * re-render answers from the signed messages without submitting again. One table over the forms
 * (the investor enquiry has its own in ratelimit.rest.test.ts).
 */

const requestHeaders = { current: new Headers() }
vi.mock('next/headers', () => ({ headers: async () => requestHeaders.current }))

const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
let t: TestPayload
let fx: Fixtures

type Body = Record<string, string | File | File[]>
type AnyForm = PublicForm<never, unknown, string, PublicFormState<unknown, string>>
interface Case {
  name: string
  load: () => Promise<AnyForm>
  /** The server action Next.js runs when the handler asks for the page (bound as on the page). */
  action: (locale: 'vi' | 'en', form: FormData) => Promise<PublicFormState<unknown, string>>
  route: Record<string, string>
  params: (route: Record<string, string>) => unknown
  /** The path the browser posts to (the permalink) and the page re-rendered, per locale. */
  permalink: string
  page: string
  valid: () => Body
  invalid: Body
  /** A typed value that must come back in the re-rendered submission. */
  kept: [string, string]
  done: { status: 303; location: RegExp } | { status: 200; state: Record<string, unknown> }
  /** What the busy database refuses for this form. */
  busy: 'create' | 'find'
  collection: 'questions' | 'consultation-comments' | 'ratings' | null
}

const file = (name: string, bytes: Buffer, type = 'application/pdf') => new File([new Uint8Array(bytes)], name, { type })

const CASES: Case[] = [
  {
    name: 'ask a question (multipart, files)',
    load: async () => (await import('@/lib/questions/form')).askForm as unknown as AnyForm,
    action: async (locale, form) => (await import('@/lib/questions/action')).askQuestion({ locale, fields: ['investment'] }, (await import('@/lib/questions/state')).EMPTY_ASK_STATE, form),
    route: {},
    params: () => ({ fields: ['investment', 'land'] }),
    permalink: '/vi/questions/ask/send',
    page: '/vi/hoi-dap/gui-cau-hoi',
    valid: () => ({
      askerKind: 'business',
      name: 'Trần Thị Bình',
      organisation: 'Công ty TNHH Hồng Lĩnh',
      registrationNumber: '3001234567',
      email: `binh-${Math.random().toString(36).slice(2)}@example.vn`,
      field: 'investment',
      title: 'Thủ tục cấp giấy chứng nhận đăng ký đầu tư',
      question: 'Doanh nghiệp cần những giấy tờ gì? Cần bao lâu?',
      consent: 'yes',
      attachments: [file('giay-phep.pdf', pdfWith())],
    }),
    invalid: { askerKind: 'business', name: 'Trần Thị Bình', title: '', question: 'Câu hỏi không có tiêu đề' },
    kept: ['name', 'Trần Thị Bình'],
    done: { status: 303, location: /^\/vi\/hoi-dap\/da-gui\?code=HD/ },
    busy: 'create',
    collection: 'questions',
  },
  {
    name: 'consultation comment (multipart, a file)',
    load: async () => (await import('@/lib/consultations/form')).commentForm as unknown as AnyForm,
    action: async (locale, form) => (await import('@/lib/consultations/action')).sendComment({ locale, slug: 'du-thao-khong-js' }, (await import('@/lib/consultations/state')).EMPTY_COMMENT, form),
    route: { slug: 'du-thao-khong-js' },
    params: ({ slug }) => ({ slug: slug ?? '' }),
    permalink: '/vi/consultations/du-thao-khong-js/comment',
    page: '/vi/gop-y-du-thao/du-thao-khong-js',
    valid: () => ({ name: 'Nguyễn Thị Bình', organisation: 'HTX Cẩm Xuyên', email: '', text: 'Đề nghị nâng mức hỗ trợ.', article: 'dieu-1', attachment: file('y-kien.pdf', pdfWith()) }),
    invalid: { name: 'Nguyễn Thị Bình', text: '', article: 'dieu-1' },
    kept: ['name', 'Nguyễn Thị Bình'],
    done: { status: 303, location: /^\/vi\/gop-y-du-thao\/du-thao-khong-js\/da-gui-gop-y$/ },
    busy: 'create',
    collection: 'consultation-comments',
  },
  {
    name: 'rating ("Was this information useful?")',
    load: async () => (await import('@/lib/ratings/form')).ratingForm as unknown as AnyForm,
    action: async (locale, form) => (await import('@/lib/ratings/action')).sendRating({ locale, section: 'news', slug: 'da-dang-a' }, (await import('@/lib/ratings/state')).EMPTY_RATING, form),
    route: { section: 'news', slug: 'da-dang-a' },
    params: ({ section, slug }) => ({ section: section ?? '', slug: slug ?? '' }),
    permalink: '/vi/rate/news/da-dang-a',
    page: '/vi/tin-tuc/da-dang-a',
    valid: () => ({ useful: 'no', reason: 'outdated', remark: 'Thiếu số điện thoại đường dây nóng' }),
    invalid: { useful: 'maybe', remark: 'Thiếu số điện thoại đường dây nóng' },
    kept: ['remark', 'Thiếu số điện thoại đường dây nóng'],
    done: { status: 200, state: { done: true } },
    busy: 'create',
    collection: 'ratings',
  },
  {
    name: 'dossier status look-up',
    load: async () => (await import('@/lib/dossiers/form')).lookupForm as unknown as AnyForm,
    action: async (locale, form) => (await import('@/lib/dossiers/action')).lookUpDossier({ locale }, (await import('@/lib/dossiers/state')).EMPTY_LOOKUP, form),
    route: {},
    params: () => ({}),
    permalink: '/vi/dossier-status/look-up',
    page: '/vi/tra-cuu-ho-so',
    valid: () => ({ code: 'H29-0001', factor: '5678' }),
    invalid: { code: '', factor: '5678' },
    kept: ['factor', '5678'],
    done: { status: 200, state: { dossier: expect.objectContaining({ code: 'H29-0001', status: 'done' }) } },
    busy: 'find',
    collection: null,
  },
]

beforeAll(async () => {
  t = await bootPayload('public-forms')
  fx = await createFixtures(t.payload)
  const chapters = [{ number: 1, title: 'Quy định chung', articles: [{ number: 1, title: 'Phạm vi', text: 'Nghị quyết này quy định…' }] }]
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
  await t.payload.create({
    collection: 'consultations',
    data: { title: 'Dự thảo không JS', slug: 'du-thao-khong-js', agency: fx.agencyA, draftKind: 'hdnd-resolution', openDate: day(-5), closeDate: day(40), chapters, _status: 'published' },
    locale: 'vi',
    ...SYSTEM,
  })
  await t.payload.create({
    collection: 'procedures',
    data: { code: '1.001234', name: 'Cấp phép A', slug: 'cap-phep-a', field: 'science', level: 'full', agency: fx.agencyA, _status: 'published' },
    locale: 'vi',
    ...SYSTEM,
  })
  const { applyDossierRows } = await import('@/lib/dossiers/apply')
  const agencySlug = (await t.payload.findByID({ collection: 'agencies', id: fx.agencyA, depth: 0, overrideAccess: true })).slug
  await applyDossierRows(
    t.payload,
    [{ row: 2, code: 'H29-0001', procedureCode: '1.001234', agency: agencySlug, receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: '2026-04-13', status: 'done', statusAt: null, factor: '5678' }],
    { agencyIdOf: (ref) => (ref === agencySlug ? fx.agencyA : null), mayWrite: () => true, source: 'demo', today: '2026-04-20' },
  )
}, 180_000)
afterAll(async () => t?.cleanup())

type Rendered = { url: string; headers: Headers; body: FormData }
let addresses = 0

async function post(c: Case, body: Body, headers: Record<string, string> = {}) {
  const { formRoute } = await import('@/lib/publicForm/route')
  const rendered: Rendered[] = []
  const route = formRoute(await c.load(), c.params as (r: Record<string, string>) => never, {
    payload: async () => t.payload,
    // Stands in for Next.js rendering the page: records what it was asked to render.
    render: async ({ url, headers: h, body: b }) => {
      rendered.push({ url, headers: h, body: await new Request('http://x/', { method: 'POST', headers: { 'content-type': h.get('content-type')! }, body: b }).formData() })
      return new Response('<!doctype html><html><body>page</body></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } })
    },
  })
  const form = new FormData()
  for (const [k, v] of Object.entries(body)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one)
  form.set('$ACTION_REF_1', '')
  const request = new Request(`http://portal.test${c.permalink}`, { method: 'POST', body: form, headers: { host: 'portal.test', origin: 'http://portal.test', 'x-forwarded-for': `198.51.100.${++addresses}`, ...headers } })
  const res = await route.POST(request, { params: Promise.resolve({ locale: 'vi', ...c.route }) })
  return { res, rendered }
}

const count = async (c: Case) => (c.collection ? (await t.payload.count({ collection: c.collection, ...SYSTEM })).totalDocs : 0)

/** Runs the page's server action for a re-render the handler asked for, as Next.js would. */
async function rerender(c: Case, page: Rendered) {
  requestHeaders.current = new Headers(page.headers)
  try {
    return await c.action('vi', page.body)
  } finally {
    requestHeaders.current = new Headers()
  }
}

describe.each(CASES)('$name without JavaScript', (c) => {
  it('done → 303 to the confirmation, or the page re-rendered with the answer (200) from the signed state', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const before = await count(c)
    const { res, rendered } = await post(c, c.valid())
    expect(res.status).toBe(c.done.status)
    if (c.done.status === 303) {
      expect(res.headers.get('location')).toMatch(c.done.location)
      expect(rendered).toHaveLength(0)
    } else {
      expect(new URL(rendered[0]!.url).pathname).toBe(c.page)
      expect(await rerender(c, rendered[0]!)).toMatchObject(c.done.state)
    }
    if (c.collection) expect(await count(c)).toBe(before + 1)
    vi.restoreAllMocks()
    vi.unstubAllEnvs()
  })

  it('invalid → 422, the page re-rendered from the same submission with every typed value and the localized errors', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const { res, rendered } = await post(c, c.invalid)
    expect(res.status).toBe(422)
    expect(res.headers.get('retry-after')).toBeNull()
    const page = rendered[0]!
    expect(new URL(page.url).pathname).toBe(c.page)
    expect(page.body.get(c.kept[0])).toBe(c.kept[1])
    expect(page.body.has('$ACTION_REF_1')).toBe(true)
    const state = await rerender(c, page)
    expect((state.values as Record<string, unknown>)[c.kept[0]]).toBe(c.kept[1])
    expect(state.errors.length).toBeGreaterThan(0)
    expect(state.errors[0]!.message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/)
    vi.unstubAllEnvs()
  })

  it('rate-limited → 429 + Retry-After, the page re-rendered with the typed text; the forwarded action does not submit again', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    // Every allowance scaled down to one: the second submission from one address is refused.
    vi.stubEnv('RATE_LIMIT_FACTOR', '0.0001')
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const address = { 'x-forwarded-for': '192.0.2.200' }
    expect((await post(c, c.valid(), address)).res.status).toBe(c.done.status)
    const before = await count(c)
    const refused = await post(c, { ...c.valid(), [c.kept[0]]: c.kept[1] }, address)
    expect(refused.res.status).toBe(429)
    const wait = Number(refused.res.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(refused.res.headers.get('cache-control')).toBe('no-store')
    const page = refused.rendered[0]!
    expect(page.body.get(c.kept[0])).toBe(c.kept[1])
    const state = await rerender(c, page)
    expect(state.retryAfterSeconds).toBe(wait)
    expect(state.errors[0]!.message).toMatch(/Vui lòng thử lại sau \d+ (phút|giây)\.$/)
    expect(await count(c)).toBe(before)
    vi.restoreAllMocks()
    vi.unstubAllEnvs()
  })

  it('database busy → 503 + Retry-After with the page re-rendered; another site’s form → 403', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const { DatabaseBusyError } = await import('@/lib/database/busy')
    vi.spyOn(t.payload, c.busy).mockRejectedValue(new DatabaseBusyError(500))
    const busy = await post(c, c.valid())
    expect(busy.res.status).toBe(503)
    expect(busy.res.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(busy.rendered[0]!.body.get(c.kept[0])).toBe(c.kept[1])
    vi.restoreAllMocks()

    const crossSite = await post(c, c.valid(), { origin: 'https://evil.example' })
    expect(crossSite.res.status).toBe(403)
    vi.unstubAllEnvs()
  })
})

describe('body limits fit each form’s own limits', () => {
  const [askCase, commentCase] = CASES
  const big = (name: string, mb: number) => file(name, pdfWith({ extra: [Buffer.alloc(Math.round(mb * 1024 * 1024), 0x20)] }))

  it('three 4.5 MB attachments reach the ask form (not the 1 MB default); more than its cap is 413 in the visitor’s language', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const three = await post(askCase!, { ...askCase!.valid(), attachments: [big('a.pdf', 4.5), big('b.pdf', 4.5), big('c.pdf', 4.5)] })
    expect(three.res.status).toBe(303)
    const over = await post(askCase!, { ...askCase!.valid(), attachments: [big('a.pdf', 6), big('b.pdf', 6), big('c.pdf', 6)] })
    expect(over.res.status).toBe(413)
    expect(await over.res.text()).toMatch(/tối đa 16 MB/)
    vi.restoreAllMocks()
    vi.unstubAllEnvs()
  })

  it('a comment file somewhat over 5 MB gets the form’s own message with the text kept (422), not a bare 413', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const res = await post(commentCase!, { ...commentCase!.valid(), attachment: big('y-kien.pdf', 6) })
    expect(res.res.status).toBe(422)
    const state = await rerender(commentCase!, res.rendered[0]!)
    expect(state.errors.map((e) => e.field)).toContain('attachment')
    expect((state.values as Record<string, string>).text).toBe('Đề nghị nâng mức hỗ trợ.')
    vi.unstubAllEnvs()
  })
})

describe('files sent through the public forms (question-attachments, comment-attachments: no REST create, the forms are their only way in)', () => {
  const [askCase, commentCase] = CASES
  const PDF_JS = pdfWith({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>' })
  const PDF_LAUNCH = pdfWith({ catalog: '/OpenAction << /S /Launch /F (C:\\\\Windows\\\\System32\\\\cmd.exe) >>' })
  const forms = [
    { c: askCase!, field: 'attachments', errorField: 'attachments', collection: 'question-attachments' as const },
    { c: commentCase!, field: 'attachment', errorField: 'attachment', collection: 'comment-attachments' as const },
  ]
  const active = forms.flatMap((f) => [
    { ...f, what: 'a PDF with JavaScript', bytes: PDF_JS },
    { ...f, what: 'a PDF with a /Launch action', bytes: PDF_LAUNCH },
  ])

  it.each(active)('$collection: $what is refused (422) in the visitor’s language, nothing stored', async ({ c, field, errorField, collection, bytes }) => {
    vi.stubEnv('TRUST_PROXY', '1')
    const before = (await t.payload.count({ collection, ...SYSTEM })).totalDocs
    const res = await post(c, { ...c.valid(), [field]: file('ho-so.pdf', bytes) })
    expect(res.res.status).toBe(422)
    const state = await rerender(c, res.rendered[0]!)
    const error = state.errors.find((e) => e.field === errorField)
    expect(error?.message).toMatch(/PDF/)
    expect(error?.message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/)
    expect((await t.payload.count({ collection, ...SYSTEM })).totalDocs).toBe(before)
    vi.unstubAllEnvs()
  })

  it.each(forms)('$collection: a PDF sent as bao-cao.html is stored as bao-cao.pdf, application/pdf', async ({ c, field, collection }) => {
    vi.stubEnv('TRUST_PROXY', '1')
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const res = await post(c, { ...c.valid(), [field]: file('bao-cao.html', pdfWith(), 'text/html') })
    expect(res.res.status).toBe(303)
    const stored = await t.payload.find({ collection, sort: '-createdAt', limit: 1, depth: 0, ...SYSTEM })
    expect(stored.docs[0]).toMatchObject({ filename: expect.stringMatching(/^bao-cao(-\d+)?\.pdf$/), mimeType: 'application/pdf' })
    vi.restoreAllMocks()
    vi.unstubAllEnvs()
  })
})
