/** Day ranges of the scoring engine over a working-day calendar (UTC calendar days, no time zones). */
import { addDays as addCalendarDays, diffDays as calendarDiff, isISODate } from '../calendar'
import type { Calendar, ISODate } from './types'

/**
 * Calendar-day arithmetic comes from the one date module (`domain/calendar`); these names keep
 * the scoring code's conventions (`diffDays(a, b)` = b − a, the reverse of the calendar's).
 */
export const isIsoDate = (s: unknown): s is ISODate => isISODate(s)

export function assertIsoDate(s: unknown, what: string): asserts s is ISODate {
  if (!isIsoDate(s)) throw new RangeError(`${what}: expected YYYY-MM-DD, got ${JSON.stringify(s)}`)
}

export const addDays = (d: ISODate, n: number): ISODate => addCalendarDays(d, n)

/** b − a in calendar days. */
export const diffDays = (a: ISODate, b: ISODate): number => calendarDiff(b, a)

/** Working days d with from < d ≤ to (0 when to ≤ from). */
export function workingDaysAfter(from: ISODate, to: ISODate, calendar: Calendar): number {
  let n = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++
  return n
}

/** Non-working days d with from < d ≤ to, split into holidays and other days off. */
export function daysOffAfter(from: ISODate, to: ISODate, calendar: Calendar): { holidays: ISODate[]; other: number } {
  const holidays: ISODate[] = []
  let other = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) continue
    if (calendar.isHoliday?.(d)) holidays.push(d)
    else other++
  }
  return { holidays, other }
}

export const minDate = (a: ISODate, b: ISODate): ISODate => (a <= b ? a : b)
export const maxDate = (a: ISODate, b: ISODate): ISODate => (a >= b ? a : b)
