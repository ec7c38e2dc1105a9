import { describe, expect, it } from 'vitest'
import { capitalBounds, hasActiveFilters, parseProjectFilters, projectFiltersQuery } from './filters'

describe('parseProjectFilters', () => {
  it('keeps known values', () => {
    expect(parseProjectFilters({ sector: 'energy', area: 'south', zone: 'vung-ang', capital: 'over-10000b', status: 'calling', page: '2' })).toEqual({
      sector: 'energy',
      area: 'south',
      zone: 'vung-ang',
      capital: 'over-10000b',
      status: 'calling',
      page: 2,
    })
  })
  it('drops unknown, malformed and hostile values', () => {
    expect(parseProjectFilters({ sector: 'weapons', area: 'mars', zone: '<script>', capital: '1e9', status: 'x', page: '-3' })).toEqual({ page: 1 })
    expect(parseProjectFilters({ page: '1.5' })).toEqual({ page: 1 })
    expect(parseProjectFilters({ page: '99999' })).toEqual({ page: 1 })
  })
  it('takes the first of repeated parameters', () => {
    expect(parseProjectFilters({ sector: ['tourism', 'energy'] }).sector).toBe('tourism')
  })
})

describe('projectFiltersQuery', () => {
  it('round-trips through the parser', () => {
    const f = { sector: 'tourism' as const, capital: '500b-2000b' as const, page: 3 }
    const q = projectFiltersQuery(f)
    expect(q).toBe('?sector=tourism&capital=500b-2000b&page=3')
    expect(parseProjectFilters(Object.fromEntries(new URLSearchParams(q)))).toEqual(f)
  })
  it('is empty without filters', () => {
    expect(projectFiltersQuery({ page: 1 })).toBe('')
    expect(hasActiveFilters({ page: 4 })).toBe(false)
    expect(hasActiveFilters({ page: 1, status: 'licensed' })).toBe(true)
  })
})

describe('capitalBounds', () => {
  it('brackets are contiguous, in millions of VND', () => {
    expect(capitalBounds('under-500b')).toEqual({ min: 0, max: 500_000 })
    expect(capitalBounds('500b-2000b').min).toBe(capitalBounds('under-500b').max)
    expect(capitalBounds('over-10000b').max).toBeNull()
  })
})
