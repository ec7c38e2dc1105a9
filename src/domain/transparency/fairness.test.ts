import { describe, expect, it } from 'vitest'
import { vnCalendar } from '../calendar'
import { budgetDeadline, budgetRuleName, budgetRuleSetFor, dueDate } from '../deadlines'
import { provinceAverage } from './rank'
import { roundScore } from './round'
import { scoreAgency } from './score'
import type { CatalogueEntry, CriteriaSet, Item, Period } from './types'

const calendar = vnCalendar()
const criteria: CriteriaSet = { version: 'v1', criteria: [{ key: 'completeness', weight: 60 }, { key: 'timeliness', weight: 40 }] }
const approved: CatalogueEntry = {
  id: 'budget-estimate-approved',
  category: 'budget',
  title: { vi: 'Dự toán được HĐND quyết định', en: 'Approved budget estimate' },
  appliesTo: ['department'],
  matcher: { collection: 'budget-disclosures', where: { family: 'estimate-approved' } },
  deadline: { kind: 'days-after', days: 30 },
}
const year = (y: number): Period => ({ from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) })
const item = (createdOn: string, publishedOn: string, rule?: string): Item => ({
  id: `budget-disclosures:${createdOn}`,
  collection: 'budget-disclosures',
  attrs: { family: 'estimate-approved' },
  title: `Dự toán ${createdOn}`,
  createdOn,
  publishedOn,
  ...(rule ? { rule } : {}),
})
const score = (y: number, items: Item[], obligationsFrom?: string) =>
  scoreAgency({ agency: { id: 'stc', kind: 'department', obligationsFrom }, catalogue: [approved], criteria, items, period: year(y), today: '2026-12-03', calendar, dueDate })

describe('no data is not a zero', () => {
  it('a year before the agency’s obligations start has no score at all, not 0', () => {
    const s = score(2023, [], '2026-03-01')
    expect(s.total).toBeNull()
    expect(s.noData).toBe('before-obligations')
    expect(Object.values(s.byCriterion).every((c) => c.score === null && !c.applicable)).toBe(true)
    expect(s.evidence).toEqual([])
  })
  it('the same year once obligations have started is a real 0 (nothing published)', () => {
    const s = score(2023, [], '2022-01-01')
    expect(s.total).toBe(0)
    expect(s.noData).toBeUndefined()
  })
  it('years with no data stay out of the province average (no 0 → 100 jump)', () => {
    const none = score(2023, [], '2026-03-01')
    const good = score(2023, [item('2023-01-05', '2023-01-20')])
    expect(good.total).toBe(100)
    expect(provinceAverage([none, good])).toMatchObject({ total: 100, count: 1 })
  })
})

describe('timeliness wherever a deadline and a publication date exist', () => {
  it('dated budget disclosures are assessed on time / late, naming the rule applied', () => {
    const s = score(2019, [item('2019-01-02', '2019-02-20', 'Thông tư 343/2016/TT-BTC')])
    expect(s.byCriterion.timeliness.applicable).toBe(true)
    const row = s.evidence.find((e) => e.criterion === 'timeliness')!
    expect(row).toMatchObject({ status: 'late', rule: 'Thông tư 343/2016/TT-BTC' })
  })
})

describe('figures rounded once', () => {
  it('stores 60, not 59.99999999999999, and the page / CSV rounding of it changes nothing', () => {
    const raw = {
      ...score(2026, []),
      total: 59.99999999999999,
      evidence: [{ entryId: 'x', criterion: 'completeness' as const, status: 'missing' as const, pointsLost: 40.000000000000004 }],
    }
    const r = roundScore(raw)
    expect(r.total).toBe(60)
    expect(r.evidence[0]!.pointsLost).toBe(40)
    expect(Math.round(r.total! * 10) / 10).toBe(r.total)
  })
  it.each([
    [12.345, 12.3],
    [12.35, 12.4],
    [null, null],
  ])('%s → %s', (input, expected) => expect(roundScore({ ...score(2026, []), total: input }).total).toBe(expected))
})

describe('budget disclosure rule by budget year', () => {
  it.each([
    [2017, 'tt343-2016'],
    [2024, 'tt343-2016'],
    [2025, 'tt343-2016'],
    [2026, 'tt26-2026'],
    [2027, 'tt26-2026'],
  ])('budget year %i → %s', (fy, id) => expect(budgetRuleSetFor(fy).id).toBe(id))
  it('names the rule applied in the deadline; the 2026 rule is labelled as a default', () => {
    expect(budgetDeadline('execution-q1', { fiscalYear: 2025 }, calendar).ruleSet?.id).toBe('tt343-2016')
    expect(budgetDeadline('execution-q1', { fiscalYear: 2026 }, calendar).ruleSet?.id).toBe('tt26-2026')
    expect(budgetRuleName(2025, 'en')).toBe('Circular 343/2016/TT-BTC')
    expect(budgetRuleName(2026, 'vi')).toMatch(/^Thông tư 26\/2026\/TT-BTC .*Mặc định.*73\/2026\/NĐ-CP/)
  })
})
