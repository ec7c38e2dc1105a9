import { describe, expect, it } from 'vitest'
import { vnCalendar } from '@/domain/calendar'
import { dueDate } from '@/domain/deadlines'
import { scoreAgency, type CatalogueEntry, type Item } from '@/domain/transparency'
import { toCatalogue, toCatalogueEntry, toDeadlineRule } from './catalogue'
import { DEFAULT_WEIGHTS, nextCriteriaVersion, toCriteriaSet } from './criteria'
import { agencyItem, groupByAgency, toItem, vnDay } from './items'
import { currentPeriod, periodsToCompute } from './periods'
import { upcomingDeadlines } from './upcoming'

describe('catalogue documents → engine entries', () => {
  it('maps fields, merges repeated filter fields and drops inactive entries', () => {
    const entry = toCatalogueEntry({
      id: 1,
      key: 'budget-execution',
      category: 'budget-execution',
      title: { vi: 'Thực hiện dự toán', en: 'Budget execution' },
      appliesTo: ['provincial-committee', 'not-a-kind'],
      matcher: { collection: 'budget-disclosures', filters: [{ field: 'family', values: ['execution-q1'] }, { field: 'family', values: [' execution-6m ', ''] }] },
      deadline: { kind: 'days-after-period-end', days: 15 },
      requiredPerPeriod: 2,
      requiresEnglish: true,
    })
    expect(entry).toEqual({
      id: 'budget-execution',
      category: 'budget-execution',
      title: { vi: 'Thực hiện dự toán', en: 'Budget execution' },
      appliesTo: ['provincial-committee'],
      matcher: { collection: 'budget-disclosures', where: { family: ['execution-q1', 'execution-6m'] } },
      deadline: { kind: 'days-after-period-end', days: 15 },
      requiredPerPeriod: 2,
      requiresEnglish: true,
    })
    expect(toCatalogue([{ id: 2, key: 'x', category: 'plans', active: false }, { id: 3, key: 'y', category: 'plans', title: 'Quy hoạch' }])).toEqual([
      { id: 'y', category: 'plans', title: { vi: 'Quy hoạch', en: 'Quy hoạch' }, appliesTo: [], matcher: { collection: '' }, deadline: { kind: 'continuous' } },
    ])
  })
  it.each([
    [{ kind: 'working-days-after', days: 5 }, { kind: 'working-days-after', days: 5 }],
    [{ kind: 'on-change', days: 180 }, { kind: 'on-change', maxAgeDays: 180 }],
    [{ kind: 'continuous', days: 3 }, { kind: 'continuous' }],
    [{ kind: 'days-after', days: null }, { kind: 'days-after', days: 0 }],
    [null, { kind: 'continuous' }],
  ])('deadline %j → %j', (stored, rule) => {
    expect(toDeadlineRule(stored as never)).toEqual(rule)
  })
})

describe('criteria versions', () => {
  it('first save is v1, unchanged weights keep the version, a change bumps it', () => {
    expect(nextCriteriaVersion({}, DEFAULT_WEIGHTS)).toBe('v1')
    expect(nextCriteriaVersion({ version: 'v3', weights: DEFAULT_WEIGHTS }, { ...DEFAULT_WEIGHTS })).toBe('v3')
    expect(nextCriteriaVersion({ version: 'v3', weights: DEFAULT_WEIGHTS }, { ...DEFAULT_WEIGHTS, timeliness: 50 })).toBe('v4')
  })
  it('a stored global becomes a full criteria set (defaults fill gaps)', () => {
    const set = toCriteriaSet({ version: 'v2', weights: { completeness: 60, timeliness: null } })
    expect(set.version).toBe('v2')
    expect(set.criteria.find((c) => c.key === 'completeness')?.weight).toBe(60)
    expect(set.criteria.find((c) => c.key === 'timeliness')?.weight).toBe(DEFAULT_WEIGHTS.timeliness)
    expect(toCriteriaSet(null).version).toBe('v0-default')
  })
})

describe('portal documents → items', () => {
  it('uses the Vietnamese calendar day of a timestamp', () => {
    expect(vnDay('2026-03-05T17:30:00.000Z')).toBe('2026-03-06') // 00:30 on the 6th in Hà Tĩnh
    expect(vnDay('2026-03-05')).toBe('2026-03-05')
    expect(vnDay('garbage')).toBeUndefined()
    expect(vnDay(null)).toBeUndefined()
  })
  it('budget disclosure: family attr, issue date, period end from family + fiscal year, English from the title', () => {
    const item = toItem('budget-disclosures', {
      id: 9,
      agency: { id: 4 },
      title: { vi: 'Công khai thực hiện dự toán quý I/2026', en: null },
      family: 'execution-q1',
      fiscalYear: 2026,
      formCode: '59/CK-NSNN',
      documentDate: '2026-04-10T00:00:00.000Z',
      publishedAt: '2026-04-20T02:00:00.000Z',
      updatedAt: '2026-05-01T02:00:00.000Z',
    })
    expect(item).toEqual({
      agencyId: '4',
      id: 'budget-disclosures:9',
      collection: 'budget-disclosures',
      attrs: { family: 'execution-q1', formCode: '59/CK-NSNN' },
      title: 'Công khai thực hiện dự toán quý I/2026',
      createdOn: '2026-04-10',
      periodEnd: '2026-03-31',
      publishedOn: '2026-04-20',
      updatedOn: '2026-05-01',
      hasEnglish: false,
      // Budget year 2026: the rule in force from 2026, named (and labelled as a default) in the evidence.
      rule: expect.stringMatching(/^Thông tư 26\/2026\/TT-BTC/),
    })
  })
  it('legal document: number in the title, docType attr; undated or agency-less documents are skipped', () => {
    const item = toItem('legal-documents', { id: 1, agency: 2, number: '22/2016/NQ-HĐND', title: { vi: 'Nghị quyết', en: 'Resolution' }, docType: 'resolution', issueDate: '2026-01-05', publishedAt: '2026-01-09T01:00:00Z' })
    expect(item).toMatchObject({ title: '22/2016/NQ-HĐND — Nghị quyết', attrs: { docType: 'resolution' }, createdOn: '2026-01-05', publishedOn: '2026-01-09', hasEnglish: true })
    expect(toItem('news', { id: 1, agency: null, publishedAt: '2026-01-01' })).toBeNull()
    expect(toItem('news', { id: 1, agency: 1 })).toBeNull()
  })
  it("an agency's own record is an on-change contacts item, English when no gap", () => {
    expect(agencyItem({ id: 5, name: { vi: 'Sở A', en: 'Dept A' }, englishGaps: [], createdAt: '2025-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' })).toEqual({
      agencyId: '5', id: 'agencies:5', collection: 'agencies', attrs: { part: 'contacts' }, title: 'Sở A', publishedOn: '2025-01-01', updatedOn: '2026-02-01', hasEnglish: true,
    })
    expect(agencyItem({ id: 5, englishGaps: ['address'], createdAt: '2025-01-01T00:00:00Z' })?.hasEnglish).toBe(false)
  })
  it('groups by agency without the agencyId field', () => {
    const g = groupByAgency([agencyItem({ id: 1, createdAt: '2025-01-01' })!, agencyItem({ id: 2, createdAt: '2025-01-01' })!])
    expect([...g.keys()]).toEqual(['1', '2'])
    expect(g.get('1')![0]).not.toHaveProperty('agencyId')
  })
})

describe('periods', () => {
  it('open year, previous year, backfill to the first item (max 5 years)', () => {
    expect(currentPeriod('2026-11-29')).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' })
    expect(periodsToCompute('2026-11-29', '2024-03-01').map((p) => [p.period.label, p.mode])).toEqual([['2026', 'open'], ['2025', 'recent'], ['2024', 'backfill']])
    expect(periodsToCompute('2026-11-29', null).map((p) => p.period.label)).toEqual(['2026', '2025'])
    expect(periodsToCompute('2026-11-29', '2026-06-01').map((p) => p.period.label)).toEqual(['2026', '2025'])
    expect(periodsToCompute('2026-11-29', '2001-01-01')).toHaveLength(10)
    expect(periodsToCompute('2026-11-29', '2001-01-01', 5)).toHaveLength(5)
  })
})

// Real calendar and deadline rules: the adapter's output goes through the real engine.
const calendar = vnCalendar()
const execution: CatalogueEntry = {
  id: 'execution', category: 'budget-execution', title: { vi: 'Thực hiện dự toán', en: 'Budget execution' }, appliesTo: ['provincial-committee'],
  matcher: { collection: 'budget-disclosures', where: { family: ['execution-q1', 'execution-6m', 'execution-9m'] } },
  deadline: { kind: 'days-after-period-end', days: 15 }, requiredPerPeriod: 3,
}
const contacts: CatalogueEntry = {
  id: 'contacts', category: 'organisation', title: { vi: 'Liên hệ', en: 'Contacts' }, appliesTo: ['provincial-committee'],
  matcher: { collection: 'agencies', where: { part: 'contacts' } }, deadline: { kind: 'on-change', maxAgeDays: 180 }, requiresEnglish: true,
}
const decisions: CatalogueEntry = {
  id: 'decisions', category: 'legal-documents', title: { vi: 'Văn bản', en: 'Documents' }, appliesTo: ['provincial-committee'],
  matcher: { collection: 'legal-documents' }, deadline: { kind: 'working-days-after', days: 5 },
}

describe('adapter output through the engine', () => {
  it('a Q1 report published a day after 15 April is late, with its title as evidence; the missing 6-month report is due 15 July', () => {
    const q1: CatalogueEntry = { ...execution, id: 'q1', matcher: { collection: 'budget-disclosures', where: { family: 'execution-q1' } }, requiredPerPeriod: 1, reportPeriodEnd: '03-31' }
    const m6: CatalogueEntry = { ...q1, id: 'm6', matcher: { collection: 'budget-disclosures', where: { family: 'execution-6m' } }, reportPeriodEnd: '06-30' }
    const item = toItem('budget-disclosures', { id: 1, agency: 1, title: { vi: 'Quý I/2026' }, family: 'execution-q1', fiscalYear: 2026, publishedAt: '2026-04-16T03:00:00Z' })!
    const { agencyId: _a, ...plain } = item
    const score = scoreAgency({
      agency: { id: '1', kind: 'provincial-committee' }, catalogue: [q1, m6], criteria: toCriteriaSet(null), items: [plain], period: currentPeriod('2026-11-29'), today: '2026-11-29', calendar, dueDate,
    })
    const late = score.evidence.find((e) => e.criterion === 'timeliness')
    expect(late).toMatchObject({ entryId: 'q1', status: 'late', itemTitle: 'Quý I/2026', due: '2026-04-15', daysLate: 1, workingDaysLate: 1 })
    expect(score.byCriterion.timeliness.score).toBe(0)
    expect(score.evidence.filter((e) => e.criterion === 'completeness').map((e) => [e.entryId, e.status, e.due])).toEqual([
      ['q1', 'present', undefined],
      ['m6', 'missing', '2026-07-15'],
    ])
    expect(score.byCriterion.completeness.score).toBe(50)
  })
})

describe('upcoming deadlines (dashboard)', () => {
  const base = { agencyKind: 'provincial-committee' as const, catalogue: [execution, contacts, decisions], horizonDays: 7, calendar, dueDate }
  it('the 9-month report is due 15 October: listed in the week before, not after it was published', () => {
    const up = upcomingDeadlines({ ...base, items: [], pending: [], today: '2026-10-09' })
    expect(up.filter((u) => !u.overdue).map((u) => [u.entryId, u.due, u.kind])).toEqual([['execution', '2026-10-15', 'report']])
    // Q1 and 6M of 2026 are overdue and stay listed, as does 2025's 9-month report (within a year)
    expect(up.filter((u) => u.overdue).map((u) => u.due)).toEqual(['2025-10-15', '2026-04-15', '2026-07-15'])
    const published: Item = { id: 'b', collection: 'budget-disclosures', attrs: { family: 'execution-9m' }, title: '9T', periodEnd: '2026-09-30', publishedOn: '2026-10-12' }
    expect(upcomingDeadlines({ ...base, items: [published], pending: [], today: '2026-10-13' }).filter((u) => !u.overdue)).toEqual([])
  })
  it('overdue reports stay listed; contacts expiring within the horizon; an issued draft with its deadline', () => {
    const org: Item = { id: 'a', collection: 'agencies', attrs: { part: 'contacts' }, title: 'UBND', publishedOn: '2026-01-01', updatedOn: '2026-05-10' }
    const draft: Item = { id: 'd', collection: 'legal-documents', attrs: {}, title: 'QĐ 12/2026', createdOn: '2026-11-03', publishedOn: '2026-11-03' }
    const up = upcomingDeadlines({ ...base, items: [org], pending: [draft], today: '2026-11-04' })
    // Q1/6M/9M of 2026 were all due already and nothing is published; 2025's too (kept within a year)
    expect(up.filter((u) => u.kind === 'report').every((u) => u.overdue)).toBe(true)
    expect(up.find((u) => u.kind === 'refresh')).toMatchObject({ entryId: 'contacts', due: '2026-11-06', overdue: false })
    // issued Tue 3 Nov → 5 working days → Tue 10 Nov
    expect(up.find((u) => u.kind === 'draft')).toMatchObject({ entryId: 'decisions', due: '2026-11-10', itemTitle: 'QĐ 12/2026' })
  })
  it('entries for other agency kinds are ignored', () => {
    expect(upcomingDeadlines({ ...base, agencyKind: 'commune', items: [], pending: [], today: '2026-10-09' })).toEqual([])
  })
})
