import { describe, expect, it } from 'vitest'
import { editDistance, rankCorrections } from './spell'

describe('editDistance', () => {
  it.each([
    ['quyet', 'quyet', 0],
    ['quyat', 'quyet', 1],
    ['quet', 'quyet', 1],
    ['qyuet', 'quyet', 2],
    ['abc', 'xyzabc', 3],
  ])('%s ~ %s', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3))
  })
  it('prefers closer, then more frequent terms', () => {
    const c = rankCorrections(
      'sachh',
      [
        { term: 'sach', df: 5, display: 'sách' },
        { term: 'sanh', df: 50, display: 'sảnh' },
        { term: 'sachhh', df: 500, display: null },
        { term: 'sachh', df: 900, display: null }, // the term itself
        { term: 'xachh', df: 1, display: null }, // not more frequent than the typed term
      ],
      1,
    )
    // distance 1: sachhh (df 500) before sach (df 5); then distance 2: sanh
    expect(c.map((e) => e.term)).toEqual(['sachhh', 'sach', 'sanh'])
  })
})
