import { describe, expect, it } from 'vitest'
import { splitDue } from './dueLists'

describe('due soon vs overdue', () => {
  const today = '2026-12-03'
  it.each([
    // due → list
    ['2026-12-03', 'dueSoon'], // due today, not yet missed
    ['2026-12-04', 'dueSoon'],
    ['2026-12-10', 'dueSoon'], // the 7th day
    ['2026-12-11', 'none'], // beyond the horizon
    ['2026-12-02', 'overdue'],
    ['2026-01-31', 'overdue'],
  ])('%s → %s', (due, list) => {
    const { dueSoon, overdue } = splitDue([{ due }], today)
    expect(dueSoon.length ? 'dueSoon' : overdue.length ? 'overdue' : 'none').toBe(list)
  })

  it('keeps each list in date order', () => {
    const { dueSoon, overdue } = splitDue([{ due: '2026-12-09' }, { due: '2026-11-01' }, { due: '2026-12-04' }, { due: '2026-10-15' }], today)
    expect(dueSoon.map((r) => r.due)).toEqual(['2026-12-04', '2026-12-09'])
    expect(overdue.map((r) => r.due)).toEqual(['2026-10-15', '2026-11-01'])
  })
})
