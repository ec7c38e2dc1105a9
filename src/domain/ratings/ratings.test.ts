import { describe, expect, it } from 'vitest'
import { countedRatings, lowRated, monthlyTrend, SATISFACTION_SCALE, summarize, visitorKey, vnDay, type RatingRow } from '.'

describe('visitorKey: one counted rating per visitor per item per day, nothing in the clear', () => {
  const k = (day: string, addr: string, item: string, secret = 's3cret') => visitorKey(secret, day, addr, item)
  it('is stable within a day for the same visitor and item', () => expect(k('2026-12-03', '203.0.113.7', 'news:1')).toBe(k('2026-12-03', '203.0.113.7', 'news:1')))
  it.each([
    ['another day', ['2026-12-04', '203.0.113.7', 'news:1']],
    ['another visitor', ['2026-12-03', '203.0.113.8', 'news:1']],
    ['another item', ['2026-12-03', '203.0.113.7', 'news:2']],
  ] as const)('differs for %s', (_n, args) => expect(k(args[0], args[1], args[2])).not.toBe(k('2026-12-03', '203.0.113.7', 'news:1')))
  it('depends on the secret and does not contain the address', () => {
    const key = k('2026-12-03', '203.0.113.7', 'news:1')
    expect(key).not.toBe(k('2026-12-03', '203.0.113.7', 'news:1', 'other'))
    expect(key).not.toContain('203')
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
  it('refuses an empty secret', () => expect(() => k('2026-12-03', 'a', 'b', '')).toThrow())
  it.each([
    ['2026-12-03T16:59:59Z', '2026-12-03'],
    ['2026-12-03T17:00:00Z', '2026-12-04'],
  ])('Việt Nam day of %s is %s', (at, day) => expect(vnDay(new Date(at))).toBe(day))
})

const row = (key: string, item: string, day: string, at: string, useful?: boolean, score?: number): RatingRow => ({ key, item, day, at, useful, score })

describe('countedRatings + summarize', () => {
  it.each([
    ['a second try the same day replaces the first', [row('k1', 'a', '2026-12-03', '1', true), row('k1', 'a', '2026-12-03', '2', false)], { votes: 1, yes: 0, no: 1 }],
    ['two visitors count twice', [row('k1', 'a', 'd', '1', true), row('k2', 'a', 'd', '2', true)], { votes: 2, yes: 2, no: 0 }],
    ['the same visitor the next day counts again (new key)', [row('k1', 'a', 'd1', '1', true), row('k9', 'a', 'd2', '2', true)], { votes: 2, yes: 2, no: 0 }],
    ['nothing', [], { votes: 0, yes: 0, no: 0, usefulShare: null }],
  ] as const)('%s', (_n, rows, expected) => expect(summarize(countedRatings(rows))).toMatchObject(expected))
  it('scores: mean and satisfied share', () => {
    expect(summarize([row('1', 'a', 'd', '1', undefined, 5), row('2', 'a', 'd', '1', undefined, 4), row('3', 'a', 'd', '1', undefined, 1)])).toMatchObject({ scored: 3, meanScore: 3.33, satisfiedShare: 2 / 3, usefulShare: null })
  })
  it('the satisfaction scale runs 5..1 with both languages', () => {
    expect(SATISFACTION_SCALE.map((l) => l.value)).toEqual([5, 4, 3, 2, 1])
    for (const l of SATISFACTION_SCALE) expect(l.vi && l.en).toBeTruthy()
  })
})

describe('monthlyTrend and lowRated', () => {
  const rows = [
    row('1', 'news:1', '2026-11-02', '1', false),
    row('2', 'news:1', '2026-11-03', '1', false),
    row('3', 'news:1', '2026-12-01', '1', true),
    row('4', 'news:2', '2026-12-01', '1', false),
    row('5', 'doc:7', '2026-12-01', '1', false),
    row('6', 'doc:7', '2026-12-01', '1', false),
    row('7', 'doc:7', '2026-12-02', '1', false),
  ]
  it('groups by month in order', () => expect(monthlyTrend(rows).map((m) => [m.month, m.summary.votes])).toEqual([['2026-11', 2], ['2026-12', 5]]))
  it('lists items under the threshold with enough votes, worst first', () => {
    expect(lowRated(rows).map((r) => r.item)).toEqual(['doc:7', 'news:1'])
    expect(lowRated(rows, { minVotes: 1 }).map((r) => r.item)).toEqual(['doc:7', 'news:2', 'news:1'])
    expect(lowRated(rows, { threshold: 0.2 }).map((r) => r.item)).toEqual(['doc:7'])
  })
})

describe('toCsv', () => {
  it('quotes, defuses formulas, BOM and CRLF', async () => {
    const { toCsv } = await import('.')
    expect(toCsv([['a', 'b,c'], ['=SUM(A1)', 3, null]])).toBe('\uFEFFa,"b,c"\r\n\'=SUM(A1),3,\r\n')
  })
})
