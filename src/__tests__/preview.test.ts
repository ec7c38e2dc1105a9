import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { resolvePreview } from '@/lib/preview/endpoint'
import type { PreviewSession } from '@/lib/preview/session'
import { livePreview } from '@/lib/preview/url'
import type { User } from '@/payload-types'
import { bootSignedIn, type SignedIn } from './helpers/signedIn'

/**
 * Live preview: who may open a draft as the public page (the document's own agency's staff and
 * admins), refusals in the editor's language through the REST route, the draft reader scoped to
 * the previewer's agencies, and the frame URL on the admin's own origin.
 */
let s: SignedIn
beforeAll(async () => {
  s = await bootSignedIn('preview')
}, 120_000)
afterAll(async () => {
  await s?.t.cleanup()
})

const userOf = async (role: keyof SignedIn['f']['users']) =>
  ({ ...(await s.t.payload.findByID({ collection: 'users', id: s.f.users[role].id, depth: 0, overrideAccess: true })), collection: 'users' }) as User & { collection: 'users' }

async function resolveAs(role: keyof SignedIn['f']['users'] | null, query: Record<string, string>) {
  const req = await createLocalReq({ user: role ? await userOf(role) : undefined }, s.t.payload)
  return resolvePreview(req, new URLSearchParams(query))
}

describe('who may preview a draft', () => {
  it.each([
    ['the editor of its agency, Vietnamese', 'editorA', 'draftA', 'vi', { redirect: '/vi/tin-tuc/nhap-a' }],
    ['the translator of its agency, English', 'translatorA', 'draftA', 'en', { redirect: '/en/news/nhap-a' }],
    ['the publisher of its agency', 'publisherA', 'draftA', 'vi', { redirect: '/vi/tin-tuc/nhap-a' }],
    ['an admin', 'admin', 'draftB', 'vi', { redirect: '/vi/tin-tuc/nhap-b' }],
    ["another agency's editor, on a draft never published (cannot read it)", 'editorB', 'draftA', 'vi', { status: 404 }],
    ["another agency's editor, on a published item", 'editorB', 'publishedA', 'vi', { status: 403 }],
    ['a visitor', null, 'draftA', 'vi', { status: 401 }],
  ] as const)('%s', async (_who, role, item, locale, expected) => {
    const outcome = await resolveAs(role, { collection: 'news', id: String(s.f.news[item]), locale })
    expect(outcome).toMatchObject(expected)
    if ('message' in outcome) expect(outcome.message).toMatch(/[ạ-ỹà-ý]|Bản|Không|Hãy/) // Vietnamese (the admin's default language)
  })

  it.each([
    [{ collection: 'users', id: '1' }],
    [{ collection: 'news', id: '../1' }],
    [{ collection: 'news' }],
  ])('refuses what is not a previewable document: %j', async (query) => {
    expect(await resolveAs('editorA', query)).toMatchObject({ status: 400 })
  })

  it('answers refusals through the REST route, as a page in the editor\'s language, never cached', async () => {
    const anon = await s.api.request('GET', `/api/preview?collection=news&id=${s.f.news.draftA}&locale=vi`)
    expect(anon.status).toBe(401)
    expect(anon.headers.get('cache-control')).toBe('private, no-store')
    expect(String(anon.body.text)).toContain('Bản xem trước chỉ dành cho cán bộ đã đăng nhập')
    const other = await s.api.request('GET', `/api/preview?collection=news&id=${s.f.news.publishedA}&locale=vi`, { token: s.tokens.editorB })
    expect(other.status).toBe(403)
    expect(String(other.body.text)).toContain('thuộc cơ quan khác')
  })
})

describe('the draft reader', () => {
  const session = async (role: 'editorA' | 'editorB' | 'admin'): Promise<PreviewSession> => {
    const user = await userOf(role)
    return { user, scope: role === 'admin' ? null : { agency: { in: [role === 'editorA' ? s.f.agencyA : s.f.agencyB] } } }
  }
  it("reads the latest draft of the previewer's own agency, and nothing of another's", async () => {
    // imported here: the data layer loads the Payload config, which must see the test database first
    const { getNewsPreview } = await import('@/data/news')
    await s.t.payload.update({ collection: 'news', id: s.f.news.publishedA, data: { title: 'Tiêu đề đang sửa' }, locale: 'vi', draft: true, overrideAccess: true, context: { skipRevalidate: true } })
    expect((await getNewsPreview('vi', 'da-dang-a', await session('editorA')))?.title).toBe('Tiêu đề đang sửa')
    expect((await getNewsPreview('vi', 'nhap-a', await session('editorA')))?.title).toBe('Tin nhap-a')
    expect(await getNewsPreview('vi', 'nhap-a', await session('editorB'))).toBeNull()
    expect(await getNewsPreview('vi', 'da-dang-a', await session('editorB'))).toBeNull()
    expect((await getNewsPreview('vi', 'nhap-b', await session('admin')))?.title).toBe('Tin nhap-b')
  })
})

describe('the live preview frame URL', () => {
  const urlFor = async (host: string, id: number | string | undefined, locale = 'vi') => {
    const req = await createLocalReq({}, s.t.payload)
    const headers = new Headers({ host })
    const url = livePreview('news').url as (args: unknown) => Promise<string>
    return url({ data: { id }, locale: { code: locale, label: '' }, req: { ...req, headers, payload: s.t.payload }, payload: s.t.payload })
  }
  it('is on the host the admin was opened on, when that is a portal host', async () => {
    expect(await urlFor('localhost:3300', 7)).toBe('http://localhost:3300/api/preview?collection=news&id=7&locale=vi')
    expect(await urlFor('127.0.0.1:3300', 7, 'en')).toBe('http://127.0.0.1:3300/api/preview?collection=news&id=7&locale=en')
  })
  it('is empty for an unknown host, a malformed one, or a document not yet created', async () => {
    expect(await urlFor('evil.example', 7)).toBe('')
    expect(await urlFor('localhost:3300/x', 7)).toBe('')
    expect(await urlFor('localhost:3300', undefined)).toBe('')
  })
})
