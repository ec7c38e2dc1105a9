import { createClient, type Client } from '@libsql/client'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { hit, type Policy } from '@/lib/rateLimit'
import { mongoLimiterFactory, RATE_LIMIT_TABLE, sqliteLimiterFactory } from '@/lib/rateLimit/store'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

/**
 * "Public writes that cannot be abused": the client address (forwarded headers only
 * from a trusted proxy), the one shared rate limiter (database store shared across processes),
 * sign-in throttling per (address, account) instead of Payload's account lockout, unknown and
 * known e-mails indistinguishable, and the enquiry form's refusal (typed values kept, when to
 * retry). REST through the real route handlers; the enquiry through its real server action.
 */

// The server action reads the request headers from Next's request context: give it ours.
const requestHeaders = { current: new Headers() }
vi.mock('next/headers', () => ({ headers: async () => requestHeaders.current }))
// The suggest route's cached read needs Next's data cache; the limiter in front of it is what is tested.
vi.mock('@/data/search', () => ({ MAX_SEARCH_CHARS: 200, suggestTitles: async () => ['Nghị quyết 22/2016/NQ-HĐND'] }))

let t: TestPayload
let api: ReturnType<typeof restClient>
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const PASSWORD = 'Đúng-mật-khẩu-2026'

beforeAll(async () => {
  t = await bootPayload('ratelimit')
  api = restClient(t.config)
})
afterAll(async () => t?.cleanup())
afterEach(() => vi.unstubAllEnvs())

let users = 0
async function newUser(): Promise<string> {
  const email = `nguoi-dung-${++users}@test.vn`
  await t.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email, isAdmin: false, agencies: [] }, ...SYSTEM })
  return email
}

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  api.request('POST', '/api/users/login', { json: { email, password }, headers })

describe('sign-in throttling', () => {
  it('five wrong passwords from one address do not lock the account out from another address', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const email = await newUser()
    const fromX = { 'X-Forwarded-For': '203.0.113.10' }
    for (let i = 0; i < 5; i++) expect((await login(email, 'sai-mat-khau', fromX)).status).toBe(401)
    // X is now refused for this account, even with the right password, and told when to retry.
    const refused = await login(email, PASSWORD, fromX)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(60)
    expect(JSON.stringify(refused.body)).toMatch(/thử lại sau \d+ phút/)
    // The real user, elsewhere, signs in (Payload's account lockout is off).
    const fromY = await login(email, PASSWORD, { 'X-Forwarded-For': '198.51.100.20' })
    expect(fromY.status).toBe(200)
    expect(typeof fromY.body.token).toBe('string')
    // Another account from X is not affected either.
    expect((await login(await newUser(), PASSWORD, fromX)).status).toBe(200)
  })

  it('a correct password clears the failures of that account from that address', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const email = await newUser()
    const from = { 'X-Forwarded-For': '203.0.113.11' }
    for (let i = 0; i < 4; i++) expect((await login(email, 'sai', from)).status).toBe(401)
    expect((await login(email, PASSWORD, from)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await login(email, 'sai', from)).status).toBe(401)
    expect((await login(email, PASSWORD, from)).status).toBe(200)
  })

  it('the refusal is in the language of the admin interface', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const email = await newUser()
    const from = { 'X-Forwarded-For': '203.0.113.12', 'Accept-Language': 'en' }
    for (let i = 0; i < 5; i++) await login(email, 'wrong', from)
    const refused = await login(email, 'wrong', from)
    expect(refused.status).toBe(429)
    expect(JSON.stringify(refused.body)).toMatch(/Too many sign-in attempts from your connection\. Please try again in \d+ minutes/)
  })

  it('rotating X-Forwarded-For does not raise the limit when no proxy is trusted, and does when one is', async () => {
    const email = await newUser()
    const rotating = (i: number) => ({ 'X-Forwarded-For': `192.0.2.${i + 1}`, 'X-Real-IP': `192.0.2.${i + 101}` })
    vi.stubEnv('TRUST_PROXY', '')
    const untrusted = []
    for (let i = 0; i < 6; i++) untrusted.push((await login(email, 'sai', rotating(i))).status)
    expect(untrusted).toEqual([401, 401, 401, 401, 401, 429])

    vi.stubEnv('TRUST_PROXY', '1')
    const other = await newUser()
    const trusted = []
    for (let i = 0; i < 6; i++) trusted.push((await login(other, 'sai', rotating(i))).status)
    expect(trusted).toEqual([401, 401, 401, 401, 401, 401]) // six addresses, one failure each
  })

  it('known and unknown e-mails get the same answer: status, body, and time', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const known = await newUser()
    const answers = { known: [] as number[], unknown: [] as number[] }
    let body: { known?: string; unknown?: string } = {}
    // Interleaved, each from its own address (never throttled), medians compared: robust to a
    // busy machine. The first round warms up and is not timed.
    for (let i = 0; i < 6; i++) {
      for (const kind of ['known', 'unknown'] as const) {
        const email = kind === 'known' ? known : `khong-ton-tai-${i}@test.vn`
        const started = performance.now()
        const res = await login(email, 'sai-mat-khau', { 'X-Forwarded-For': `198.51.100.${100 + i * 2 + (kind === 'known' ? 0 : 1)}` })
        const ms = performance.now() - started
        expect(res.status).toBe(401)
        body[kind] = JSON.stringify(res.body)
        if (i > 0) answers[kind].push(ms)
      }
    }
    expect(body.unknown).toBe(body.known)
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const [k, u] = [median(answers.known), median(answers.unknown)]
    // Without the equalising hash an unknown e-mail answers in a few ms against hundreds for a
    // password check; with it the medians are within a third of each other.
    expect(u / k, `medians: known ${k.toFixed(0)} ms, unknown ${u.toFixed(0)} ms`).toBeGreaterThan(0.67)
    expect(u / k, `medians: known ${k.toFixed(0)} ms, unknown ${u.toFixed(0)} ms`).toBeLessThan(1.5)
    body = {}
  })

  it('"forgot password" mails are limited per (address, account) too, known or not', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const email = await newUser()
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const ask = (who: string, ip: string) => api.request('POST', '/api/users/forgot-password', { json: { email: who }, headers: { 'X-Forwarded-For': ip } })
    for (const who of [email, 'khong-ai@test.vn']) {
      const statuses = []
      for (let i = 0; i < 4; i++) statuses.push((await ask(who, '203.0.113.14')).status)
      expect(statuses).toEqual([200, 200, 200, 429])
    }
    expect((await ask(email, '203.0.113.15')).status).toBe(200)
    vi.restoreAllMocks()
  })

  it('an unknown e-mail is throttled exactly like a known one', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const from = { 'X-Forwarded-For': '203.0.113.13' }
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await login('khong-co-ai@test.vn', 'sai', from)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })
})

describe('the search suggest route', () => {
  const suggest = async (locale: string, headers: Record<string, string>) => {
    const { GET } = await import('@/app/(frontend)/[locale]/search/suggest/route')
    return GET(new Request(`http://localhost/${locale}/search/suggest?q=nghi`, { headers }), { params: Promise.resolve({ locale }) })
  }

  it('answers 429 + Retry-After in the visitor’s language past 60 requests per 10 s; rotating X-Forwarded-For buys nothing untrusted', async () => {
    vi.stubEnv('TRUST_PROXY', '')
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) statuses.push((await suggest('vi', { 'X-Forwarded-For': `192.0.2.${i}` })).status)
    expect(statuses.every((s) => s === 200)).toBe(true)
    const refused = await suggest('en', { 'X-Forwarded-For': '192.0.2.200' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(10)
    expect(refused.headers.get('Cache-Control')).toBe('no-store')
    expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many requests; please try again in \d+ seconds?\.$/)
    // Behind a trusted proxy the same rotation is 61 different visitors.
    vi.stubEnv('TRUST_PROXY', '1')
    expect((await suggest('vi', { 'X-Forwarded-For': '192.0.2.200' })).status).toBe(200)
  })
})

/**
 * The store contract, on the database the suite runs on: SQLite here, MongoDB under
 * `npm run test:mongo` (MONGODB_URL). Two limiter instances on two connections — what two app
 * processes have — share counts; keys are stored as HMACs.
 */
type MongoLike = { constructor: new (url: string) => MongoLike; connect(): Promise<unknown>; close(): Promise<void>; db(name: string): { collection(name: string): { find(q: object): { toArray(): Promise<unknown[]> } } } }
const mongo = Boolean(process.env.MONGODB_URL)
const mongoConnection = () => (t.payload.db as unknown as { connection: { getClient(): MongoLike; db: { databaseName: string } } }).connection

describe(`the shared store (${mongo ? 'MongoDB' : 'SQLite'})`, () => {
  let second: Client | null = null
  let secondMongo: MongoLike | null = null

  beforeAll(async () => {
    // A second connection to the same database: what a second app process has.
    if (mongo) {
      const own = mongoConnection().getClient()
      secondMongo = new own.constructor(process.env.DATABASE_URL!)
      await secondMongo.connect()
    } else second = createClient({ url: process.env.DATABASE_URL! })
  })
  afterAll(async () => {
    second?.close()
    await secondMongo?.close()
  })

  it('two limiter instances on the same database share counts (two processes)', async () => {
    const options = { keyPrefix: 'shared-test', points: 4, duration: 60 }
    const [processA, processB] = mongo
      ? [mongoLimiterFactory(mongoConnection().getClient(), mongoConnection().db.databaseName)(options), mongoLimiterFactory(secondMongo!, mongoConnection().db.databaseName)(options)]
      : [sqliteLimiterFactory((t.payload.db as unknown as { client: Client }).client)(options), sqliteLimiterFactory(second!)(options)]
    await processA.consume('k')
    await processA.consume('k')
    await processB.consume('k')
    await processB.consume('k')
    await expect(processA.consume('k')).rejects.toMatchObject({ remainingPoints: 0 })
    expect((await processB.get('k'))?.consumedPoints).toBe(5)
  })

  it('`hit` refuses when any rule is over, with the longest wait, and counts pairs apart', async () => {
    const policy: Policy = {
      name: 'pair-test',
      rules: [
        { by: ['address', 'email'], points: 2, duration: 60 },
        { by: ['address'], points: 3, duration: 600 },
      ],
    }
    const send = (email: string) => hit(t.payload, policy, { address: '203.0.113.50', email })
    expect(await send('a@x.vn')).toEqual({ allowed: true })
    expect(await send('A@x.vn ')).toEqual({ allowed: true }) // e-mails compared case-insensitively
    const pairFull = await send('a@x.vn') // pair 3/2: refused until its minute ends; address 3/3
    expect(pairFull.allowed).toBe(false)
    expect(!pairFull.allowed && pairFull.retryAfterMs).toBeLessThanOrEqual(60_000)
    const addressFull = await send('b@x.vn') // a new pair, but the address is over its ceiling (10 min)
    expect(addressFull.allowed).toBe(false)
    expect(!addressFull.allowed && addressFull.retryAfterMs).toBeGreaterThan(500_000)
    expect(await hit(t.payload, policy, { address: '203.0.113.51', email: 'b@x.vn' })).toEqual({ allowed: true })
    const stored = mongo
      ? await mongoConnection().getClient().db(mongoConnection().db.databaseName).collection(RATE_LIMIT_TABLE).find({}).toArray()
      : (await (t.payload.db as unknown as { client: Client }).client.execute(`SELECT key FROM ${RATE_LIMIT_TABLE}`)).rows
    expect(stored.length).toBeGreaterThan(0)
    expect(JSON.stringify(stored)).not.toContain('203.0.113.50') // keys are HMACs
  })
})

describe('the enquiry form', () => {
  let projectSlug = ''
  beforeAll(async () => {
    const agency = await t.payload.create({ collection: 'agencies', data: { slug: 'ban-kkt', name: 'Ban KKT', kind: 'department', email: 'kkt@test.vn' }, locale: 'vi', ...SYSTEM })
    const project = await t.payload.create({
      collection: 'investment-projects',
      locale: 'vi',
      data: { slug: 'du-an-gioi-han', title: 'Dự án giới hạn', sector: 'energy', projectStatus: 'calling', agency: agency.id, _status: 'published' },
      ...SYSTEM,
    })
    projectSlug = project.slug as string
  })

  const typed = { name: 'Kim Min-jun', company: 'Hanil Steel', country: 'Korea', email: 'minjun@hanil.example', message: 'Is land available?' }
  const form = (values: Record<string, string>) => {
    const f = new FormData()
    for (const [k, v] of Object.entries(values)) f.set(k, v)
    return f
  }
  async function submit(locale: 'vi' | 'en', values: Record<string, string>, headers: Record<string, string> = {}) {
    const { sendEnquiry } = await import('@/lib/enquiry/action')
    const { EMPTY_ENQUIRY } = await import('@/lib/enquiry/state')
    requestHeaders.current = new Headers(headers)
    try {
      return { state: await sendEnquiry({ locale, slug: projectSlug }, EMPTY_ENQUIRY, form(values)), redirected: null }
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '')
      if (!digest.startsWith('NEXT_REDIRECT')) throw error
      return { state: null, redirected: digest }
    }
  }

  it('a refused enquiry keeps every typed value and says, in the visitor’s language, when to retry', async () => {
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    vi.stubEnv('TRUST_PROXY', '')
    // Five enquiries per hour per (address, sender e-mail); rotating the forwarded header buys nothing.
    for (let i = 0; i < 5; i++) {
      const sent = await submit('en', typed, { 'X-Forwarded-For': `192.0.2.${i + 1}` })
      expect(sent.redirected).toContain('enquiry-sent')
    }
    const refused = await submit('en', typed, { 'X-Forwarded-For': '192.0.2.99' })
    expect(refused.redirected).toBeNull()
    expect(refused.state!.values).toEqual(typed)
    expect(refused.state!.errors).toHaveLength(1)
    expect(refused.state!.errors[0]!.message).toMatch(/what you typed is kept below\. Please try again in (\d+ minutes|1 minute)\.$/)
    expect(refused.state!.retryAfterSeconds).toBeGreaterThan(3000)

    const vi_ = await submit('vi', typed)
    expect(vi_.state!.values).toEqual(typed)
    expect(vi_.state!.errors[0]!.message).toMatch(/Vui lòng thử lại sau \d+ phút\.$/)

    // Someone else at the same (shared) address, writing with their own e-mail, still gets through.
    const neighbour = await submit('vi', { ...typed, name: 'Nguyễn Văn A', email: 'a@congty.vn' })
    expect(neighbour.redirected).toContain('/vi/dau-tu/du-an-gioi-han/da-gui-cau-hoi')
    expect((await t.payload.count({ collection: 'enquiries', ...SYSTEM })).totalDocs).toBe(6)
    vi.restoreAllMocks()
  })

  it('when a proxy is trusted, each forwarded address has its own count', async () => {
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    vi.stubEnv('TRUST_PROXY', '1')
    const email = { ...typed, email: 'other@hanil.example' }
    for (let i = 0; i < 5; i++) expect((await submit('en', email, { 'X-Forwarded-For': '203.0.113.77' })).redirected).toContain('enquiry-sent')
    expect((await submit('en', email, { 'X-Forwarded-For': '203.0.113.77' })).state?.errors).toHaveLength(1)
    expect((await submit('en', email, { 'X-Forwarded-For': '203.0.113.78' })).redirected).toContain('enquiry-sent')
    vi.restoreAllMocks()
  })
})

describe('the enquiry form without JavaScript (its route handler, src/lib/publicForm)', () => {
  let slug = ''
  beforeAll(async () => {
    const agency = await t.payload.create({ collection: 'agencies', data: { slug: 'ban-kkt-2', name: 'Ban KKT 2', kind: 'department', email: 'kkt2@test.vn' }, locale: 'vi', ...SYSTEM })
    const project = await t.payload.create({
      collection: 'investment-projects',
      locale: 'vi',
      data: { slug: 'du-an-khong-js', title: 'Dự án không JS', sector: 'energy', projectStatus: 'calling', agency: agency.id, _status: 'published' },
      ...SYSTEM,
    })
    slug = project.slug as string
  })

  const typed = { name: 'Ana Souza', company: 'Porto Verde', country: 'Brazil', email: 'ana@portoverde.example', message: 'Which berths are free? Bến nào còn trống?' }
  type Rendered = { url: string; headers: Headers; body: FormData }
  async function post(locale: 'vi' | 'en', values: Record<string, string>, headers: Record<string, string> = {}) {
    const { formRoute } = await import('@/lib/publicForm/route')
    const { enquiryForm } = await import('@/lib/enquiry/form')
    const rendered: Rendered[] = []
    const route = formRoute(enquiryForm, ({ slug: s }) => ({ slug: s ?? '' }), {
      payload: async () => t.payload,
      // Stands in for Next.js rendering the page: records what it was asked to render.
      render: async ({ url, headers: h, body }) => {
        rendered.push({ url, headers: h, body: await new Request('http://x/', { method: 'POST', headers: { 'content-type': h.get('content-type')! }, body }).formData() })
        return new Response('<!doctype html><html><body>page</body></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } })
      },
    })
    const form = new FormData()
    for (const [k, v] of Object.entries(values)) form.set(k, v)
    // What a browser sends: multipart, with its Origin; React's hidden action fields ride along.
    form.set('$ACTION_REF_1', '')
    const request = new Request(`http://portal.test/${locale}/invest/${slug}/enquiry`, { method: 'POST', body: form, headers: { host: 'portal.test', origin: 'http://portal.test', ...headers } })
    const res = await route.POST(request, { params: Promise.resolve({ locale, slug }) })
    return { res, rendered }
  }

  it('sent → 303 to the confirmation; invalid → 422 with the page re-rendered from the same submission', async () => {
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    vi.stubEnv('TRUST_PROXY', '1')
    const sent = await post('en', typed, { 'x-forwarded-for': '198.51.100.1' })
    expect(sent.res.status).toBe(303)
    expect(sent.res.headers.get('location')).toBe(`/en/invest/${slug}/enquiry-sent`)
    expect(sent.rendered).toHaveLength(0)

    const invalid = await post('vi', { ...typed, email: 'ana-at-example' }, { 'x-forwarded-for': '198.51.100.1' })
    expect(invalid.res.status).toBe(422)
    expect(invalid.res.headers.get('retry-after')).toBeNull()
    expect(await invalid.res.text()).toContain('page')
    const [page] = invalid.rendered
    expect(new URL(page!.url).pathname).toBe(`/vi/dau-tu/${slug}`)
    // The page gets the browser's own submission (every typed value) and the signed messages.
    expect(page!.body.get('message')).toBe(typed.message)
    expect(page!.body.has('$ACTION_REF_1')).toBe(true)
    const { verifyForwarded, FORWARD_HEADER } = await import('@/lib/publicForm')
    const forwarded = verifyForwarded(t.payload.secret, 'enquiry', page!.headers.get(FORWARD_HEADER))
    const { getT } = await import('@/i18n')
    expect(forwarded!.errors).toEqual([{ field: 'email', message: getT('vi')('enquiry.errors.emailInvalid') }])
    // Another form, a forged signature or a stale header is refused.
    expect(verifyForwarded(t.payload.secret, 'question', page!.headers.get(FORWARD_HEADER))).toBeNull()
    expect(verifyForwarded('another-secret', 'enquiry', page!.headers.get(FORWARD_HEADER))).toBeNull()
    expect(verifyForwarded(t.payload.secret, 'enquiry', page!.headers.get(FORWARD_HEADER), Date.now() + 120_000)).toBeNull()
    vi.restoreAllMocks()
  })

  it('rate-limited → 429 + Retry-After, the page re-rendered with the typed text; the forwarded action does not submit again', async () => {
    vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    vi.stubEnv('TRUST_PROXY', '1')
    const mine = { ...typed, email: 'limit@portoverde.example' }
    for (let i = 0; i < 5; i++) expect((await post('en', mine, { 'x-forwarded-for': '198.51.100.2' })).res.status).toBe(303)
    const before = (await t.payload.count({ collection: 'enquiries', ...SYSTEM })).totalDocs
    const refused = await post('en', mine, { 'x-forwarded-for': '198.51.100.2' })
    expect(refused.res.status).toBe(429)
    expect(Number(refused.res.headers.get('retry-after'))).toBeGreaterThan(3000)
    expect(refused.res.headers.get('cache-control')).toBe('no-store')
    const page = refused.rendered[0]!
    expect(page.body.get('name')).toBe('Ana Souza')

    // Next.js runs the server action for that forwarded submission: it answers from the signed messages.
    const { sendEnquiry } = await import('@/lib/enquiry/action')
    const { EMPTY_ENQUIRY } = await import('@/lib/enquiry/state')
    requestHeaders.current = new Headers(page.headers)
    const state = await sendEnquiry({ locale: 'en', slug }, EMPTY_ENQUIRY, page.body)
    expect(state.values).toEqual(mine)
    expect(state.errors[0]!.message).toMatch(/what you typed is kept below\. Please try again in \d+ minutes?\.$/)
    expect(state.retryAfterSeconds).toBe(Number(refused.res.headers.get('retry-after')))
    expect((await t.payload.count({ collection: 'enquiries', ...SYSTEM })).totalDocs).toBe(before)
    requestHeaders.current = new Headers()
    vi.restoreAllMocks()
  })

  it('database busy → 503 + Retry-After with the page re-rendered; another site’s form → 403', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const { DatabaseBusyError } = await import('@/lib/database/busy')
    vi.spyOn(t.payload, 'create').mockRejectedValue(new DatabaseBusyError(500))
    const busy = await post('en', { ...typed, email: 'busy@portoverde.example' }, { 'x-forwarded-for': '198.51.100.3' })
    expect(busy.res.status).toBe(503)
    expect(busy.res.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(busy.rendered[0]!.body.get('company')).toBe('Porto Verde')
    vi.restoreAllMocks()

    const crossSite = await post('en', typed, { origin: 'https://evil.example', 'x-forwarded-for': '198.51.100.4' })
    expect(crossSite.res.status).toBe(403)
    expect(await crossSite.res.text()).toContain('portal')
  })
})
