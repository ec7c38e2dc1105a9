/**
 * The scoring engine's names for the calendar module's day arithmetic and ranges
 * (`domain/calendar`); nothing is computed here. `diffDays(a, b)` = b − a, the reverse of the
 * calendar's argument order, as the engine has always counted.
 */
import { addDays as addCalendarDays, daysOffBetween, diffDays as calendarDiff, earlierDay, isISODate, laterDay, workingDaysBetween } from '../calendar'
import type { ISODate } from './types'

export const isIsoDate = (s: unknown): s is ISODate => isISODate(s)

export function assertIsoDate(s: unknown, what: string): asserts s is ISODate {
  if (!isIsoDate(s)) throw new RangeError(`${what}: expected YYYY-MM-DD, got ${JSON.stringify(s)}`)
}

export const addDays = (d: ISODate, n: number): ISODate => addCalendarDays(d, n)

/** b − a in calendar days. */
export const diffDays = (a: ISODate, b: ISODate): number => calendarDiff(b, a)

/** Working days d with from < d ≤ to (0 when to ≤ from). */
export const workingDaysAfter = workingDaysBetween
/** Non-working days d with from < d ≤ to, split into holidays and other days off. */
export const daysOffAfter = daysOffBetween
export const minDate = earlierDay
export const maxDate = laterDay
