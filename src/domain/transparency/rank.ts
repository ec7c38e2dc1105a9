import { CRITERION_KEYS, type AgencyScore, type CriterionKey } from './types'

export interface RankOptions {
  /** Totals are compared after rounding to this many decimals (default 1, as displayed). */
  precision?: number
}

export interface Rankable {
  agencyId: string
  total: number | null
  criteriaVersion?: string
  period?: { from: string; to: string }
}

/**
 * Standard competition ranking ("1, 2, 2, 4"): higher total first; totals
 * equal after rounding to `precision` decimals share a rank. Agencies with a
 * null total (nothing assessable) come last with rank null. Within a rank,
 * order is by agencyId for stability. Refuses to rank snapshots computed with
 * different criteria versions or periods.
 */
export function rankAgencies<T extends Rankable>(scores: readonly T[], opts: RankOptions = {}): (T & { rank: number | null })[] {
  const precision = opts.precision ?? 1
  const f = 10 ** precision
  const versions = new Set(scores.map((s) => s.criteriaVersion).filter((v) => v !== undefined))
  if (versions.size > 1) throw new RangeError(`cannot rank across criteria versions: ${[...versions].join(', ')}`)
  const periods = new Set(scores.filter((s) => s.period).map((s) => `${s.period!.from}/${s.period!.to}`))
  if (periods.size > 1) throw new RangeError(`cannot rank across periods: ${[...periods].join(', ')}`)

  const key = (s: T) => (s.total === null ? null : Math.round(s.total * f))
  const sorted = [...scores].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    if (ka === null || kb === null) return ka === kb ? a.agencyId.localeCompare(b.agencyId) : ka === null ? 1 : -1
    return kb - ka || a.agencyId.localeCompare(b.agencyId)
  })
  const out: (T & { rank: number | null })[] = []
  sorted.forEach((s, i) => {
    const k = key(s)
    let rank: number | null = null
    if (k !== null) rank = i > 0 && key(sorted[i - 1]) === k ? out[i - 1].rank : i + 1
    out.push({ ...s, rank })
  })
  return out
}

export interface ProvinceAverage {
  /** Mean total over agencies with a total; null if none. */
  total: number | null
  /** Mean score per criterion over agencies where it was applicable. */
  byCriterion: Partial<Record<CriterionKey, number>>
  /** Number of agencies with a total. */
  count: number
}

export function provinceAverage(scores: readonly Pick<AgencyScore, 'total' | 'byCriterion'>[]): ProvinceAverage {
  const scored = scores.filter((s) => s.total !== null)
  const byCriterion: Partial<Record<CriterionKey, number>> = {}
  for (const k of CRITERION_KEYS) {
    const vals = scores.map((s) => s.byCriterion[k]).filter((c) => c?.applicable && c.score !== null).map((c) => c.score!)
    if (vals.length) byCriterion[k] = vals.reduce((a, b) => a + b, 0) / vals.length
  }
  return {
    total: scored.length ? scored.reduce((a, s) => a + s.total!, 0) / scored.length : null,
    byCriterion,
    count: scored.length,
  }
}
