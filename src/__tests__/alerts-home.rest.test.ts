import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PASSWORD } from './helpers/fixtures'
import { bootSignedIn, type SignedIn } from './helpers/signedIn'

// Readers run outside Next.js here: the data cache is a pass-through, and its options are recorded.
const cacheCalls: { key: string[]; revalidate?: number | false; tags?: string[] }[] = []
vi.mock('next/cache', () => ({
  unstable_cache:
    <T,>(fn: () => Promise<T>, key: string[], opts: { revalidate?: number | false; tags?: string[] }) =>
    () => {
      cacheCalls.push({ key, ...opts })
      return fn()
    },
  revalidateTag: () => {},
}))

const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

let s: SignedIn
let provinceToken: string
let provinceAgency: number | string

beforeAll(async () => {
  s = await bootSignedIn('alerts-home')
  const { payload } = s.t
  provinceAgency = (await payload.create({ collection: 'agencies', data: { slug: 'ubnd-tinh', name: 'UBND tỉnh', kind: 'provincial-committee' }, locale: 'vi', ...SYSTEM })).id
  await payload.create({
    collection: 'users',
    data: { email: 'province.editor@test.vn', password: PASSWORD, name: 'Province editor', agencies: [{ agency: provinceAgency as number, roles: ['editor'] }] },
    ...SYSTEM,
  })
  provinceToken = await s.api.login('province.editor@test.vn', PASSWORD)
}, 180_000)

afterAll(async () => {
  await s?.t.cleanup()
})

const alert = (extra: Record<string, unknown> = {}) => ({ message: 'Bão số 5 đổ bộ', severity: 'danger', startsAt: inHours(-1), expiresAt: inHours(5), ...extra })

describe('alerts: who may publish what (REST)', () => {
  it('a province editor publishes a province-wide alert; an agency editor cannot', async () => {
    const ok = await s.api.request('POST', '/api/alerts?locale=vi', { token: provinceToken, json: alert() })
    expect(ok.status).toBe(201)
    const refused = await s.api.request('POST', '/api/alerts?locale=vi', { token: s.tokens.editorA, json: alert() })
    expect(refused.status).toBe(403)
  })

  it("an agency editor publishes for their own agency only, and cannot touch another agency's alert", async () => {
    const own = await s.api.request('POST', '/api/alerts?locale=vi', { token: s.tokens.editorA, json: alert({ agency: s.f.agencyA }) })
    expect(own.status).toBe(201)
    const other = await s.api.request('POST', '/api/alerts?locale=vi', { token: s.tokens.editorA, json: alert({ agency: s.f.agencyB }) })
    expect(other.status).toBe(403)
    const ownId = (own.body.doc as { id: number }).id
    const moved = await s.api.request('PATCH', `/api/alerts/${ownId}?locale=vi`, { token: s.tokens.editorA, json: { agency: s.f.agencyB } })
    expect(moved.status).toBe(400)
    const bAlert = await s.api.request('POST', '/api/alerts?locale=vi', { token: s.tokens.editorB, json: alert({ agency: s.f.agencyB }) })
    expect(bAlert.status).toBe(201)
    const bId = (bAlert.body.doc as { id: number }).id
    const edit = await s.api.request('PATCH', `/api/alerts/${bId}?locale=vi`, { token: s.tokens.editorA, json: { message: 'x' } })
    expect([403, 404]).toContain(edit.status)
    const del = await s.api.request('DELETE', `/api/alerts/${bId}`, { token: s.tokens.editorA })
    expect([403, 404]).toContain(del.status)
    // The province editor may edit any agency's alert.
    const province = await s.api.request('PATCH', `/api/alerts/${bId}?locale=vi`, { token: provinceToken, json: { severity: 'warning' } })
    expect(province.status, JSON.stringify(province.body)).toBe(200)
    // …and a province-wide one, in Vietnamese (not treated as a translator for lack of an agency).
    const wide = await s.api.request('POST', '/api/alerts?locale=vi', { token: provinceToken, json: alert() })
    const wideId = (wide.body.doc as { id: number }).id
    expect((await s.api.request('PATCH', `/api/alerts/${wideId}?locale=vi`, { token: provinceToken, json: { message: 'Bão số 6' } })).status).toBe(200)
    expect((await s.api.request('PATCH', `/api/alerts/${wideId}?locale=vi`, { token: s.tokens.editorA, json: { message: 'x' } })).status).not.toBe(200)
  })

  it('refuses an expiry before the start and an unsafe link, with a message in the editor’s language', async () => {
    const backwards = await s.api.request('POST', '/api/alerts?locale=vi', { token: provinceToken, json: alert({ expiresAt: inHours(-2) }), headers: { 'Accept-Language': 'vi' } })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('Thời điểm hết hạn phải sau thời điểm bắt đầu')
    const js = await s.api.request('POST', '/api/alerts?locale=vi', { token: provinceToken, json: alert({ link: 'javascript:alert(1)' }) })
    expect(js.status).toBe(400)
  })

  it('anonymous visitors read alerts but cannot write them', async () => {
    expect((await s.api.request('GET', '/api/alerts')).status).toBe(200)
    expect((await s.api.request('POST', '/api/alerts?locale=vi', { json: alert() })).status).toBe(403)
  })
})

describe('pageAlerts: what a page shows and how long it may stay cached', () => {
  it('shows active province-wide alerts everywhere and agency alerts on that agency only; shortens the page lifetime near an edge', async () => {
    const { payload } = s.t
    await payload.delete({ collection: 'alerts', where: { id: { exists: true } }, ...SYSTEM })
    await payload.create({ collection: 'alerts', data: { message: 'Toàn tỉnh', severity: 'warning', startsAt: inHours(-1), expiresAt: inHours(48) }, locale: 'vi', ...SYSTEM })
    await payload.create({ collection: 'alerts', data: { message: 'Sở A', severity: 'info', agency: s.f.agencyA as number, startsAt: inHours(-1), expiresAt: inHours(48) }, locale: 'vi', ...SYSTEM })
    await payload.create({ collection: 'alerts', data: { message: 'Đã hết hạn', severity: 'danger', startsAt: inHours(-5), expiresAt: inHours(-1) }, locale: 'vi', ...SYSTEM })
    // Starts in 10 minutes: not shown yet, and pages may not be cached past its start.
    await payload.create({ collection: 'alerts', data: { message: 'Sắp tới', severity: 'danger', startsAt: inHours(10 / 60), expiresAt: inHours(48) }, locale: 'vi', ...SYSTEM })
    const { pageAlerts } = await import('@/data/alerts')
    cacheCalls.length = 0
    const province = await pageAlerts('en', null)
    expect(province.map((a) => a.message.text)).toEqual(['Toàn tỉnh'])
    expect(province[0]!.message.lang).toBe('vi') // no English: shown in Vietnamese, marked as such
    const edge = cacheCalls.find((c) => c.key[0] === 'alerts-edge')
    expect(edge?.revalidate).toBeGreaterThan(500)
    expect(edge?.revalidate).toBeLessThanOrEqual(600)
    const agencyPage = await pageAlerts('vi', s.f.agencyA)
    expect(agencyPage.map((a) => a.message.text)).toEqual(['Toàn tỉnh', 'Sở A'])
    expect((await pageAlerts('vi', s.f.agencyB)).map((a) => a.message.text)).toEqual(['Toàn tỉnh'])
  })

  it('keeps the full page lifetime when no start or expiry is near', async () => {
    const { payload } = s.t
    await payload.delete({ collection: 'alerts', where: { id: { exists: true } }, ...SYSTEM })
    await payload.create({ collection: 'alerts', data: { message: 'Dài hạn', severity: 'info', startsAt: inHours(-1), expiresAt: inHours(72) }, locale: 'vi', ...SYSTEM })
    const { pageAlerts } = await import('@/data/alerts')
    cacheCalls.length = 0
    expect((await pageAlerts('vi', null)).length).toBe(1)
    expect(cacheCalls.find((c) => c.key[0] === 'alerts-edge')).toBeUndefined()
  })
})

describe('home page global', () => {
  it('only province editors edit it', async () => {
    expect((await s.api.request('POST', '/api/globals/home-page?locale=vi', { token: s.tokens.editorA, json: { intro: 'x' } })).status).toBe(403)
    expect((await s.api.request('POST', '/api/globals/home-page?locale=vi', { token: provinceToken, json: { intro: 'Chào mừng' } })).status).toBe(200)
  })

  it('features published items only, and shows public-service links', async () => {
    const { payload } = s.t
    const draft = s.f.news.draftA
    const published = s.f.news.publishedA
    await payload.updateGlobal({
      slug: 'home-page',
      data: {
        featured: [
          { relationTo: 'news', value: draft as number },
          { relationTo: 'news', value: published as number },
        ],
        services: [{ label: 'Dịch vụ công trực tuyến', url: '/vi/tim-kiem' }],
      },
      locale: 'vi',
      ...SYSTEM,
    })
    const { getHomePage } = await import('@/data/home')
    const home = await getHomePage('vi')
    expect(home.featured.map((f) => f.id)).toEqual([String(published)])
    expect(home.featured[0]!.href).toMatch(/^\/vi\/tin-tuc\//)
    expect(home.services.map((x) => x.label.text)).toEqual(['Dịch vụ công trực tuyến'])
    expect(home.intro?.text).toBe('Chào mừng')
  })

  it('refuses a service link that is not a portal path or https', async () => {
    const res = await s.api.request('POST', '/api/globals/home-page?locale=vi', { token: provinceToken, json: { services: [{ label: 'x', url: 'javascript:alert(1)' }] } })
    expect(res.status).toBe(400)
  })
})
