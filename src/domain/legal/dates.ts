/**
 * Calendar days for legal dates. Documents take effect on a calendar day in Việt Nam
 * (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), whatever time of day a CMS stored with the date.
 */
import type { ISODate } from './effect'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const VN_OFFSET_MS = 7 * 3600 * 1000

/**
 * The calendar day (YYYY-MM-DD) of a stored date in Việt Nam. A date-only string is returned as it
 * is; a datetime is read in UTC+7 (so `2016-10-04T17:00:00Z`, midnight in Hà Tĩnh, is 2016-10-05).
 * Returns undefined for empty or unparseable input.
 */
export function calendarDay(value: string | Date | null | undefined): ISODate | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'string' && DATE_ONLY.test(value.trim())) return value.trim()
  const date = typeof value === 'string' ? new Date(value) : value
  const ms = date.getTime()
  if (Number.isNaN(ms)) return undefined
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** Today in Việt Nam: the day effect statuses are computed for. */
export function todayInVietnam(now: Date = new Date()): ISODate {
  return calendarDay(now)!
}

/** Seconds until the next midnight in Việt Nam (when a status may next change on its own). */
export function secondsUntilNextVietnamMidnight(now: Date = new Date()): number {
  const local = now.getTime() + VN_OFFSET_MS
  const nextMidnight = Math.floor(local / 86_400_000 + 1) * 86_400_000
  return Math.max(1, Math.ceil((nextMidnight - local) / 1000))
}
