/**
 * Plain calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Every computation goes through `Date.UTC` so that no local time zone or DST
 * rule can shift a date by one day. A date is a calendar day, not an instant.
 */

/** A calendar date formatted `YYYY-MM-DD` (proleptic Gregorian, years 0001–9999). */
export type ISODate = string

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True when `s` is a syntactically and calendrically valid `YYYY-MM-DD`. */
export function isISODate(s: unknown): s is ISODate {
  if (typeof s !== 'string') return false
  const m = ISO_RE.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this month.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Parses `YYYY-MM-DD` into a `Date` at 00:00 UTC of that day.
 * @throws RangeError when the string is not a valid ISO date.
 */
export function parseISODate(s: string): Date {
  if (!isISODate(s)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(s)}`)
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(2000, m - 1, d))
  date.setUTCFullYear(y) // Date.UTC maps years 0–99 to 1900–1999
  return date
}

/** Formats the UTC calendar day of a `Date` (as produced by `parseISODate`). */
function fromUTCDate(date: Date): ISODate {
  const y = date.getUTCFullYear()
  const m = date.getUTCMonth() + 1
  const d = date.getUTCDate()
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * The calendar date of instant `date` as seen in `timeZone`
 * (default Vietnam time, UTC+7, no DST).
 */
export function toISODate(date: Date, timeZone = 'Asia/Ho_Chi_Minh'): ISODate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date')
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`
}

/** -1, 0 or 1, like a comparator for `Array.prototype.sort`. Validates both inputs. */
export function compareISO(a: ISODate, b: ISODate): -1 | 0 | 1 {
  assertISO(a)
  assertISO(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whole days `a − b` (date-fns convention): `diffDays('2025-01-02', '2025-01-01') === 1`. */
export function diffDays(a: ISODate, b: ISODate): number {
  return Math.round((parseISODate(a).getTime() - parseISODate(b).getTime()) / MS_PER_DAY)
}

/** `d` plus `n` calendar days (`n` may be negative). */
export function addDays(d: ISODate, n: number): ISODate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`)
  const date = parseISODate(d)
  return fromUTCDate(new Date(date.getTime() + n * MS_PER_DAY))
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: ISODate): number {
  const wd = parseISODate(d).getUTCDay()
  return wd === 0 ? 7 : wd
}

/** Saturday or Sunday — the weekly rest days of state agencies (40-hour week, Decision 188/1999/QĐ-TTg). */
export function isWeekend(d: ISODate): boolean {
  return isoWeekday(d) >= 6
}

function assertISO(s: string): void {
  if (!isISODate(s)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(s)}`)
}
