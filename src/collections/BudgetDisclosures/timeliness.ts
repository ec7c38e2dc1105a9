/**
 * Statutory deadline and punctuality of one budget disclosure, computed (never typed) from its
 * report family, fiscal year, the issue date of the underlying document and the publication date.
 * Pure: the calendar (default VN holidays merged with the admin's list) is passed in.
 */
import { toISODate, type ISODate, type WorkingCalendar } from '@/domain/calendar'
import { budgetDeadline, isBudgetReportFamily, punctuality } from '@/domain/deadlines'

export interface DisclosureDates {
  family?: string | null
  fiscalYear?: number | null
  /** Issue date of the underlying document (ISO date or date-time). */
  documentDate?: string | null
  /** Publication on the portal (ISO date-time); null while unpublished. */
  publishedAt?: string | null
}

export interface Timeliness {
  /** The date counted from (issue date or end of the reporting period). */
  countedFrom: ISODate | null
  /** Last on-time publication day; null when an input the rule needs is missing. */
  dueDate: ISODate | null
  /** Null until published (or when the due date is unknown). */
  onTime: boolean | null
  /** Calendar days after the due date; 0 when on time, null until published. */
  daysLate: number | null
}

/**
 * The calendar day in Viet Nam of a stored timestamp. Payload stores dates as UTC instants: a
 * date picked as "05/01/2018" in Hà Tĩnh is 2018-01-04T17:00Z, which must count as 5 January.
 */
export function vnDay(value: string | Date | null | undefined): ISODate | null {
  if (!value) return null
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) return null
  return toISODate(d)
}

export function disclosureTimeliness(input: DisclosureDates, calendar: WorkingCalendar): Timeliness {
  const none: Timeliness = { countedFrom: null, dueDate: null, onTime: null, daysLate: null }
  if (!isBudgetReportFamily(input.family)) return none
  const fiscalYear = typeof input.fiscalYear === 'number' && Number.isInteger(input.fiscalYear) && input.fiscalYear >= 1000 && input.fiscalYear <= 9999 ? input.fiscalYear : null
  const deadline = budgetDeadline(input.family, { issuedOn: vnDay(input.documentDate), fiscalYear }, calendar)
  if (!deadline.due) return { ...none, countedFrom: deadline.countedFrom }
  const published = vnDay(input.publishedAt)
  if (!published) return { countedFrom: deadline.countedFrom, dueDate: deadline.due, onTime: null, daysLate: null }
  const p = punctuality(deadline.due, published, calendar)
  return { countedFrom: deadline.countedFrom, dueDate: deadline.due, onTime: p.onTime, daysLate: p.daysLate }
}
