/** Day ranges over a working-day calendar (calendar days, no time zones). */
import { addDays, type ISODate } from './dates'

/** What a range needs to know about a day: any WorkingCalendar, or a scoring engine's calendar. */
export interface DayKinds {
  isWorkingDay(d: ISODate): boolean
  isHoliday?(d: ISODate): boolean
}

/** Working days d with from < d ≤ to (0 when to ≤ from). */
export function workingDaysBetween(from: ISODate, to: ISODate, calendar: DayKinds): number {
  let n = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++
  return n
}

/** Non-working days d with from < d ≤ to, split into holidays and other days off. */
export function daysOffBetween(from: ISODate, to: ISODate, calendar: DayKinds): { holidays: ISODate[]; other: number } {
  const holidays: ISODate[] = []
  let other = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) continue
    if (calendar.isHoliday?.(d)) holidays.push(d)
    else other++
  }
  return { holidays, other }
}

export const earlierDay = (a: ISODate, b: ISODate): ISODate => (a <= b ? a : b)
export const laterDay = (a: ISODate, b: ISODate): ISODate => (a >= b ? a : b)
