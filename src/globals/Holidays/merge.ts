/**
 * The portal's working-day calendar: the built-in Vietnamese holidays (src/domain/calendar)
 * merged with the dates an administrator enters each year in the `holidays` global — a newly
 * decreed day off, a make-up working Saturday, or the cancellation of a provisional default.
 */
import { createCalendar, extendDefaults, isISODate, type ISODate, type WorkingCalendar } from '@/domain/calendar'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'

export const HOLIDAY_ENTRY_KINDS = ['holiday', 'working-day', 'not-a-holiday'] as const
export type HolidayEntryKind = (typeof HOLIDAY_ENTRY_KINDS)[number]

export interface HolidayEntry {
  date?: string | null
  kind?: HolidayEntryKind | string | null
}

export function calendarFromEntries(entries: readonly HolidayEntry[] | null | undefined): WorkingCalendar {
  const holidays: { date: ISODate }[] = []
  const extraWorkingDays: ISODate[] = []
  const removedHolidays: ISODate[] = []
  for (const e of entries ?? []) {
    const date = vnDay(e.date)
    if (!date || !isISODate(date)) continue
    if (e.kind === 'working-day') extraWorkingDays.push(date)
    else if (e.kind === 'not-a-holiday') removedHolidays.push(date)
    else holidays.push({ date })
  }
  return createCalendar(extendDefaults({ holidays, extraWorkingDays, removedHolidays }))
}
