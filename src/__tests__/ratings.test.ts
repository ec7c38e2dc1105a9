import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Policy } from '@/lib/rateLimit'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

const LOOSE: Policy = { name: 'rating-test', rules: [{ by: ['address', 'target'], points: 100, duration: 3600 }] }
let t: TestPayload
let payload: Payload
let fx: Fixtures
let rest: ReturnType<typeof restClient>
let submitRating: typeof import('@/lib/ratings/submit').submitRating
let readRatingsOverview: typeof import('@/data/ratings').readRatingsOverview

const vote = (over: Record<string, string> = {}) => ({ section: 'news', slug: 'da-dang-a', useful: 'no', score: '', reason: 'outdated', remark: 'Số điện thoại 0912 345 678 của tôi', ...over })

beforeAll(async () => {
  t = await bootPayload('ratings')
  payload = t.payload
  fx = await createFixtures(payload)
  rest = restClient(t.config)
  ;({ submitRating } = await import('@/lib/ratings/submit'))
  ;({ readRatingsOverview } = await import('@/data/ratings'))
}, 120_000)
afterAll(async () => {
  await t?.cleanup()
})

describe('one counted rating per visitor per item per day', () => {
  it('a second try the same day replaces the first; another day or visitor counts again', async () => {
    const at = new Date('2026-12-03T03:00:00Z')
    expect(await submitRating(payload, vote(), '203.0.113.5', 'vi', { now: at, policy: LOOSE })).toMatchObject({ kind: 'done', result: { replaced: false } })
    expect(await submitRating(payload, vote({ useful: 'yes', reason: '' }), '203.0.113.5', 'vi', { now: at, policy: LOOSE })).toMatchObject({ kind: 'done', result: { replaced: true } })
    let o = await readRatingsOverview(payload, 'vi')
    expect(o.total).toMatchObject({ votes: 1, yes: 1, no: 0 })
    await submitRating(payload, vote(), '203.0.113.6', 'vi', { now: at, policy: LOOSE })
    await submitRating(payload, vote(), '203.0.113.5', 'vi', { now: new Date('2026-12-04T03:00:00Z'), policy: LOOSE })
    o = await readRatingsOverview(payload, 'vi')
    expect(o.total).toMatchObject({ votes: 3, yes: 1, no: 2 })
    expect(o.agencies.map((a) => [a.agency?.slug, a.summary.votes])).toEqual([['so-a', 3]])
    expect(o.trend.map((m) => m.month)).toEqual(['2026-12'])
  })
  it('stores no address, and the public overview carries no remark', async () => {
    const rows = await payload.find({ collection: 'ratings', overrideAccess: true, pagination: false })
    expect(JSON.stringify(rows.docs)).not.toContain('203.0.113')
    expect(JSON.stringify(await readRatingsOverview(payload, 'vi'))).not.toContain('0912')
  })
  it('refuses unpublished items, bad values, and counts through the shared limiter', async () => {
    expect((await submitRating(payload, vote({ slug: 'nhap-a' }), '203.0.113.7', 'vi', { policy: LOOSE })).kind).toBe('not-found')
    expect((await submitRating(payload, vote({ useful: 'maybe' }), '203.0.113.7', 'vi', { policy: LOOSE })).kind).toBe('invalid')
    expect((await submitRating(payload, vote({ section: 'users' }), '203.0.113.7', 'vi', { policy: LOOSE })).kind).toBe('not-found')
    const tight: Policy = { name: 'rating-tight', rules: [{ by: ['address', 'target'], points: 1, duration: 3600 }] }
    expect((await submitRating(payload, vote(), '198.51.100.1', 'vi', { policy: tight })).kind).toBe('done')
    expect((await submitRating(payload, vote(), '198.51.100.1', 'vi', { policy: tight })).kind).toBe('refused')
  })
})

describe('ratings through REST', () => {
  it('visitors read none; the agency reads its own with the remarks; another agency reads none', async () => {
    const anon = await rest.request('GET', '/api/ratings?limit=100')
    expect(anon.status === 403 || (anon.body.docs as unknown[]).length === 0).toBe(true)
    const own = await rest.request('GET', '/api/ratings?limit=100', { token: await rest.login(fx.users.editorA.email, PASSWORD) })
    expect((own.body.docs as unknown[]).length).toBeGreaterThan(0)
    expect(JSON.stringify(own.body)).toContain('0912')
    expect(JSON.stringify(own.body)).not.toContain('"key"')
    const other = await rest.request('GET', '/api/ratings?limit=100', { token: await rest.login(fx.users.editorB.email, PASSWORD) })
    expect((other.body.docs as unknown[]).length).toBe(0)
    const create = await rest.request('POST', '/api/ratings', { token: await rest.login(fx.users.editorA.email, PASSWORD), json: { key: 'x', item: 'news:1', section: 'news', day: '2026-12-03', useful: 'yes' } })
    expect(create.status).toBe(403)
  })
})
