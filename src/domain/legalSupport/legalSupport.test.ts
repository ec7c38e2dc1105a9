import { describe, expect, it } from 'vitest'
import { fieldQuery, lawRelated, mostLinked, parseFieldFilter } from '.'

const FIELDS = ['land', 'investment', 'labour']

describe('field filter', () => {
  it.each([
    [{}, {}],
    [{ field: 'land' }, { field: 'land' }],
    [{ field: ['investment', 'land'] }, { field: 'investment' }],
    [{ field: 'unknown' }, {}],
    [{ field: '' }, {}],
    [{ page: '2' }, {}],
  ])('%j → %j', (raw, expected) => {
    expect(parseFieldFilter(raw, FIELDS)).toEqual(expected)
  })

  it('canonical query strings', () => {
    expect(fieldQuery({})).toBe('')
    expect(fieldQuery({ field: 'land' })).toBe('?field=land')
  })
})

describe('documents most asked about', () => {
  const visible = new Set(['a', 'b', 'c', 'd'])
  it('counts answers and guides together, each once per document', () => {
    const ranked = mostLinked(
      [
        { kind: 'guide', documents: ['b', 'b', 'c'] },
        { kind: 'answer', documents: ['a'] },
        { kind: 'answer', documents: ['c', 'a'] },
        { kind: 'guide', documents: ['a'] },
      ],
      visible,
      10,
    )
    expect(ranked).toEqual([
      { id: 'a', answers: 2, guides: 1 },
      { id: 'c', answers: 1, guides: 1 },
      { id: 'b', answers: 0, guides: 1 },
    ])
  })

  it('a tie goes to the document more people asked about, then to the one cited first', () => {
    const ranked = mostLinked(
      [
        { kind: 'guide', documents: ['b'] },
        { kind: 'guide', documents: ['c'] },
        { kind: 'answer', documents: ['d'] },
      ],
      visible,
      10,
    )
    expect(ranked.map((r) => r.id)).toEqual(['d', 'b', 'c'])
  })

  it('leaves out documents that are not published, and stops at the limit', () => {
    const citing = [{ kind: 'answer' as const, documents: ['hidden', 'a', 'b', 'c'] }]
    expect(mostLinked(citing, visible, 2).map((r) => r.id)).toEqual(['a', 'b'])
    expect(mostLinked(citing, visible, 0)).toEqual([])
    expect(mostLinked([], visible, 5)).toEqual([])
  })
})

describe('law-related answers', () => {
  const answers = [
    { slug: '1', field: 'land', documents: ['a'] },
    { slug: '2', field: 'land', documents: [] },
    { slug: '3', field: 'investment', documents: ['b'] },
    { slug: '4', field: null, documents: ['c'] },
  ]
  it('only answers citing a legal document, of the chosen field', () => {
    expect(lawRelated(answers, {}, 10).map((a) => a.slug)).toEqual(['1', '3', '4'])
    expect(lawRelated(answers, { field: 'land' }, 10).map((a) => a.slug)).toEqual(['1'])
    expect(lawRelated(answers, { field: 'labour' }, 10)).toEqual([])
    expect(lawRelated(answers, {}, 2).map((a) => a.slug)).toEqual(['1', '3'])
  })
})
