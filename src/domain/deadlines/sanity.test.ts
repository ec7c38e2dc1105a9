import { describe, expect, it } from 'vitest'
import { reportDatedBeforePeriodEnd } from './sanity'

describe('a report dated before its period ends', () => {
  it.each([
    // family, fiscal year, document date → warning (period end) or null
    ['execution-year', 2026, '2026-11-20', '2026-12-31'],
    ['execution-year', 2026, '2026-12-30T17:00:00.000Z', null], // 31/12 in Việt Nam: the last day
    ['execution-year', 2026, '2026-12-29T17:00:00.000Z', '2026-12-31'], // 30/12 in Việt Nam
    ['execution-year', 2026, '2027-01-15', null],
    ['execution-6m', 2026, '2026-06-01', '2026-06-30'],
    ['execution-6m', 2026, '2026-07-10', null],
    ['execution-q1', 2026, '2026-03-30T17:00:00.000Z', null], // 31/03 local
    ['estimate-approved', 2026, '2025-12-10', null], // estimates are not about a past period
    ['execution-year', undefined, '2026-11-20', null],
    ['execution-year', 2026, null, null],
    ['execution-year', 2026, 'not a date', null],
    ['not-a-family', 2026, '2026-01-01', null],
  ])('%s %s dated %s → %s', (family, fiscalYear, documentDate, expected) => {
    expect(reportDatedBeforePeriodEnd({ family, fiscalYear, documentDate })).toBe(expected)
  })
})
