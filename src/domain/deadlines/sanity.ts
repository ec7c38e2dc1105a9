import { isBudgetReportFamily, periodEnd } from './budget'

/**
 * Deadline sanity: a report about a period cannot be dated before that period ends
 * (a full-year execution report dated in November is a typo or the wrong family). Returns the
 * period end the document date precedes, or null when the dates are plausible or unknown.
 */
export function reportDatedBeforePeriodEnd(input: { family?: unknown; fiscalYear?: unknown; documentDate?: unknown }): string | null {
  const { family, fiscalYear, documentDate } = input
  if (!isBudgetReportFamily(family) || typeof fiscalYear !== 'number' || !Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999) return null
  if (typeof documentDate !== 'string') return null
  const day = vietnamDay(documentDate)
  const end = periodEnd(family, fiscalYear)
  if (!day || !end) return null
  return day < end ? end : null
}

/** The calendar day in Việt Nam of a stored date (`2026-11-30T17:00:00Z` → `2026-12-01`). */
function vietnamDay(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}
