import { createHmac } from 'node:crypto'

/**
 * One counted rating per visitor per item per day, without personal data in the clear.
 *
 * The visitor is known only by `visitorKey`: HMAC-SHA256 over (day, address, item) keyed with a
 * key derived from the server secret *and the day*, so the same visitor gets unrelated keys on
 * different days and for different items — nothing links a person's ratings across days or
 * pages, and the address cannot be recovered without the secret. A second rating by the same
 * visitor on the same day replaces the first (the visitor changed their mind) instead of adding.
 */
export function dailyKey(secret: string, day: string): Buffer {
  if (!secret) throw new Error('rating key: empty secret')
  return createHmac('sha256', secret).update(`rating-day:${day}`).digest()
}

export function visitorKey(secret: string, day: string, address: string, item: string): string {
  return createHmac('sha256', dailyKey(secret, day)).update(`${address}\n${item}`).digest('base64url')
}

/** The Việt Nam calendar day (UTC+7, no daylight saving) of an instant. */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}

export interface RatingRow {
  /** `visitorKey(...)`: unique per visitor, item and day. */
  key: string
  item: string
  day: string
  at: string
  useful?: boolean | null
  score?: number | null
}

/**
 * Counts: the last rating per key wins (replacement), so a visitor who tries twice in a day is
 * counted once. Rows are the stored ratings (the store keeps one per key too; this is the rule).
 */
export function countedRatings<R extends RatingRow>(rows: readonly R[]): R[] {
  const last = new Map<string, R>()
  for (const r of rows) {
    const prev = last.get(r.key)
    if (!prev || prev.at <= r.at) last.set(r.key, r)
  }
  return [...last.values()]
}

export interface Summary {
  votes: number
  yes: number
  no: number
  /** Share of "useful" (0..1), null without yes/no votes. */
  usefulShare: number | null
  scored: number
  /** Mean satisfaction (1..5), null without scores. */
  meanScore: number | null
  /** Share of scores ≥ SATISFIED_FROM (0..1). */
  satisfiedShare: number | null
}

export function summarize(rows: readonly RatingRow[], satisfiedFrom = 4): Summary {
  let yes = 0, no = 0, scored = 0, sum = 0, satisfied = 0
  for (const r of rows) {
    if (r.useful === true) yes++
    else if (r.useful === false) no++
    if (typeof r.score === 'number') {
      scored++
      sum += r.score
      if (r.score >= satisfiedFrom) satisfied++
    }
  }
  const yn = yes + no
  return {
    votes: rows.length,
    yes,
    no,
    usefulShare: yn ? yes / yn : null,
    scored,
    meanScore: scored ? Math.round((sum / scored) * 100) / 100 : null,
    satisfiedShare: scored ? satisfied / scored : null,
  }
}

/** Monthly series (YYYY-MM) for the trend chart. */
export function monthlyTrend(rows: readonly RatingRow[]): { month: string; summary: Summary }[] {
  const by = new Map<string, RatingRow[]>()
  for (const r of rows) {
    const m = r.day.slice(0, 7)
    by.set(m, [...(by.get(m) ?? []), r])
  }
  return [...by.keys()].sort().map((month) => ({ month, summary: summarize(by.get(month)!) }))
}

/**
 * Items the agency should act on: at least `minVotes` counted votes and a useful share below
 * `threshold` (or, for scored items, satisfied share below it). Worst first.
 */
export function lowRated(rows: readonly RatingRow[], opts: { minVotes?: number; threshold?: number } = {}): { item: string; summary: Summary }[] {
  const minVotes = opts.minVotes ?? 3
  const threshold = opts.threshold ?? 0.5
  const by = new Map<string, RatingRow[]>()
  for (const r of rows) by.set(r.item, [...(by.get(r.item) ?? []), r])
  const out: { item: string; summary: Summary; share: number }[] = []
  for (const [item, list] of by) {
    const s = summarize(list)
    if (s.votes < minVotes) continue
    const share = s.usefulShare ?? s.satisfiedShare
    if (share !== null && share < threshold) out.push({ item, summary: s, share })
  }
  return out.sort((a, b) => a.share - b.share || b.summary.votes - a.summary.votes || a.item.localeCompare(b.item)).map(({ item, summary }) => ({ item, summary }))
}

/** CSV (UTF-8 with BOM, CRLF) with formula-looking cells defused. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v)
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}
