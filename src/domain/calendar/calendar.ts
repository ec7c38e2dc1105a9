/**
 * Working-day calendar for Vietnamese state agencies.
 *
 * A day is a working day when
 *   1. it is listed in `extraWorkingDays` (a decreed make-up Saturday) — this wins over
 *      everything, because a decree ordering work on that date is explicit; otherwise
 *   2. it is not a Saturday/Sunday and not a holiday.
 */
import { addDays as addCalendarDays, compareISO, isISODate, isWeekend, type ISODate } from './dates'
import { VN_HOLIDAYS, VN_MAKEUP_WORKING_DAYS } from './holidays'

export interface CalendarOptions {
  /**
   * The complete holiday list (it REPLACES the default `VN_HOLIDAYS`). To extend the
   * defaults with admin-entered dates pass `[...VN_HOLIDAYS, ...adminDates]`, or use
   * `extendDefaults`.
   */
  holidays?: readonly { date: ISODate }[]
  /** Make-up working days (replaces the default `VN_MAKEUP_WORKING_DAYS`). */
  extraWorkingDays?: readonly ISODate[]
}

export interface WorkingCalendar {
  isWorkingDay(d: ISODate): boolean
  isHoliday(d: ISODate): boolean
  /**
   * `n >= 0`: the n-th working day strictly after `d` (`n = 0` returns `d` unchanged,
   * even if `d` itself is not a working day). `n < 0`: the |n|-th working day before `d`.
   */
  addWorkingDays(d: ISODate, n: number): ISODate
  /** Calendar-day addition (`n` may be negative). */
  addDays(d: ISODate, n: number): ISODate
  /**
   * Number of working days in the half-open interval (from, to]. Antisymmetric:
   * when `to < from` the result is minus the count in (to, from].
   */
  workingDaysBetween(from: ISODate, to: ISODate): number
  /** The first working day on or after `d`. */
  nextWorkingDayOnOrAfter(d: ISODate): ISODate
}

function validated(dates: Iterable<string>, what: string): Set<string> {
  const set = new Set<string>()
  for (const d of dates) {
    if (!isISODate(d)) throw new RangeError(`${what}: invalid ISO date ${JSON.stringify(d)}`)
    set.add(d)
  }
  return set
}

export function createCalendar(opts: CalendarOptions = {}): WorkingCalendar {
  const holidays = validated((opts.holidays ?? VN_HOLIDAYS).map((h) => h.date), 'holidays')
  const extra = validated(
    opts.extraWorkingDays ?? VN_MAKEUP_WORKING_DAYS.map((m) => m.date),
    'extraWorkingDays',
  )

  const isHoliday = (d: ISODate): boolean => {
    if (!isISODate(d)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(d)}`)
    return holidays.has(d)
  }
  const isWorkingDay = (d: ISODate): boolean => {
    if (!isISODate(d)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(d)}`)
    if (extra.has(d)) return true
    return !isWeekend(d) && !holidays.has(d)
  }

  const addWorkingDays = (d: ISODate, n: number): ISODate => {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`)
    if (!isISODate(d)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(d)}`)
    const step = n < 0 ? -1 : 1
    let remaining = Math.abs(n)
    let cur = d
    while (remaining > 0) {
      cur = addCalendarDays(cur, step)
      if (isWorkingDay(cur)) remaining--
    }
    return cur
  }

  const workingDaysBetween = (from: ISODate, to: ISODate): number => {
    const cmp = compareISO(from, to)
    if (cmp === 0) return 0
    if (cmp > 0) return -workingDaysBetween(to, from)
    let count = 0
    for (let cur = addCalendarDays(from, 1); cur <= to; cur = addCalendarDays(cur, 1)) {
      if (isWorkingDay(cur)) count++
    }
    return count
  }

  const nextWorkingDayOnOrAfter = (d: ISODate): ISODate => {
    let cur = d
    while (!isWorkingDay(cur)) cur = addCalendarDays(cur, 1)
    return cur
  }

  return {
    isWorkingDay,
    isHoliday,
    addWorkingDays,
    addDays: addCalendarDays,
    workingDaysBetween,
    nextWorkingDayOnOrAfter,
  }
}

/**
 * Convenience for the portal: default VN holidays/make-up days plus admin-entered ones.
 * Admin `removedHolidays` lets an editor cancel a provisional default date.
 */
export function extendDefaults(admin: {
  holidays?: readonly { date: ISODate }[]
  extraWorkingDays?: readonly ISODate[]
  removedHolidays?: readonly ISODate[]
}): Required<CalendarOptions> {
  const removed = new Set(admin.removedHolidays ?? [])
  return {
    holidays: [...VN_HOLIDAYS, ...(admin.holidays ?? [])].filter((h) => !removed.has(h.date)),
    extraWorkingDays: [...VN_MAKEUP_WORKING_DAYS.map((m) => m.date), ...(admin.extraWorkingDays ?? [])],
  }
}

let defaultCalendar: WorkingCalendar | undefined
/** A shared calendar with the built-in Vietnamese holidays (lazily created). */
export function vnCalendar(): WorkingCalendar {
  defaultCalendar ??= createCalendar()
  return defaultCalendar
}
