import type { PayloadRequest } from 'payload'
import type { WorkingCalendar } from '@/domain/calendar'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'

/** The working-day calendar in force: built-in holidays merged with the admin's `holidays` global. */
export async function portalCalendar(req: PayloadRequest): Promise<WorkingCalendar> {
  const global = (await req.payload.findGlobal({ slug: 'holidays', req, depth: 0, overrideAccess: true })) as { entries?: HolidayEntry[] | null }
  return calendarFromEntries(global.entries)
}
