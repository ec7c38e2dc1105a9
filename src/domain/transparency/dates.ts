/** Minimal ISO calendar-day arithmetic (UTC, no time zones involved). */
import type { Calendar, ISODate } from './types'

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY = 86_400_000

export function isIsoDate(s: unknown): s is ISODate {
  if (typeof s !== 'string') return false
  const m = ISO_RE.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1
}

export function assertIsoDate(s: unknown, what: string): asserts s is ISODate {
  if (!isIsoDate(s)) throw new RangeError(`${what}: expected YYYY-MM-DD, got ${JSON.stringify(s)}`)
}

function toMs(d: ISODate): number {
  return Date.parse(`${d}T00:00:00Z`)
}

export function addDays(d: ISODate, n: number): ISODate {
  return new Date(toMs(d) + n * DAY).toISOString().slice(0, 10)
}

/** b − a in calendar days. */
export function diffDays(a: ISODate, b: ISODate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY)
}

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
