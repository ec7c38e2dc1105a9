import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AgencyScore, CatalogueEntry } from '@/domain/transparency'
import { seedTransparencyCatalogue } from '@/seed/transparency'
import { recomputeTransparency } from '@/transparency/compute'
import { caseSummaries, evidenceCsv } from '@/transparency/export'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * The transparency criteria of the two-way sections over the Local API: questions and information
 * requests answered on time, dossiers' status published and done by the appointment date, and
 * consultations' periods and reception reports — each case named in the evidence, no personal
 * data in the snapshot, and "no data" (never 0) for an agency with no cases of a kind.
 */
let t: TestPayload
let f: Fixtures
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const TODAY = '2026-11-27' // a Friday
const at = (d: string) => `${d}T02:00:00.000Z`
const SECRET = { name: 'Nguyễn Văn Bí Mật', email: 'bimat@example.vn', phone: '0912345678', identity: '001099012345' }

async function question(code: string, data: Record<string, unknown>) {
  return t.payload.create({
    collection: 'questions',
    data: {
      code,
      askerKind: 'business',
      field: 'administration',
      askerName: SECRET.name,
      email: SECRET.email,
      phone: SECRET.phone,
      organisation: 'Công ty Bí Mật',
      question: 'Nội dung câu hỏi',
      consentToPublish: true,
      agency: f.agencyA,
      receivedOn: at('2026-08-27'),
      assignedOn: at('2026-08-28'),
      ...data,
    } as never,
    ...SYSTEM,
  })
}

async function dossier(code: string, data: Record<string, unknown>) {
  return t.payload.create({
    collection: 'dossiers',
    data: { code, procedureCode: '1.900011', agency: f.agencyA, handlingUnit: 'Bộ phận Một cửa', receivedAt: at('2026-08-24'), dueAt: at('2026-08-31'), history: [{ status: 'received', at: at('2026-08-24') }], ...data } as never,
    ...SYSTEM,
  })
}

async function snapshot(agency: number | string) {
  const res = await t.payload.find({ collection: 'transparency-snapshots', where: { key: { equals: `${agency}:2026` } }, overrideAccess: true, depth: 0 })
  return res.docs[0] as unknown as { score: AgencyScore; inputs: { catalogue: CatalogueEntry[] } }
}

beforeAll(async () => {
  t = await bootPayload('transparency-cases')
  f = await createFixtures(t.payload)
  await seedTransparencyCatalogue(t.payload)
  // Questions to Sở A: 10 working days after Fri 28 Aug, past National Day (1–2 Sep) → Tue 15 Sep.
  await question('HD-2026-0001', { title: 'Đúng hạn', state: 'answered', dueOn: at('2026-09-15'), closedOn: at('2026-09-15') })
  await question('HD-2026-0002', { title: 'Trả lời chậm', state: 'answered', dueOn: at('2026-09-15'), closedOn: at('2026-09-17') })
  await question('HD-2026-0003', { title: 'Chưa trả lời', state: 'assigned', consentToPublish: false })
  await question('HD-2026-0004', { title: 'Bị từ chối', state: 'refused', closedOn: at('2026-08-28') })
  // An information request answered within the online simple deadline (3 working days).
  await t.payload.create({
    collection: 'information-requests',
    data: {
      code: 'YC-2026-0001',
      state: 'provided',
      agency: f.agencyA,
      channel: 'online',
      receivedOn: at('2026-08-27'),
      closedOn: at('2026-09-03'),
      publicSummary: 'Kế hoạch sử dụng đất năm 2026',
      requesterKind: 'citizen',
      requesterName: SECRET.name,
      identityNumber: SECRET.identity,
      email: SECRET.email,
      information: 'Thông tin riêng của người yêu cầu',
      purpose: 'Mục đích riêng',
      delivery: 'email',
    } as never,
    ...SYSTEM,
  })
  await dossier('H29-0001', { status: 'done', resultAt: at('2026-08-31') })
  await dossier('H29-0002', { status: 'done', resultAt: at('2026-09-03') })
  await dossier('H29-0003', { status: 'processing', handlingUnit: null, receivedAt: at('2026-11-20'), dueAt: at('2026-12-10') })
  await t.payload.create({
    collection: 'consultations',
    data: { slug: 'du-thao-thu', title: 'Dự thảo thử', agency: f.agencyA, draftKind: 'other', openDate: at('2026-08-01'), closeDate: at('2026-09-01'), _status: 'published' } as never,
    locale: 'vi',
    ...SYSTEM,
  })
  await recomputeTransparency(t.payload, { today: TODAY, skipRevalidate: true })
}, 120_000)
afterAll(async () => t?.cleanup())

describe('transparency criteria of the two-way sections', () => {
  it('questions: the late and the overdue case are named by code (title only when public); refused ones are not the agency’s', async () => {
    const { score } = await snapshot(f.agencyA)
    const rows = score.evidence.filter((e) => e.entryId === 'questions-on-time').map((e) => [e.itemTitle, e.status, e.due, e.closedOn ?? null])
    expect(rows).toEqual([
      ['HD-2026-0001 — Đúng hạn', 'on-time', '2026-09-15', '2026-09-15'],
      ['HD-2026-0002 — Trả lời chậm', 'late', '2026-09-15', '2026-09-17'],
      // no consent to publish: its code only; its deadline recomputed from the assignment day
      ['HD-2026-0003', 'overdue', '2026-09-15', null],
    ])
    expect(score.evidence.find((e) => e.status === 'overdue')!.pointsLost).toBeGreaterThan(0)
  })

  it('information requests, dossiers and consultations each score with their evidence', async () => {
    const { score, inputs } = await snapshot(f.agencyA)
    const of = (id: string) => score.evidence.filter((e) => e.entryId === id).map((e) => [e.itemTitle, e.status])
    expect(of('requests-on-time')).toEqual([['YC-2026-0001 — Kế hoạch sử dụng đất năm 2026', 'on-time']])
    expect(of('dossiers-on-time')).toEqual([
      ['H29-0001 (1.900011)', 'on-time'],
      ['H29-0002 (1.900011)', 'late'],
    ])
    expect(of('dossier-status-published')).toEqual([
      ['H29-0001 (1.900011)', 'present'],
      ['H29-0002 (1.900011)', 'present'],
      ['H29-0003 (1.900011)', 'incomplete'],
    ])
    expect(score.evidence.find((e) => e.status === 'incomplete')!.note).toBe('missing: handling unit')
    expect(of('consultation-periods')).toEqual([['Dự thảo thử', 'present']])
    expect(of('consultation-reports')).toEqual([['Dự thảo thử', 'overdue']])
    // answers: (1/3 questions + 1/1 requests) / 2; dossiers: (1/2 + 2/3) / 2
    expect(score.byCriterion.answers.score).toBeCloseTo(((1 / 3 + 1) / 2) * 100, 1)
    expect(score.byCriterion.dossiers.score).toBeCloseTo(((1 / 2 + 2 / 3) / 2) * 100, 1)
    const summary = Object.fromEntries(caseSummaries(score, inputs.catalogue).map((c) => [c.entryId, [c.assessed, c.share === null ? null : Math.round(c.share)]]))
    expect(summary).toMatchObject({ 'questions-on-time': [3, 33], 'requests-on-time': [1, 100], 'dossiers-on-time': [2, 50], 'dossier-status-published': [3, 67], 'consultation-reports': [1, 0] })
    expect(evidenceCsv(score, inputs.catalogue, 'en')).toContain('HD-2026-0002 — Trả lời chậm,2026-09-15,,2,')
  })

  it('an agency with no cases of a kind has no data for it: not 0, not 100', async () => {
    const { score, inputs } = await snapshot(f.agencyB)
    expect(score.byCriterion.answers).toMatchObject({ score: null, applicable: false })
    expect(score.byCriterion.dossiers).toMatchObject({ score: null, applicable: false })
    expect(caseSummaries(score, inputs.catalogue).every((c) => c.share === null && c.assessed === 0)).toBe(true)
  })

  it('no personal data of askers or requesters reaches a snapshot', async () => {
    const all = await t.payload.find({ collection: 'transparency-snapshots', pagination: false, overrideAccess: true, depth: 0 })
    const json = JSON.stringify(all.docs)
    for (const secret of [...Object.values(SECRET), 'Công ty Bí Mật', 'Thông tin riêng', 'Mục đích riêng', 'Chưa trả lời']) expect(json).not.toContain(secret)
  })
})
