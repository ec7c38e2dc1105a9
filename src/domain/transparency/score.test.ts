import { describe, expect, it } from 'vitest'
import { addDays } from './dates'
import { itemMatches, scoreAgency, snapshotTotal, type ScoreInput } from './score'
import type { AgencyScore, CatalogueEntry, CriteriaSet, CriterionKey, DeadlineRule, DueDateContext, Evidence, ISODate, Item, Period } from './types'

// ---- tiny test doubles: weekend-only + given holidays, and a reference dueDate ----
interface FullCalendar {
  isWorkingDay(d: ISODate): boolean
  isHoliday(d: ISODate): boolean
  addDays(d: ISODate, n: number): ISODate
  addWorkingDays(d: ISODate, n: number): ISODate
  workingDaysBetween(from: ISODate, to: ISODate): number
}
function makeCalendar(holidays: ISODate[]): FullCalendar {
  const set = new Set(holidays)
  const cal: FullCalendar = {
    isHoliday: (d) => set.has(d),
    isWorkingDay: (d) => {
      const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
      return dow !== 0 && dow !== 6 && !set.has(d)
    },
    addDays,
    addWorkingDays: (d, n) => {
      let cur = d
      for (let k = 0; k < n; ) {
        cur = addDays(cur, 1)
        if (cal.isWorkingDay(cur)) k++
      }
      return cur
    },
    workingDaysBetween: () => {
      throw new Error('engine must not depend on workingDaysBetween semantics')
    },
  }
  return cal
}
// Typed against the *full* calendar, as src/domain/deadlines' dueDate is.
function dueDate(rule: DeadlineRule, ctx: DueDateContext, cal: FullCalendar): ISODate | null {
  switch (rule.kind) {
    case 'working-days-after':
      return ctx.issuedOn ? cal.addWorkingDays(ctx.issuedOn, rule.days) : null
    case 'days-after':
      return ctx.issuedOn ? cal.addDays(ctx.issuedOn, rule.days) : null
    case 'days-after-period-end':
      return ctx.periodEnd ? cal.addDays(ctx.periodEnd, rule.days) : null
    default:
      return null
  }
}

// National Day 2024: Mon 2 and Tue 3 September are holidays (plus the weekend 31 Aug–1 Sep).
const calendar = makeCalendar(['2024-09-02', '2024-09-03'])
const Q3: Period = { from: '2024-07-01', to: '2024-09-30', label: 'Q3/2024' }
const CRITERIA: CriteriaSet = {
  version: 'v1',
  criteria: [
    { key: 'completeness', weight: 40 },
    { key: 'timeliness', weight: 30 },
    { key: 'freshness', weight: 10 },
    { key: 'english', weight: 10 },
    { key: 'answers', weight: 10 },
  ],
}

const decisions: CatalogueEntry = {
  id: 'decisions',
  category: 'legal',
  title: { vi: 'Quyết định', en: 'Decisions' },
  appliesTo: ['department', 'commune'],
  matcher: { collection: 'documents', where: { type: 'decision' } },
  deadline: { kind: 'working-days-after', days: 4 },
  requiresEnglish: true,
}
const budget: CatalogueEntry = {
  id: 'budget',
  category: 'budget',
  title: { vi: 'Báo cáo ngân sách quý', en: 'Quarterly budget report' },
  appliesTo: ['department', 'provincial-committee'],
  matcher: { collection: 'reports', where: { kind: ['budget-quarterly', 'budget-q'] } },
  deadline: { kind: 'days-after-period-end', days: 15 },
}
const orgChart: CatalogueEntry = {
  id: 'org',
  category: 'organisation',
  title: { vi: 'Cơ cấu tổ chức', en: 'Organisation' },
  appliesTo: ['provincial-council', 'provincial-committee', 'department', 'sector-agency', 'commune'],
  matcher: { collection: 'pages', where: { slug: 'org' } },
  deadline: { kind: 'on-change', maxAgeDays: 180 },
  requiresEnglish: true,
}
const councilMinutes: CatalogueEntry = {
  id: 'minutes',
  category: 'council',
  title: { vi: 'Biên bản kỳ họp', en: 'Session minutes' },
  appliesTo: ['provincial-council'],
  matcher: { collection: 'documents', where: { type: 'minutes' } },
  deadline: { kind: 'days-after', days: 10 },
}
const answers: CatalogueEntry = {
  id: 'answers',
  category: 'answers',
  title: { vi: 'Trả lời phản ánh', en: 'Answers to citizens' },
  appliesTo: ['department'],
  matcher: { collection: 'answers' },
  deadline: { kind: 'working-days-after', days: 10 },
}

const dept = { id: 'so-tai-chinh', kind: 'department' as const }
const doc = (id: string, createdOn: ISODate, publishedOn: ISODate, extra: Partial<Item> = {}): Item => ({
  id,
  collection: 'documents',
  attrs: { type: 'decision' },
  title: `QĐ ${id}`,
  createdOn,
  publishedOn,
  ...extra,
})

function run(over: Partial<ScoreInput<FullCalendar>>): AgencyScore {
  return scoreAgency({
    agency: dept,
    catalogue: [decisions],
    criteria: CRITERIA,
    items: [],
    period: Q3,
    today: '2024-10-31',
    calendar,
    dueDate,
    ...over,
  })
}
const rows = (s: AgencyScore, criterion: CriterionKey) => s.evidence.filter((e) => e.criterion === criterion)

/** Σ pointsLost per criterion = maxPoints − points, and overall = 100 − total. */
function expectEvidenceExplainsLoss(s: AgencyScore) {
  let lost = 0
  for (const [key, c] of Object.entries(s.byCriterion)) {
    const sum = rows(s, key as CriterionKey).reduce((a, e) => a + e.pointsLost, 0)
    expect(sum, key).toBeCloseTo(c.maxPoints - c.points, 9)
    if (c.maxPoints - c.points > 1e-9) expect(rows(s, key as CriterionKey).some((e) => e.pointsLost > 0), key).toBe(true)
    lost += sum
  }
  if (s.total !== null) expect(lost).toBeCloseTo(100 - s.total, 9)
  const losing: Evidence['status'][] = ['late', 'missing', 'stale', 'english-missing']
  for (const e of s.evidence) {
    expect(e.pointsLost).toBeGreaterThanOrEqual(0)
    if (e.pointsLost > 0) expect(losing).toContain(e.status)
    else expect(e.pointsLost).toBe(0)
  }
}

describe('timeliness: publication vs due date (created Mon 26 Aug 2024, due +4 working days = Fri 30 Aug)', () => {
  type Case = [string, ISODate, Evidence['status'], number | undefined, number | undefined]
  const cases: Case[] = [
    ['published well before', '2024-08-27', 'on-time', undefined, undefined],
    ['published on the due date itself', '2024-08-30', 'on-time', undefined, undefined],
    ['published Saturday after', '2024-08-31', 'late', 1, 0],
    ['published on the holiday', '2024-09-03', 'late', 4, 0],
    ['late by one working day across a weekend and a holiday', '2024-09-04', 'late', 5, 1],
    ['late by two working days', '2024-09-05', 'late', 6, 2],
  ]
  it.each(cases)('%s', (_n, publishedOn, status, daysLate, workingDaysLate) => {
    const s = run({ items: [doc('1', '2024-08-26', publishedOn, { hasEnglish: true })] })
    const [ev] = rows(s, 'timeliness')
    expect(ev).toMatchObject({ entryId: 'decisions', status, itemId: '1', due: '2024-08-30', publishedOn })
    expect(ev.daysLate).toBe(daysLate)
    expect(ev.workingDaysLate).toBe(workingDaysLate)
    expect(s.byCriterion.timeliness.score).toBe(status === 'on-time' ? 100 : 0)
    expect(s.byCriterion.completeness.score).toBe(100)
    expectEvidenceExplainsLoss(s)
  })

  it('late note names the holidays', () => {
    const s = run({ items: [doc('1', '2024-08-26', '2024-09-04', { hasEnglish: true })] })
    expect(rows(s, 'timeliness')[0].note).toBe('published 5 days after the due date (1 working day); holidays in between: 2024-09-02, 2024-09-03')
  })

  it('one of two late: half score, lost points on the late row only', () => {
    const s = run({ items: [doc('1', '2024-08-26', '2024-08-30', { hasEnglish: true }), doc('2', '2024-08-26', '2024-09-04', { hasEnglish: true })] })
    expect(s.byCriterion.timeliness.score).toBe(50)
    // applicable: completeness 40, timeliness 30, english 10 → timeliness max = 30/80*100
    expect(s.byCriterion.timeliness.maxPoints).toBeCloseTo(37.5, 9)
    const [onTime, late] = rows(s, 'timeliness')
    expect(onTime.pointsLost).toBe(0)
    expect(late.pointsLost).toBeCloseTo(18.75, 9)
    expect(s.total).toBeCloseTo(100 - 18.75, 9)
    expectEvidenceExplainsLoss(s)
  })

  it('item without createdOn cannot be assessed: zero-weight row, criterion excluded', () => {
    const s = run({ items: [doc('1', '2024-08-26', '2024-08-30', { createdOn: undefined, hasEnglish: true })] })
    // reference date falls back to publishedOn (in Q3) so completeness still counts it
    expect(s.byCriterion.completeness.score).toBe(100)
    expect(rows(s, 'timeliness')).toEqual([
      { entryId: 'decisions', criterion: 'timeliness', status: 'not-applicable', itemId: '1', itemTitle: 'QĐ 1', publishedOn: '2024-08-30', pointsLost: 0, note: 'cannot assess timeliness: createdOn unknown' },
    ])
    expect(s.byCriterion.timeliness).toMatchObject({ score: null, applicable: false, points: 0, effectiveWeight: 0 })
  })
})

describe('completeness', () => {
  it('missing: nothing published after the deadline has passed', () => {
    const s = run({ catalogue: [budget], items: [] })
    expect(rows(s, 'completeness')).toEqual([
      { entryId: 'budget', criterion: 'completeness', status: 'missing', due: '2024-10-15', pointsLost: 100, note: '0 of 1 required item published' },
    ])
    expect(s.total).toBe(0)
    expect(s.byCriterion.completeness).toMatchObject({ score: 0, applicable: true, effectiveWeight: 1 })
    expectEvidenceExplainsLoss(s)
  })

  it('not due yet: the period closed but the deadline has not passed', () => {
    const cases: [ISODate, Evidence['status']][] = [['2024-10-14', 'not-due-yet'], ['2024-10-15', 'not-due-yet'], ['2024-10-16', 'missing']]
    for (const [today, status] of cases) {
      const s = run({ catalogue: [budget], items: [], today })
      expect(rows(s, 'completeness').map((e) => [e.status, e.due]), today).toEqual([[status, '2024-10-15']])
      expect(s.total, today).toBe(status === 'missing' ? 0 : null)
      expect(s.byCriterion.completeness.applicable).toBe(status === 'missing')
    }
    const early = run({ catalogue: [budget], items: [], today: '2024-10-14' })
    expect(rows(early, 'completeness')).toEqual([
      { entryId: 'budget', criterion: 'completeness', status: 'not-due-yet', due: '2024-10-15', pointsLost: 0, note: '1 of 1 not due until 2024-10-15' },
    ])
  })

  it('reportPeriodEnd: a missing first-quarter report in a yearly period is due 15 April, not 15 January', () => {
    const year: Period = { from: '2024-01-01', to: '2024-12-31', label: '2024' }
    const q1 = { ...budget, reportPeriodEnd: '03-31' }
    const cases: [ISODate, Evidence['status'], ISODate][] = [
      ['2024-04-15', 'not-due-yet', '2024-04-15'],
      ['2024-04-16', 'missing', '2024-04-15'],
      ['2024-11-29', 'missing', '2024-04-15'],
    ]
    for (const [today, status, due] of cases) {
      const s = run({ catalogue: [q1], items: [], period: year, today })
      expect(rows(s, 'completeness').map((e) => [e.status, e.due]), today).toEqual([[status, due]])
    }
    // without it the whole year's end counts (lenient), and a malformed or out-of-period day is ignored
    for (const entry of [budget, { ...budget, reportPeriodEnd: '3/31' }, { ...budget, reportPeriodEnd: '02-30' }]) {
      const s = run({ catalogue: [entry], items: [], period: year, today: '2024-11-29' })
      expect(rows(s, 'completeness').map((e) => [e.status, e.due])).toEqual([['not-due-yet', '2025-01-15']])
    }
  })

  it('not-due-yet slots carry no weight next to other entries', () => {
    const s = run({ catalogue: [budget, { ...decisions, requiresEnglish: false }], items: [doc('1', '2024-08-26', '2024-08-27')], today: '2024-10-01' })
    expect(s.byCriterion.completeness.score).toBe(100)
    expect(s.total).toBe(100)
  })

  it('report for the period published after the period still counts (and timeliness judges it)', () => {
    const report: Item = { id: 'r3', collection: 'reports', attrs: { kind: 'budget-q' }, title: 'Q3', periodEnd: '2024-09-30', publishedOn: '2024-10-16' }
    const s = run({ catalogue: [budget], items: [report] })
    expect(s.byCriterion.completeness.score).toBe(100)
    expect(rows(s, 'timeliness')[0]).toMatchObject({ status: 'late', due: '2024-10-15', daysLate: 1, workingDaysLate: 1 })
    // previous quarter's report published in this period is not this period's item
    const prev = run({ catalogue: [budget], items: [{ ...report, id: 'r2', periodEnd: '2024-06-30', publishedOn: '2024-07-10' }] })
    expect(rows(prev, 'completeness').map((e) => e.status)).toEqual(['missing'])
  })

  it('requiredPerPeriod: 1 of 3 published → one third, two missing rows', () => {
    const s = run({ catalogue: [{ ...decisions, requiredPerPeriod: 3, requiresEnglish: false }], items: [doc('1', '2024-07-01', '2024-07-02')] })
    expect(s.byCriterion.completeness.score).toBeCloseTo(100 / 3, 9)
    expect(rows(s, 'completeness').map((e) => e.status)).toEqual(['present', 'missing', 'missing'])
    expectEvidenceExplainsLoss(s)
  })

  it('not applicable to this agency kind: explained, no points lost, not counted', () => {
    const s = run({ catalogue: [decisions, councilMinutes], items: [doc('1', '2024-08-26', '2024-08-27', { hasEnglish: true })] })
    expect(rows(s, 'completeness').find((e) => e.entryId === 'minutes')).toEqual({
      entryId: 'minutes', criterion: 'completeness', status: 'not-applicable', pointsLost: 0, note: 'does not apply to department',
    })
    expect(s.total).toBe(100)
    // the same entry applies to the council, where it is missing
    const council = run({ agency: { id: 'hdnd', kind: 'provincial-council' }, catalogue: [decisions, councilMinutes] })
    expect(rows(council, 'completeness').map((e) => [e.entryId, e.status])).toEqual([['decisions', 'not-applicable'], ['minutes', 'missing']])
  })

  it('items published after today do not exist yet', () => {
    const s = run({ items: [doc('1', '2024-08-26', '2024-11-01', { hasEnglish: true })] })
    expect(rows(s, 'completeness')[0].status).toBe('missing')
  })
})

describe('freshness and standing entries', () => {
  const page = (publishedOn: ISODate, updatedOn?: ISODate, hasEnglish = true): Item => ({
    id: 'p', collection: 'pages', attrs: { slug: 'org' }, title: 'Cơ cấu tổ chức', publishedOn, updatedOn, hasEnglish,
  })
  type Case = [string, Item[], ISODate, Evidence['status'] | undefined, number | undefined]
  const cases: Case[] = [
    ['old page, updated recently', [page('2020-01-01', '2024-06-01')], '2024-10-31', 'fresh', undefined],
    ['exactly maxAgeDays old is fresh', [page('2024-04-03')], '2024-10-31', 'fresh', undefined], // 180 days to 30 Sep
    ['one day older is stale', [page('2024-04-02')], '2024-10-31', 'stale', 1],
    ['evaluated at period end, not today', [page('2024-04-02')], '2025-06-01', 'stale', 1],
    ['update after the period end is ignored for that period', [page('2023-01-01', '2024-10-05')], '2024-10-31', 'stale', 458],
    ['no page at all: no freshness row (completeness counts it)', [], '2024-10-31', undefined, undefined],
  ]
  it.each(cases)('%s', (_n, items, today, status, daysLate) => {
    const s = run({ catalogue: [orgChart], items, today })
    const fr = rows(s, 'freshness')
    if (!status) {
      expect(fr).toEqual([])
      expect(rows(s, 'completeness')[0].status).toBe('missing')
      return
    }
    expect(fr).toHaveLength(1)
    expect(fr[0].status).toBe(status)
    expect(fr[0].daysLate).toBe(daysLate)
    expect(rows(s, 'completeness')[0].status).toBe('present')
    expect(rows(s, 'timeliness')).toEqual([])
    expectEvidenceExplainsLoss(s)
  })
})

describe('english', () => {
  it('requiresEnglish: per item in period; standing entries judge only the latest', () => {
    const s = run({
      catalogue: [decisions, orgChart],
      items: [
        doc('1', '2024-08-26', '2024-08-27', { hasEnglish: true }),
        doc('2', '2024-08-26', '2024-08-27'),
        { id: 'old', collection: 'pages', attrs: { slug: 'org' }, title: 'old', publishedOn: '2023-01-01', hasEnglish: false },
        { id: 'new', collection: 'pages', attrs: { slug: 'org' }, title: 'new', publishedOn: '2024-09-01', hasEnglish: true },
      ],
    })
    expect(rows(s, 'english').map((e) => [e.entryId, e.itemId, e.status])).toEqual([
      ['decisions', '1', 'english-ok'],
      ['decisions', '2', 'english-missing'],
      ['org', 'new', 'english-ok'],
    ])
    expect(s.byCriterion.english.score).toBe(75) // entries weigh the same: (50 + 100) / 2
    expectEvidenceExplainsLoss(s)
  })
})

describe('answers / dossiers and renormalisation', () => {
  it("'answers' with no such section is excluded and the other weights renormalised", () => {
    const s = run({ items: [doc('1', '2024-08-26', '2024-08-27', { hasEnglish: true })] })
    expect(s.byCriterion.answers).toMatchObject({ score: null, applicable: false, weight: 10, effectiveWeight: 0 })
    expect(s.byCriterion.freshness.applicable).toBe(false)
    expect(s.byCriterion.completeness.effectiveWeight).toBeCloseTo(40 / 80, 12)
    expect(s.byCriterion.timeliness.effectiveWeight).toBeCloseTo(30 / 80, 12)
    expect(s.byCriterion.english.effectiveWeight).toBeCloseTo(10 / 80, 12)
    expect(s.total).toBeCloseTo(100, 9)
    // 'dossiers' is not in the set at all
    expect(s.byCriterion.dossiers).toEqual({ score: null, weight: 0, effectiveWeight: 0, points: 0, maxPoints: 0, applicable: false })
  })

  it('answers are scored for punctuality under their own criterion, not completeness', () => {
    const ans = (id: string, createdOn: ISODate, publishedOn: ISODate): Item => ({ id, collection: 'answers', attrs: {}, title: id, createdOn, publishedOn })
    const s = run({ catalogue: [answers], items: [ans('a1', '2024-08-01', '2024-08-15'), ans('a2', '2024-08-01', '2024-08-16')] })
    // 10 working days after Thu 1 Aug = Thu 15 Aug
    expect(rows(s, 'answers').map((e) => [e.itemId, e.status, e.due])).toEqual([
      ['a1', 'on-time', '2024-08-15'],
      ['a2', 'late', '2024-08-15'],
    ])
    expect(rows(s, 'completeness')).toEqual([])
    expect(rows(s, 'timeliness')).toEqual([])
    expect(s.byCriterion.answers).toMatchObject({ score: 50, applicable: true, effectiveWeight: 1 })
    expect(s.total).toBe(50)
    expectEvidenceExplainsLoss(s)
  })
})

describe('snapshots carry their own weights', () => {
  const items = [doc('1', '2024-08-26', '2024-09-04', { hasEnglish: false })]
  it('changing the criteria set later does not alter a past snapshot', () => {
    const live: CriteriaSet = structuredClone(CRITERIA)
    const snap = run({ criteria: live, items })
    const frozen = structuredClone(snap)
    // completeness 100, timeliness 0, english 0 → 40/80 * 100
    expect(snap.total).toBeCloseTo(50, 9)

    live.version = 'v2'
    live.criteria.find((c) => c.key === 'timeliness')!.weight = 5
    const v2 = run({ criteria: live, items })
    expect(v2.criteriaVersion).toBe('v2')
    expect(v2.total).toBeCloseTo((40 / 55) * 100, 9)

    expect(snap).toEqual(frozen)
    expect(snap.criteriaVersion).toBe('v1')
    expect(snap.byCriterion.timeliness.weight).toBe(30)
    expect(snapshotTotal(snap)).toBeCloseTo(snap.total!, 9)
    expect(snapshotTotal(v2)).toBeCloseTo(v2.total!, 9)
  })
})

describe('evidence completeness on a mixed case', () => {
  it('every lost point is on an evidence row', () => {
    const s = run({
      catalogue: [decisions, budget, orgChart, councilMinutes, answers, { ...decisions, id: 'decisions-3', requiredPerPeriod: 3 }],
      items: [
        doc('1', '2024-08-26', '2024-08-30', { hasEnglish: true }),
        doc('2', '2024-08-26', '2024-09-04'),
        doc('3', '2024-07-10', '2024-07-30', { external: true }),
        { id: 'p', collection: 'pages', attrs: { slug: 'org' }, title: 'org', publishedOn: '2023-01-01' },
        { id: 'a', collection: 'answers', attrs: {}, title: 'a', createdOn: '2024-09-20', publishedOn: '2024-09-23' },
      ],
    })
    expect(s.total).toBeGreaterThan(0)
    expect(s.total).toBeLessThan(100)
    expectEvidenceExplainsLoss(s)
    expect(s.evidence.find((e) => e.itemId === '3' && e.criterion === 'timeliness')?.note).toMatch(/external system/)
  })
})

describe('validation and matching', () => {
  const bad: [string, Partial<ScoreInput<FullCalendar>>][] = [
    ['period reversed', { period: { from: '2024-10-01', to: '2024-09-30', label: 'x' } }],
    ['bad today', { today: '31/10/2024' }],
    ['negative weight', { criteria: { version: 'x', criteria: [{ key: 'completeness', weight: -1 }] } }],
    ['duplicate criterion', { criteria: { version: 'x', criteria: [{ key: 'english', weight: 1 }, { key: 'english', weight: 2 }] } }],
    ['no version', { criteria: { version: '', criteria: [] } }],
    ['bad requiredPerPeriod', { catalogue: [{ ...decisions, requiredPerPeriod: 0 }] }],
    ['bad item date', { items: [doc('1', '2024-02-30', '2024-03-01')] }],
  ]
  it.each(bad)('rejects %s', (_n, over) => {
    expect(() => run(over)).toThrow()
  })

  const m: [Item['attrs'], string, boolean][] = [
    [{ kind: 'budget-q' }, 'reports', true],
    [{ kind: 'budget-quarterly' }, 'reports', true],
    [{ kind: 'budget-annual' }, 'reports', false],
    [{}, 'reports', false],
    [{ kind: 'budget-q' }, 'documents', false],
  ]
  it.each(m)('itemMatches %j in %s → %s', (attrs, collection, ok) => {
    expect(itemMatches(budget, { id: 'x', collection, attrs, title: '', publishedOn: '2024-01-01' })).toBe(ok)
  })
})
