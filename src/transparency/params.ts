import { AGENCY_KINDS } from '@/collections/Agencies/kinds'

type Raw = string | string[] | undefined

const one = (v: Raw) => (Array.isArray(v) ? v[0] : v)

/** Query-string filters of the ranking (?kind=department&period=2026), validated. */
export function rankingFilters(sp: Record<string, Raw>): { kind: string | null; period: string | null } {
  const kind = one(sp.kind)
  const period = one(sp.period)
  return {
    kind: kind && AGENCY_KINDS.some((k) => k.value === kind) ? kind : null,
    period: period && /^\d{4}$/.test(period) ? period : null,
  }
}

export function filterQuery(f: { kind: string | null; period: string | null }): string {
  const q = new URLSearchParams()
  if (f.period) q.set('period', f.period)
  if (f.kind) q.set('kind', f.kind)
  const s = q.toString()
  return s ? `?${s}` : ''
}
