import { describe, expect, it } from 'vitest'
import { vnCalendar } from '../calendar'
import { DEFAULT_PERIOD_RULES } from '../consultations'
import { QUESTION_PRIVATE_FIELDS, REQUEST_PRIVATE_FIELDS } from '../cases'
import { dueDate } from '../deadlines'
import { consultationItems, dossierItems, questionItem, requestItem, type AgencyCase } from './cases'
import { scoreAgency } from './score'
import type { CatalogueEntry, CriteriaSet, Evidence, Item } from './types'

// The real calendar: National Day 2026 is Tue 1 + Wed 2 September; Hùng Kings' day off in lieu
// is Mon 27 April, then Thu 30 April and Fri 1 May.
const cal = vnCalendar()
const TODAY = '2026-11-27'

describe('questions: the assigned agency answers within its deadline', () => {
  const base = { id: 1, code: 'HD-2026-0001', title: 'Thủ tục cấp phép', agency: 7, askerKind: 'business', consentToPublish: true, receivedOn: '2026-08-27', assignedOn: '2026-08-28' }
  it.each([
    // 10 working days after Fri 28 Aug, skipping the weekend and National Day (1–2 Sep) → Tue 15 Sep
    ['answered on the due day, across the holiday', { state: 'answered', closedOn: '2026-09-15' }, { due: '2026-09-15', closedOn: '2026-09-15' }],
    ['answered privately a day late', { state: 'answeredPrivately', closedOn: '2026-09-16' }, { due: '2026-09-15', closedOn: '2026-09-16', note: 'answered privately' }],
    ['still with the agency', { state: 'assigned' }, { due: '2026-09-15' }],
    ['the recorded deadline wins over the recomputed one', { state: 'assigned', dueOn: '2026-09-18' }, { due: '2026-09-18' }],
    ['assigned with neither a recorded deadline nor an assignment day', { state: 'assigned', assignedOn: null }, {}],
  ])('%s', (_, patch, facts) => {
    expect(questionItem({ ...base, ...patch }, cal)?.case).toEqual(facts)
  })
  it.each([
    ['received', { state: 'received' }],
    ['accepted (screening is the coordinator’s)', { state: 'accepted' }],
    ['refused', { state: 'refused', closedOn: '2026-08-28' }],
    ['without an agency', { state: 'assigned', agency: null }],
  ])('not the agency’s case: %s', (_, patch) => expect(questionItem({ ...base, ...patch }, cal)).toBeNull())
  it.each([
    ['consented, answered in public', { state: 'answered', closedOn: '2026-09-01' }, 'HD-2026-0001 — Thủ tục cấp phép'],
    ['no consent to publish', { state: 'assigned', consentToPublish: false }, 'HD-2026-0001'],
    ['answered privately (personal matters)', { state: 'answeredPrivately', closedOn: '2026-09-01' }, 'HD-2026-0001'],
  ])('named by code, and title only when public: %s', (_, patch, title) => {
    const item = questionItem({ ...base, ...patch }, cal)!
    expect(item.title).toBe(title)
    expect(item).toMatchObject({ agencyId: '7', collection: 'questions', createdOn: '2026-08-27' })
  })
})

describe('information requests: the law’s deadline per channel', () => {
  const base = { id: 2, code: 'YC-2026-0002', publicSummary: 'Quy hoạch sử dụng đất', agency: 7, receivedOn: '2026-04-24' }
  it.each([
    // Fri 24 Apr online, simple: 3 working days skipping Mon 27 (in lieu), Thu 30, Fri 1 May → Mon 4 May
    ['online, handled as simple', { channel: 'online', state: 'received' }, '2026-05-04', undefined],
    // notice sent: 15 working days → Wed 20 May
    ['online, notice sent', { channel: 'online', state: 'noticeSent', noticeSentOn: '2026-04-28' }, '2026-05-20', undefined],
    // extended by 10 → Wed 3 June
    ['online, extended by 10', { channel: 'online', state: 'extended', noticeSentOn: '2026-04-28', extensionDays: 10 }, '2026-06-03', 'extended by 10 working days'],
    // at the office: 10 working days → Wed 13 May
    ['at the office', { channel: 'office', state: 'received' }, '2026-05-13', undefined],
    // by post, simple: 5 working days → Wed 6 May
    ['by post, simple', { channel: 'post', state: 'received' }, '2026-05-06', undefined],
    ['the recorded deadline wins', { channel: 'online', state: 'received', dueOn: '2026-05-08' }, '2026-05-08', undefined],
  ])('%s → due %s', (_, patch, due, note) => {
    const item = requestItem({ ...base, ...patch }, cal)!
    expect(item.case).toEqual({ due, ...(note ? { note } : {}) })
    expect(item.title).toBe('YC-2026-0002 — Quy hoạch sử dụng đất')
  })
  it.each([
    ['provided', 'provided', true],
    ['partly provided', 'partlyProvided', true],
    ['refused with a ground', 'refused', true],
    ['still open', 'noticeSent', false],
  ])('%s is closed: %s', (_, state, closed) => {
    const item = requestItem({ ...base, channel: 'online', state, closedOn: '2026-05-05' }, cal)!
    expect(item.case?.closedOn).toBe(closed ? '2026-05-05' : undefined)
  })
  it('an extension beyond the law’s ceiling cannot be assessed (no due date)', () => {
    expect(requestItem({ ...base, channel: 'office', state: 'extended', extensionDays: 11 }, cal)!.case?.due).toBeUndefined()
  })
})

describe('dossiers: status published, done by the appointment date', () => {
  const base = { id: 3, code: 'H29-0003', procedureCode: '1.900011', agency: 7, handlingUnit: 'Bộ phận Một cửa', receivedAt: '2026-08-24', dueAt: '2026-08-31' }
  const received = { status: 'received', at: '2026-08-24' }
  it.each([
    ['done on the appointment day', { status: 'done', resultAt: '2026-08-31', history: [received, { status: 'done', at: '2026-08-31' }] }, { due: '2026-08-31', closedOn: '2026-08-31' }],
    ['done after it (across National Day)', { status: 'done', resultAt: '2026-09-03', history: [received, { status: 'done', at: '2026-09-03' }] }, { due: '2026-08-31', closedOn: '2026-09-03' }],
    // paused Wed 26 → Fri 28 Aug: 2 working days; the appointment moves past 1–2 Sep to Fri 4 Sep
    [
      'done late by the appointment, on time with the paused days',
      { status: 'done', resultAt: '2026-09-03', history: [received, { status: 'supplement', at: '2026-08-26' }, { status: 'processing', at: '2026-08-28' }, { status: 'done', at: '2026-09-03' }] },
      { due: '2026-09-04', closedOn: '2026-09-03', note: 'appointment 2026-08-31 moved by 2 working days paused' },
    ],
  ])('%s', (_, patch, facts) => {
    const items = dossierItems({ ...base, ...patch }, TODAY, cal)
    expect(items.map((i) => i.collection)).toEqual(['dossier-status', 'dossiers'])
    expect(items[1]!.case).toEqual(facts)
    expect(items[1]!.createdOn).toBe(patch.resultAt)
    expect(items[0]!).toMatchObject({ title: 'H29-0003 (1.900011)', createdOn: '2026-08-24', case: { gaps: [] } })
  })
  it.each([
    ['processing', { status: 'processing', history: [received] }, []],
    ['returned', { status: 'returned', resultAt: '2026-08-25', history: [received] }, []],
  ])('a dossier not done (%s) has no punctuality item', (_, patch, gaps) => {
    const items = dossierItems({ ...base, ...patch }, TODAY, cal)
    expect(items.map((i) => i.collection)).toEqual(['dossier-status'])
    expect(items[0]!.case?.gaps).toEqual(gaps)
  })
  it.each([
    ['no handling unit', { handlingUnit: ' ', status: 'processing', history: [received] }, ['handling unit']],
    ['no status history', { status: 'processing', history: [] }, ['status history']],
    ['done without a result date', { status: 'done', resultAt: null, history: [received] }, ['result date']],
    ['no status at all', { status: null, history: [] }, ['status', 'status history']],
  ])('status notice incomplete: %s', (_, patch, gaps) => {
    expect(dossierItems({ ...base, ...patch }, TODAY, cal)[0]!.case?.gaps).toEqual(gaps)
  })
})

describe('consultations: open long enough, reception report', () => {
  const base = { id: 4, title: 'Dự thảo nghị quyết', agency: 7, draftKind: 'hdnd-resolution', openDate: '2026-09-01', closeDate: '2026-10-01' }
  it.each([
    ['30 days, report published', { concluded: true, reportPublishedOn: '2026-10-20' }, [], { closedOn: '2026-10-20' }],
    ['29 days, no report', { closeDate: '2026-09-30' }, ['open 29 of the minimum 30 days'], {}],
  ])('%s', (_, patch, gaps, report) => {
    const c = { ...base, ...patch }
    const [period, rep] = consultationItems(c, TODAY, DEFAULT_PERIOD_RULES)
    expect(period!.case?.gaps).toEqual(gaps)
    expect(rep!.case).toEqual(report)
    expect(rep!.createdOn).toBe(c.closeDate)
  })
  it('an open consultation is not judged yet', () => {
    expect(consultationItems({ ...base, closeDate: TODAY }, TODAY, DEFAULT_PERIOD_RULES)).toEqual([])
  })
})

describe('no personal data in a case item', () => {
  it('the loaders’ facts carry no private field, and items name none', () => {
    const q = questionItem({ id: 1, code: 'HD-1', title: 'T', agency: 1, state: 'assigned', receivedOn: '2026-08-27', assignedOn: '2026-08-28', consentToPublish: true }, cal)!
    const r = requestItem({ id: 2, code: 'YC-1', publicSummary: 'S', agency: 1, state: 'received', receivedOn: '2026-08-27' }, cal)!
    for (const item of [q, r]) for (const f of [...QUESTION_PRIVATE_FIELDS, ...REQUEST_PRIVATE_FIELDS]) expect(Object.keys(item)).not.toContain(f)
  })
})

// ---- the engine over case items ----
const entry = (id: string, category: string, collection: string, deadline: CatalogueEntry['deadline'] = { kind: 'continuous' }): CatalogueEntry => ({
  id,
  category,
  title: { vi: id, en: id },
  appliesTo: ['department'],
  matcher: { collection },
  deadline,
})
const CATALOGUE = [
  entry('questions-on-time', 'answers', 'questions'),
  entry('requests-on-time', 'answers', 'information-requests'),
  entry('dossier-status-published', 'dossiers', 'dossier-status'),
  entry('dossiers-on-time', 'dossiers', 'dossiers'),
  entry('consultation-periods', 'draft-policies', 'consultation-periods'),
  entry('consultation-reports', 'draft-policies', 'consultation-reports', { kind: 'days-after', days: 30 }),
]
const CRITERIA: CriteriaSet = { version: 'v1', criteria: [{ key: 'completeness', weight: 40 }, { key: 'timeliness', weight: 30 }, { key: 'answers', weight: 5 }, { key: 'dossiers', weight: 5 }] }
const YEAR = { from: '2026-01-01', to: '2026-12-31', label: '2026' }
const strip = (items: AgencyCase[]): Item[] => items.map(({ agencyId: _, ...i }) => i)
const score = (items: AgencyCase[]) => scoreAgency({ agency: { id: '7', kind: 'department' }, catalogue: CATALOGUE, criteria: CRITERIA, items: strip(items), period: YEAR, today: TODAY, calendar: cal, dueDate })
const rowsOf = (evidence: Evidence[], entryId: string) => evidence.filter((e) => e.entryId === entryId).map((e) => [e.itemTitle, e.status, e.due, e.closedOn ?? null])

describe('scoring the cases (engine)', () => {
  const q = (code: string, patch: object) => questionItem({ id: code, code, agency: 7, askerKind: 'citizen', receivedOn: '2026-08-27', assignedOn: '2026-08-28', ...patch } as never, cal)!
  it('questions: on time, late, overdue and not yet due; every point lost names the case', () => {
    const s = score([
      q('Q1', { state: 'answered', closedOn: '2026-09-15' }),
      q('Q2', { state: 'answered', closedOn: '2026-09-16' }),
      q('Q3', { state: 'assigned' }),
      q('Q4', { state: 'assigned', receivedOn: '2026-11-25', assignedOn: '2026-11-26', dueOn: null }),
    ])
    expect(rowsOf(s.evidence, 'questions-on-time')).toEqual([
      ['Q1', 'on-time', '2026-09-15', '2026-09-15'],
      ['Q2', 'late', '2026-09-15', '2026-09-16'],
      ['Q3', 'overdue', '2026-09-15', null],
      ['Q4', 'not-due-yet', '2026-12-10', null],
    ])
    expect(s.byCriterion.answers.score).toBeCloseTo(100 / 3, 6)
    const overdue = s.evidence.find((e) => e.status === 'overdue')!
    expect(overdue).toMatchObject({ daysLate: 73, workingDaysLate: 53 })
    expect(overdue.pointsLost).toBeGreaterThan(0)
    const lost = s.evidence.reduce((sum, e) => sum + e.pointsLost, 0)
    expect(lost).toBeCloseTo(100 - s.total!, 6)
  })

  it('an agency with no cases of a kind has no data for it: not 0, not 100', () => {
    const none = score([])
    expect(none.byCriterion.answers).toMatchObject({ score: null, applicable: false })
    expect(none.byCriterion.dossiers).toMatchObject({ score: null, applicable: false })
    expect(none.evidence.filter((e) => e.criterion === 'answers' || e.criterion === 'dossiers')).toEqual([])
    // only requests: the questions entry stays out of the criterion (requests alone make it)
    const onlyRequests = score([requestItem({ id: 1, code: 'YC-1', agency: 7, state: 'provided', channel: 'online', receivedOn: '2026-04-24', closedOn: '2026-05-04' }, cal)!])
    expect(onlyRequests.byCriterion.answers.score).toBe(100)
    expect(onlyRequests.evidence.filter((e) => e.entryId === 'questions-on-time')).toEqual([])
    // only cases not yet due: nothing assessable yet — no data, not 100
    expect(score([q('Q9', { state: 'assigned', receivedOn: '2026-11-25', assignedOn: '2026-11-26' })]).byCriterion.answers.score).toBeNull()
  })

  it('dossiers: the status entry and the on-time entry weigh the same inside the criterion', () => {
    const d = (code: string, patch: object) => dossierItems({ id: code, code, agency: 7, handlingUnit: 'Một cửa', receivedAt: '2026-08-24', dueAt: '2026-08-31', history: [{ status: 'received', at: '2026-08-24' }], ...patch } as never, TODAY, cal)
    const s = score([...d('D1', { status: 'done', resultAt: '2026-08-31' }), ...d('D2', { status: 'done', resultAt: '2026-09-03' }), ...d('D3', { status: 'processing', handlingUnit: null })])
    expect(rowsOf(s.evidence, 'dossiers-on-time')).toEqual([
      ['D1', 'on-time', '2026-08-31', '2026-08-31'],
      ['D2', 'late', '2026-08-31', '2026-09-03'],
    ])
    expect(s.evidence.filter((e) => e.entryId === 'dossier-status-published').map((e) => [e.itemTitle, e.status, e.note ?? null])).toEqual([
      ['D1', 'present', null],
      ['D2', 'present', null],
      ['D3', 'incomplete', 'missing: handling unit'],
    ])
    // (2/3 + 1/2) / 2
    expect(s.byCriterion.dossiers.score).toBeCloseTo((2 / 3 + 1 / 2) * 50, 6)
    expect(s.evidence.find((e) => e.itemTitle === 'D2' && e.status === 'late')).toMatchObject({ daysLate: 3, workingDaysLate: 1 })
  })

  it('consultations: period under completeness, report due by the entry’s rule under timeliness', () => {
    const c = (id: number, patch: object) => consultationItems({ id, title: `C${id}`, agency: 7, draftKind: 'other', openDate: '2026-08-01', closeDate: '2026-09-01', ...patch }, TODAY, DEFAULT_PERIOD_RULES)
    const s = score([...c(1, { concluded: true, reportPublishedOn: '2026-09-20' }), ...c(2, { concluded: true, reportPublishedOn: '2026-10-15' }), ...c(3, {})])
    expect(rowsOf(s.evidence, 'consultation-reports')).toEqual([
      ['C1', 'on-time', '2026-10-01', '2026-09-20'],
      ['C2', 'late', '2026-10-01', '2026-10-15'],
      ['C3', 'overdue', '2026-10-01', null],
    ])
    expect(s.evidence.filter((e) => e.entryId === 'consultation-periods').every((e) => e.status === 'present' && e.criterion === 'completeness')).toBe(true)
    expect(s.byCriterion.timeliness.score).toBeCloseTo(100 / 3, 6)
  })
})
