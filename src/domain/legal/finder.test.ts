import { describe, expect, it } from 'vitest'
import { findDocs, finderQueryString, parseFinderQuery, type FinderDoc } from './finder'

const docs: FinderDoc[] = [
  { id: '1', docType: 'resolution', issuer: 'hdnd', fields: ['it', 'finance'], issueDate: '2016-09-24', status: 'in-force' },
  { id: '2', docType: 'decision', issuer: 'ubnd', fields: ['it'], issueDate: '2017-03-01', status: 'in-force' },
  { id: '3', docType: 'decision', issuer: 'ubnd', fields: ['land'], issueDate: '2016-01-10', status: 'expired' },
  { id: '4', docType: 'plan', issuer: 'ubnd', fields: [], issueDate: '2017-05-05', status: 'not-yet-in-force' },
  { id: '5', docType: 'law', issuer: 'Quốc hội', fields: ['administration'], status: 'in-force' },
]
const q = (filters = {}, extra = {}) => ({ filters, sort: 'newest' as const, page: 1, ...extra })
const facet = (r: ReturnType<typeof findDocs>, f: keyof ReturnType<typeof findDocs>['facets']) =>
  Object.fromEntries(r.facets[f].map((v) => [v.value, v.count]))

describe('findDocs', () => {
  it('sorts by issue date, newest first, undated last', () => {
    expect(findDocs(docs, q()).items.map((d) => d.id)).toEqual(['4', '2', '1', '3', '5'])
    expect(findDocs(docs, q({}, { sort: 'oldest' })).items.map((d) => d.id)).toEqual(['3', '1', '2', '4', '5'])
  })

  it('filters by type and year together (AND across facets)', () => {
    const r = findDocs(docs, q({ type: ['decision'], year: ['2016'] }))
    expect(r.items.map((d) => d.id)).toEqual(['3'])
    expect(r.total).toBe(1)
  })

  it('treats values within a facet as alternatives (OR)', () => {
    expect(findDocs(docs, q({ type: ['decision', 'plan'] })).items.map((d) => d.id)).toEqual(['4', '2', '3'])
  })

  it('filters by derived status and by field', () => {
    expect(findDocs(docs, q({ status: ['expired'] })).items.map((d) => d.id)).toEqual(['3'])
    expect(findDocs(docs, q({ field: ['it'] })).items.map((d) => d.id)).toEqual(['2', '1'])
  })

  it('counts facets disjunctively', () => {
    const r = findDocs(docs, q({ type: ['decision'] }))
    // The type facet ignores its own selection: every type keeps its count.
    expect(facet(r, 'type')).toEqual({ decision: 2, resolution: 1, plan: 1, law: 1 })
    // Other facets count within the selected type only.
    expect(facet(r, 'year')).toEqual({ '2017': 1, '2016': 1 })
    expect(facet(r, 'status')).toEqual({ 'in-force': 1, expired: 1 })
    expect(r.facets.type.find((v) => v.value === 'decision')?.selected).toBe(true)
    expect(r.facets.year.map((v) => v.value)).toEqual(['2017', '2016'])
  })

  it('keeps a selected value with no hits visible with count 0', () => {
    const r = findDocs(docs, q({ type: ['plan'], year: ['2016'] }))
    expect(r.total).toBe(0)
    expect(facet(r, 'year')).toMatchObject({ '2016': 0, '2017': 1 })
  })

  it('paginates and clamps the page', () => {
    const r = findDocs(docs, q({}, { page: 2 }), 2)
    expect(r.items.map((d) => d.id)).toEqual(['1', '3'])
    expect(r.totalPages).toBe(3)
    expect(findDocs(docs, q({}, { page: 99 }), 2).page).toBe(3)
  })
})

describe('parseFinderQuery', () => {
  it('reads repeated and comma-separated values, validates years, ignores unknown params', () => {
    const parsed = parseFinderQuery({ type: ['decision', 'plan,decision'], year: ['2016', '16', 'abcd'], foo: 'x', page: '3', sort: 'oldest' })
    expect(parsed).toEqual({ filters: { type: ['decision', 'plan'], year: ['2016'] }, sort: 'oldest', page: 3 })
  })
  it('restricts values to the allowed ones and rejects odd pages', () => {
    expect(parseFinderQuery({ type: '<script>', page: '-1' }, { type: ['decision'] })).toEqual({ filters: {}, sort: 'newest', page: 1 })
  })
  it('round-trips through the query string', () => {
    const query = { filters: { type: ['decision'], year: ['2016', '2017'] }, sort: 'oldest' as const, page: 2 }
    const s = finderQueryString(query)
    expect(s).toBe('?type=decision&year=2016&year=2017&sort=oldest&page=2')
    const params: Record<string, string[]> = {}
    for (const [k, v] of new URLSearchParams(s)) (params[k] ??= []).push(v)
    expect(parseFinderQuery(params)).toEqual(query)
    expect(finderQueryString({ filters: {}, sort: 'newest', page: 1 })).toBe('')
  })
})
