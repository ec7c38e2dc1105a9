import { describe, expect, it } from 'vitest'
import { provinceAverage, rankAgencies, type Rankable } from './rank'
import type { CriterionKey, CriterionResult } from './types'

const r = (agencyId: string, total: number | null): Rankable => ({ agencyId, total })

describe('rankAgencies', () => {
  type Case = [string, Rankable[], [string, number | null][], number?]
  const cases: Case[] = [
    ['simple order', [r('a', 70), r('b', 90), r('c', 80)], [['b', 1], ['c', 2], ['a', 3]]],
    ['ties share a rank, next rank skips (1,2,2,4)', [r('a', 80), r('b', 90), r('c', 80), r('d', 70)], [['b', 1], ['a', 2], ['c', 2], ['d', 4]]],
    ['tie at the top', [r('x', 95), r('y', 95), r('z', 10)], [['x', 1], ['y', 1], ['z', 3]]],
    ['equal after rounding to 1 decimal ties', [r('a', 80.04), r('b', 79.96), r('c', 79.94)], [['a', 1], ['b', 1], ['c', 3]]],
    ['precision 2 separates them', [r('a', 80.04), r('b', 79.96)], [['a', 1], ['b', 2]], 2],
    ['null totals last, unranked', [r('n', null), r('a', 0), r('m', null)], [['a', 1], ['m', null], ['n', null]]],
    ['empty', [], []],
  ]
  it.each(cases)('%s', (_n, scores, expected, precision) => {
    const out = rankAgencies(scores, precision === undefined ? {} : { precision })
    expect(out.map((s) => [s.agencyId, s.rank])).toEqual(expected)
  })
  it('keeps the snapshot fields and does not mutate input', () => {
    const input = [{ agencyId: 'a', total: 1, extra: 'keep' }]
    const out = rankAgencies(input)
    expect(out).toEqual([{ agencyId: 'a', total: 1, extra: 'keep', rank: 1 }])
    expect(input[0]).not.toHaveProperty('rank')
  })
  it('refuses to mix criteria versions or periods', () => {
    expect(() => rankAgencies([{ ...r('a', 1), criteriaVersion: 'v1' }, { ...r('b', 2), criteriaVersion: 'v2' }])).toThrow(/criteria versions/)
    expect(() =>
      rankAgencies([
        { ...r('a', 1), period: { from: '2024-01-01', to: '2024-03-31' } },
        { ...r('b', 2), period: { from: '2024-04-01', to: '2024-06-30' } },
      ]),
    ).toThrow(/periods/)
  })
})

describe('provinceAverage', () => {
  const crit = (score: number | null): CriterionResult => ({ score, weight: 1, effectiveWeight: score === null ? 0 : 0.5, points: 0, maxPoints: 0, applicable: score !== null })
  const by = (c: number | null, a: number | null) =>
    ({ completeness: crit(c), timeliness: crit(null), freshness: crit(null), english: crit(null), answers: crit(a), dossiers: crit(null) }) as Record<CriterionKey, CriterionResult>
  it('averages totals over scored agencies and criteria where applicable', () => {
    expect(provinceAverage([
      { total: 80, byCriterion: by(100, 60) },
      { total: 60, byCriterion: by(50, null) },
      { total: null, byCriterion: by(null, null) },
    ])).toEqual({ total: 70, byCriterion: { completeness: 75, answers: 60 }, count: 2 })
  })
  it('empty', () => {
    expect(provinceAverage([])).toEqual({ total: null, byCriterion: {}, count: 0 })
  })
})
