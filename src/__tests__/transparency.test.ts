import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AgencyScore } from '@/domain/transparency'
import { seedTransparencyCatalogue } from '@/seed/transparency'
import { recomputeTransparency } from '@/transparency/compute'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

let t: TestPayload
let f: Fixtures
let rest: ReturnType<typeof restClient>
let committee: number | string
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const TODAY = '2026-11-27' // a Friday

beforeAll(async () => {
  t = await bootPayload('transparency')
  f = await createFixtures(t.payload)
  rest = restClient(t.config)
  committee = (await t.payload.create({ collection: 'agencies', data: { slug: 'ubnd-test', name: 'UBND thử', kind: 'provincial-committee' }, locale: 'vi', ...SYSTEM })).id
  await seedTransparencyCatalogue(t.payload)
}, 60_000)
afterAll(async () => t?.cleanup())

async function snapshot(agency: number | string, period = '2026') {
  const res = await t.payload.find({ collection: 'transparency-snapshots', where: { key: { equals: `${agency}:${period}` } }, overrideAccess: true, depth: 0 })
  return res.docs[0] as unknown as { id: number; total: number | null; timeliness: number | null; criteriaVersion: string; score: AgencyScore; inputs: { criteria: { version: string } } } | undefined
}

async function publishBudget(title: string, family: string, documentDate: string, publishedAt: string) {
  return t.payload.create({
    collection: 'budget-disclosures',
    data: { title, fiscalYear: 2026, family, documentDate, publishedAt, agency: committee, _status: 'published' } as never,
    locale: 'vi',
    ...SYSTEM,
  })
}

describe('transparency scoring over the portal data', () => {
  it('scores every agency per period and names the late budget disclosure in the evidence', async () => {
    // approved estimate issued 2 Feb: due 30 days later (4 March); one on time, one late
    await publishBudget('Dự toán 2026 (đúng hạn)', 'estimate-approved', '2026-02-02T00:00:00.000Z', '2026-02-20T02:00:00.000Z')
    const first = await recomputeTransparency(t.payload, { today: TODAY, skipRevalidate: true })
    expect(first.periods).toEqual(['2026', '2025'])
    const before = await snapshot(committee)
    expect(before?.timeliness).toBe(100)

    await publishBudget('Quyết toán 2025 (chậm)', 'final-accounts', '2026-06-01T00:00:00.000Z', '2026-08-03T02:00:00.000Z')
    await recomputeTransparency(t.payload, { today: TODAY, skipRevalidate: true })
    const after = await snapshot(committee)
    expect(after!.timeliness!).toBeLessThan(before!.timeliness!)
    const late = after!.score.evidence.find((e) => e.status === 'late')
    expect(late).toMatchObject({ entryId: 'final-accounts', itemTitle: 'Quyết toán 2025 (chậm)', due: '2026-07-01', publishedOn: '2026-08-03', criterion: 'timeliness' })
    expect(late!.pointsLost).toBeGreaterThan(0)
    // every point lost is on an evidence row
    const lost = after!.score.evidence.reduce((s, e) => s + e.pointsLost, 0)
    // (stored rounded once: the total to 0.1, each row's points lost to 0.01)
    expect(Math.abs(lost - (100 - after!.total!))).toBeLessThanOrEqual(0.05 + 0.005 * after!.score.evidence.length)
    expect(after!.total).toBe(Math.round(after!.total! * 10) / 10)
    // the snapshot carries the catalogue and criteria it was computed with
    expect(after!.inputs.criteria.version).toBe(after!.criteriaVersion)

    // departments: the council submission does not apply to them; their news is counted
    const deptA = await snapshot(f.agencyA)
    expect(deptA!.score.evidence.find((e) => e.entryId === 'budget-estimate-submitted')).toMatchObject({ status: 'not-applicable' })
    expect(deptA!.score.evidence.filter((e) => e.entryId === 'activities' && e.status === 'present')).toHaveLength(0)
    await t.payload.create({ collection: 'news', data: { slug: 'tin-thang-3', title: 'Tin tháng 3', agency: f.agencyA, publishedAt: '2026-03-02T02:00:00.000Z', _status: 'published' } as never, locale: 'vi', ...SYSTEM })
    await recomputeTransparency(t.payload, { today: TODAY, skipRevalidate: true })
    const present = (await snapshot(f.agencyA))!.score.evidence.filter((e) => e.entryId === 'activities' && e.status === 'present')
    expect(present.map((e) => e.itemTitle)).toEqual(['Tin tháng 3'])
  })

  it('a weight change applies to the open period only; the closed one keeps its version', async () => {
    const closedBefore = await snapshot(committee, '2025')
    const openBefore = await snapshot(committee, '2026')
    await t.payload.updateGlobal({ slug: 'transparency-criteria', data: { weights: { completeness: 10, timeliness: 80, freshness: 5, english: 5, answers: 0, dossiers: 0 } } as never, ...SYSTEM })
    await recomputeTransparency(t.payload, { today: TODAY, skipRevalidate: true })
    const closedAfter = await snapshot(committee, '2025')
    const openAfter = await snapshot(committee, '2026')
    expect(openAfter!.criteriaVersion).not.toBe(openBefore!.criteriaVersion)
    expect(openAfter!.total).not.toBeCloseTo(openBefore!.total!, 3)
    expect(closedAfter!.criteriaVersion).toBe(closedBefore!.criteriaVersion)
    expect(closedAfter!.total).toBe(closedBefore!.total)
  })
})

describe('access', () => {
  it('snapshots are public to read and nobody writes them through the API', async () => {
    const s = await snapshot(committee)
    expect((await rest.request('GET', `/api/transparency-snapshots/${s!.id}`)).status).toBe(200)
    const admin = await rest.login(f.users.admin.email, PASSWORD)
    expect((await rest.request('PATCH', `/api/transparency-snapshots/${s!.id}`, { token: admin, json: { total: 100 } })).status).toBe(403)
    expect((await rest.request('DELETE', `/api/transparency-snapshots/${s!.id}`, { token: admin })).status).toBe(403)
    expect((await rest.request('POST', '/api/transparency-snapshots', { token: admin, json: { key: 'x' } })).status).toBe(403)
    expect((await snapshot(committee))!.total).toBe(s!.total)
  })

  it('the catalogue and the criteria are edited by admins only', async () => {
    const publisher = await rest.login(f.users.publisherA.email, PASSWORD)
    const [entry] = (await t.payload.find({ collection: 'disclosure-catalogue', limit: 1, ...SYSTEM })).docs
    expect((await rest.request('GET', `/api/disclosure-catalogue/${entry!.id}`)).status).toBe(200)
    expect((await rest.request('PATCH', `/api/disclosure-catalogue/${entry!.id}`, { token: publisher, json: { requiredPerPeriod: 9 } })).status).toBe(403)
    expect((await rest.request('POST', '/api/globals/transparency-criteria', { token: publisher, json: { weights: { completeness: 1 } } })).status).toBe(403)
    const admin = await rest.login(f.users.admin.email, PASSWORD)
    const ok = await rest.request('PATCH', `/api/disclosure-catalogue/${entry!.id}?locale=vi`, { token: admin, json: { order: 5 } })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
  })

  it('POST /api/transparency/recompute: admins only', async () => {
    expect((await rest.request('POST', '/api/transparency/recompute')).status).toBe(401)
    const publisher = await rest.login(f.users.publisherA.email, PASSWORD)
    expect((await rest.request('POST', '/api/transparency/recompute', { token: publisher })).status).toBe(403)
    const admin = await rest.login(f.users.admin.email, PASSWORD)
    const res = await rest.request('POST', '/api/transparency/recompute', { token: admin })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ criteriaVersion: expect.stringMatching(/^v\d+$/) })
  })
})
