/**
 * Statutory disclosure deadlines.
 *
 * Generic part: a `DeadlineRule` is data; `dueDate` evaluates any rule against a
 * calendar. Budget part: `BUDGET_DEADLINE_RULES` maps each budget report family to its
 * rule and legal basis (State Budget Law 83/2015/QH13 art. 15; Circular 343/2016/TT-BTC).
 *
 * Counting convention (Civil Code 2015 arts. 147–148):
 * - a period counted in days starts on the day AFTER the triggering event
 *   (so "30 days after 01/03" is 31/03);
 * - when the last day of a calendar-day period falls on a weekly rest day or a public
 *   holiday, the period ends at the end of the next working day. This roll-forward is
 *   on by default for `days-after`, `days-after-period-end` and `on-change`
 *   (`rollToWorkingDay: false` disables it). A `working-days-after` result is always a
 *   working day already.
 */
import { compareISO, diffDays, isISODate, vnCalendar, type ISODate, type WorkingCalendar } from '../calendar'

export type DeadlineRule =
  | { kind: 'working-days-after'; days: number }
  | { kind: 'days-after'; days: number }
  | { kind: 'days-after-period-end'; days: number }
  | { kind: 'continuous' }
  | { kind: 'on-change'; maxAgeDays: number }

export interface DeadlineInput {
  /** Issue / signature / submission date of the document (or date of the change). */
  issuedOn?: ISODate | null
  /** Last day of the reporting period. */
  periodEnd?: ISODate | null
}

export interface DueDateOptions {
  /** Move a calendar-day deadline that lands on a non-working day to the next working day. Default true. */
  rollToWorkingDay?: boolean
}

type CalendarLike = Pick<WorkingCalendar, 'addWorkingDays' | 'addDays' | 'isWorkingDay'>

function checkDate(d: ISODate, what: string): void {
  if (!isISODate(d)) throw new RangeError(`${what}: invalid ISO date ${JSON.stringify(d)}`)
}

function checkDays(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Deadline days must be a non-negative integer, got ${n}`)
}

function roll(d: ISODate, calendar: CalendarLike, on: boolean): ISODate {
  if (!on) return d
  let cur = d
  while (!calendar.isWorkingDay(cur)) cur = calendar.addDays(cur, 1)
  return cur
}

/**
 * The last day on which publication is on time, or `null` when the rule has no
 * deadline (`continuous`) or the input needed by the rule is missing.
 */
export function dueDate(
  rule: DeadlineRule,
  input: DeadlineInput,
  calendar: CalendarLike = vnCalendar(),
  opts: DueDateOptions = {},
): ISODate | null {
  const rollOn = opts.rollToWorkingDay ?? true
  switch (rule.kind) {
    case 'continuous':
      return null
    case 'working-days-after': {
      checkDays(rule.days)
      if (!input.issuedOn) return null
      checkDate(input.issuedOn, 'issuedOn')
      return calendar.addWorkingDays(input.issuedOn, rule.days)
    }
    case 'days-after': {
      checkDays(rule.days)
      if (!input.issuedOn) return null
      checkDate(input.issuedOn, 'issuedOn')
      return roll(calendar.addDays(input.issuedOn, rule.days), calendar, rollOn)
    }
    case 'days-after-period-end': {
      checkDays(rule.days)
      if (!input.periodEnd) return null
      checkDate(input.periodEnd, 'periodEnd')
      return roll(calendar.addDays(input.periodEnd, rule.days), calendar, rollOn)
    }
    case 'on-change': {
      checkDays(rule.maxAgeDays)
      if (!input.issuedOn) return null
      checkDate(input.issuedOn, 'issuedOn')
      return roll(calendar.addDays(input.issuedOn, rule.maxAgeDays), calendar, rollOn)
    }
    default: {
      const never: never = rule
      throw new TypeError(`Unknown deadline rule ${JSON.stringify(never)}`)
    }
  }
}

export interface Punctuality {
  onTime: boolean
  /** Calendar days after the due date; 0 when on time. */
  daysLate: number
  /** Working days in (due, publishedOn]; 0 when on time. */
  workingDaysLate: number
}

/** Publication on the due date itself is on time; the next day is 1 day late. */
export function punctuality(
  due: ISODate,
  publishedOn: ISODate,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'> = vnCalendar(),
): Punctuality {
  checkDate(due, 'due')
  checkDate(publishedOn, 'publishedOn')
  if (compareISO(publishedOn, due) <= 0) return { onTime: true, daysLate: 0, workingDaysLate: 0 }
  return {
    onTime: false,
    daysLate: diffDays(publishedOn, due),
    workingDaysLate: calendar.workingDaysBetween(due, publishedOn),
  }
}
