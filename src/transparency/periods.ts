/**
 * Scoring periods: calendar years (Vietnam's fiscal year is the calendar year, and most duties of
 * the catalogue — budget reports, estimates, final accounts — recur once a year).
 */
import type { ISODate, Period } from '@/domain/transparency'

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) }
}

export const periodKey = (p: Period): string => p.from.slice(0, 4)

export function currentPeriod(today: ISODate): Period {
  return yearPeriod(Number(today.slice(0, 4)))
}

export interface PeriodPlan {
  period: Period
  /** 'open' takes the current criteria; 'recent' keeps the criteria its snapshot was made with; 'backfill' only fills a gap. */
  mode: 'open' | 'recent' | 'backfill'
}

/**
 * Which periods a recomputation touches: the open year, the previous year (its reports are due in
 * the first weeks of the open year, and late items keep arriving), and earlier years back to the
 * first year with any item — at most `maxYears` in all (ten: dated disclosures from years back,
 * e.g. the Department of Finance's budget estimates, get their timeliness assessed) — only where
 * no snapshot exists yet. Years before an agency's first item are stored as "no data".
 */
export function periodsToCompute(today: ISODate, earliestItem: ISODate | null, maxYears = 10): PeriodPlan[] {
  const year = Number(today.slice(0, 4))
  const first = Math.max(year - maxYears + 1, Math.min(year - 1, earliestItem ? Number(earliestItem.slice(0, 4)) : year - 1))
  const out: PeriodPlan[] = []
  for (let y = year; y >= first; y--) out.push({ period: yearPeriod(y), mode: y === year ? 'open' : y === year - 1 ? 'recent' : 'backfill' })
  return out
}
