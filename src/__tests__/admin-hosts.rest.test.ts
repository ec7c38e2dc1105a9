import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * The admin on every host the portal answers: the login cookie is trusted from
 * PUBLIC_URL, its www. twin, agency domains (added at run time) and loopback in development,
 * and refused — with the reason, in the editor's language — from anywhere else.
 */
process.env.PUBLIC_URL = 'https://hatinh.gov.vn'

let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let cookie: string

beforeAll(async () => {
  t = await bootPayload('admin-hosts')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  cookie = `payload-token=${await api.login(f.users.editorA.email, PASSWORD)}`
})
afterAll(async () => t?.cleanup())

const autosave = (origin: string | null, extra: Record<string, string> = {}) =>
  api.request('PATCH', `/api/news/${f.news.draftA}?draft=true&autosave=true&locale=vi`, {
    json: { summary: `từ ${origin}` },
    headers: { Cookie: cookie, ...(origin ? { Origin: origin } : {}), ...extra },
  })

describe('login cookie by origin', () => {
  it('serverURL is unset, so the admin calls the API on the host it was opened on', () => {
    expect(t.config.serverURL).toBeFalsy()
    expect(t.config.csrf).toContain('https://hatinh.gov.vn')
    expect(t.config.csrf).toContain('https://www.hatinh.gov.vn')
  })

  it.each(['https://hatinh.gov.vn', 'https://www.hatinh.gov.vn', 'http://127.0.0.1:3000', 'http://localhost:3700'])('an autosave from %s is accepted', async (origin) => {
    const res = await autosave(origin)
    expect(res.status).toBe(200)
  })

  it('an agency domain is trusted as soon as an admin adds it', async () => {
    expect((await autosave('https://sokhcn.hatinh.gov.vn')).status).toBe(403)
    await t.payload.update({ collection: 'agencies', id: f.agencyA, data: { domains: [{ domain: 'sokhcn.hatinh.gov.vn' }] }, overrideAccess: true, context: { skipRevalidate: true } })
    // the unknown origin re-reads the domains after a few seconds at most
    await new Promise((r) => setTimeout(r, 5100))
    expect((await autosave('https://sokhcn.hatinh.gov.vn')).status).toBe(200)
  }, 20_000)

  it('another origin is refused, and the editor is told why in Vietnamese', async () => {
    const res = await autosave('https://evil.example')
    expect(res.status).toBe(403)
    const message = (res.body.errors as { message: string }[])[0]!.message
    expect(message).toContain('lý do an toàn')
    expect(message).toContain('https://evil.example')
    expect(message).toContain('https://hatinh.gov.vn/admin')
  })

  it('… and in English when the admin is in English', async () => {
    const res = await autosave('https://evil.example', { 'Accept-Language': 'en' })
    expect(res.status).toBe(403)
    expect((res.body.errors as { message: string }[])[0]!.message).toContain('security reasons')
  })

  it('a token in the Authorization header is not affected by the origin (API clients)', async () => {
    const token = cookie.replace('payload-token=', '')
    const res = await api.request('PATCH', `/api/news/${f.news.draftA}?draft=true&locale=vi`, { token, json: { summary: 'api' }, headers: { Origin: 'https://evil.example' } })
    expect(res.status).toBe(200)
  })
})
