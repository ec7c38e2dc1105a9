/**
 * Locale-aware formatting for the portal (vi / en). Node ships full ICU, so
 * Intl is used for digit grouping and month names; the surrounding layout
 * (unit words, order) is assembled by hand so output is identical on every
 * runtime. All wall-clock output is in Asia/Ho_Chi_Minh.
 *
 *   formatDate('2016-09-24', 'vi')        → '24/09/2016'
 *   formatDate('2016-09-24', 'en')        → '24 September 2016'
 *   formatDateTime(iso, 'vi')             → '14:05, 24/09/2016'
 *   formatDateTime(iso, 'en')             → '24 September 2016, 14:05'
 *   formatNumber(54990, 'vi' | 'en')      → '54.990' | '54,990'
 *   formatMoneyMillionVnd(54990, …)       → '54.990 triệu đồng' | 'VND 54,990 million'
 *   formatVnd(1234567, …)                 → '1.234.567 đồng' | 'VND 1,234,567'
 *   formatUsd(1234.5, …)                  → '1.234,50 USD' | 'USD 1,234.50'
 *   formatBytes(1572864, …)               → '1,5 MB' | '1.5 MB'  (1024-based, ≤1 decimal)
 *
 * Unparseable dates are returned unchanged (never throws in a render path);
 * non-finite numbers are returned as '–'.
 */

export type Locale = 'vi' | 'en'
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const NUMBER_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' }
const DATE_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }
const DASH = '–'

function loc(locale: string): Locale {
  return locale === 'en' || locale.startsWith('en-') ? 'en' : 'vi'
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

interface Parts {
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
}

const hcmParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
})

/** Date-only strings are calendar days (no shift); datetimes are converted to Hà Nội time. */
function toParts(iso: string | Date, withTime: boolean): Parts | null {
  if (typeof iso === 'string') {
    const m = DATE_ONLY.exec(iso.trim())
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const check = new Date(Date.UTC(y, mo - 1, d))
      if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
      return withTime ? { year: y, month: mo, day: d, hour: 0, minute: 0 } : { year: y, month: mo, day: d }
    }
  }
  const date = typeof iso === 'string' ? new Date(iso) : iso
  if (Number.isNaN(date.getTime())) return null
  const p: Record<string, number> = {}
  for (const part of hcmParts.formatToParts(date)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute }
}

const pad = (n: number) => String(n).padStart(2, '0')

const monthNames = new Map<Locale, string[]>()
function monthName(month: number, locale: Locale): string {
  let names = monthNames.get(locale)
  if (!names) {
    const f = new Intl.DateTimeFormat(DATE_LOCALE[locale], { month: 'long', timeZone: 'UTC' })
    names = Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2000, i, 1))))
    monthNames.set(locale, names)
  }
  return names[month - 1]
}

function dateText(p: Parts, locale: Locale): string {
  return locale === 'en' ? `${p.day} ${monthName(p.month, 'en')} ${p.year}` : `${pad(p.day)}/${pad(p.month)}/${p.year}`
}

export function formatDate(iso: string | Date, locale: Locale | string): string {
  const p = toParts(iso, false)
  if (!p) return typeof iso === 'string' ? iso : DASH
  return dateText(p, loc(locale))
}

export function formatDateTime(iso: string | Date, locale: Locale | string): string {
  const p = toParts(iso, true)
  if (!p) return typeof iso === 'string' ? iso : DASH
  const l = loc(locale)
  const time = `${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`
  return l === 'en' ? `${dateText(p, l)}, ${time}` : `${time}, ${dateText(p, l)}`
}

const nfCache = new Map<string, Intl.NumberFormat>()
function nf(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}`
  let f = nfCache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[locale], { minimumFractionDigits: min, maximumFractionDigits: max })
    nfCache.set(key, f)
  }
  return f
}

/** Grouped number, up to `maxFractionDigits` (default 2) decimals. vi: 54.990,5 — en: 54,990.5 */
export function formatNumber(n: number, locale: Locale | string, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return DASH
  return nf(loc(locale), 0, maxFractionDigits).format(n)
}

/** Amount already expressed in millions of VND. */
export function formatMoneyMillionVnd(millions: number, locale: Locale | string): string {
  if (!Number.isFinite(millions)) return DASH
  const l = loc(locale)
  const s = nf(l, 0, 2).format(millions)
  return l === 'en' ? `VND ${s} million` : `${s} triệu đồng`
}

/** Full VND amount (rounded to whole đồng). */
export function formatVnd(amount: number, locale: Locale | string): string {
  if (!Number.isFinite(amount)) return DASH
  const l = loc(locale)
  const s = nf(l, 0, 0).format(Math.round(amount))
  return l === 'en' ? `VND ${s}` : `${s} đồng`
}

/** USD with cents. */
export function formatUsd(amount: number, locale: Locale | string): string {
  if (!Number.isFinite(amount)) return DASH
  const l = loc(locale)
  const s = nf(l, 2, 2).format(amount)
  return l === 'en' ? `USD ${s}` : `${s} USD`
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/** File size, 1024-based, at most one decimal (none for bytes). */
export function formatBytes(bytes: number, locale: Locale | string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return DASH
  const l = loc(locale)
  let i = 0
  let v = bytes
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024
    i++
  }
  // 1023.96 KB would print as "1.024 KB"; promote to the next unit instead.
  if (i > 0 && i < UNITS.length - 1 && Math.round(v * 10) / 10 >= 1024) {
    v /= 1024
    i++
  }
  return `${nf(l, 0, i === 0 ? 0 : 1).format(v)} ${UNITS[i]}`
}
