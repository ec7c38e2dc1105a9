import type { AgencyScore, CatalogueEntry, CriterionKey } from '@/domain/transparency'
import { provinceAverage, rankAgencies, type ProvinceAverage } from '@/domain/transparency'
import type { Where } from 'payload'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { findByLocale } from '@/lib/localeFallback'
import { storedInputs, storedScore } from '@/transparency/stored'
import type { TransparencySnapshot } from '@/payload-types'

const SNAPSHOTS = 'transparency-snapshots' as const

export const SUMMARY_CRITERIA = ['completeness', 'timeliness', 'freshness', 'english', 'answers', 'dossiers'] as const satisfies readonly CriterionKey[]
export type SummaryCriterion = (typeof SUMMARY_CRITERIA)[number]

export interface RankedAgency {
  agencyId: string
  slug: string
  name: string | null
  nameVi: string
  kind: string
  rank: number | null
  total: number | null
  scores: Record<SummaryCriterion, number | null>
  criteriaVersion: string
  evaluatedOn: string
  /** Totals per period of `TransparencyOverview.periods` (null: no snapshot or nothing assessable). */
  trend: (number | null)[]
}

export interface TransparencyOverview {
  /** Every period with snapshots, oldest first. */
  periods: string[]
  /** The period shown (latest by default). */
  period: string | null
  kind: string | null
  rows: RankedAgency[]
  average: ProvinceAverage
  /** Province average total per period (same order as `periods`), over the filtered agencies. */
  averageTrend: (number | null)[]
  evaluatedOn: string | null
  criteriaVersion: string | null
}

const idOf = (a: TransparencySnapshot['agency']) => String(typeof a === 'object' ? a.id : a)
const mean = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number')
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null
}

/** Agencies with their name in `locale` and the Vietnamese one (shown, marked lang="vi", when there is no translation). */
async function agencyNames(locale: Locale, where?: Where) {
  const payload = await payloadClient()
  const res = await findByLocale(payload, { collection: 'agencies', overrideAccess: false, depth: 0, pagination: false, where, select: { slug: true, name: true, kind: true } })
  return new Map(res.docs.map(({ [locale]: a, vi }) => [String(a.id), { id: a.id, slug: a.slug, name: a.name || null, nameVi: vi.name || a.slug, kind: a.kind }]))
}

/** The ranking of one period (latest by default), optionally one agency kind, with trends. */
export const getTransparencyOverview = cachedRead(
  'transparency:overview',
  async (locale: Locale, { kind = null, period = null }: { kind?: string | null; period?: string | null } = {}): Promise<TransparencyOverview> => {
    const payload = await payloadClient()
    const res = await payload.find({
      collection: SNAPSHOTS,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      where: kind ? { agencyKind: { equals: kind } } : undefined,
      select: { agency: true, agencyKind: true, periodKey: true, evaluatedOn: true, criteriaVersion: true, total: true, completeness: true, timeliness: true, freshness: true, english: true, answers: true, dossiers: true },
    })
    const snaps = res.docs
    const names = await agencyNames(locale)
    const periods = [...new Set(snaps.map((s) => s.periodKey))].sort()
    const shown = period && periods.includes(period) ? period : (periods.at(-1) ?? null)
    const current = snaps.filter((s) => s.periodKey === shown && names.has(idOf(s.agency)))
    const byAgencyPeriod = new Map(snaps.map((s) => [`${idOf(s.agency)}:${s.periodKey}`, s]))
    const ranked = rankAgencies(current.map((s) => ({ agencyId: idOf(s.agency), total: s.total ?? null, criteriaVersion: s.criteriaVersion, snap: s })))
    const rows: RankedAgency[] = ranked.map((r) => {
      const a = names.get(r.agencyId)!
      return {
        agencyId: r.agencyId,
        slug: a.slug,
        name: a.name,
        nameVi: a.nameVi,
        kind: r.snap.agencyKind,
        rank: r.rank,
        total: r.total,
        scores: Object.fromEntries(SUMMARY_CRITERIA.map((k) => [k, r.snap[k] ?? null])) as Record<SummaryCriterion, number | null>,
        criteriaVersion: r.snap.criteriaVersion,
        evaluatedOn: r.snap.evaluatedOn,
        trend: periods.map((p) => byAgencyPeriod.get(`${r.agencyId}:${p}`)?.total ?? null),
      }
    })
    const average = provinceAverage(
      current.map((s) => ({
        total: s.total ?? null,
        byCriterion: Object.fromEntries(
          SUMMARY_CRITERIA.map((k) => [k, { score: s[k] ?? null, applicable: typeof s[k] === 'number', weight: 0, effectiveWeight: 0, points: 0, maxPoints: 0 }]),
        ) as AgencyScore['byCriterion'],
      })),
    )
    return {
      periods,
      period: shown,
      kind,
      rows,
      average,
      averageTrend: periods.map((p) => mean(snaps.filter((s) => s.periodKey === p).map((s) => s.total))),
      evaluatedOn: current[0]?.evaluatedOn ?? null,
      criteriaVersion: current[0]?.criteriaVersion ?? null,
    }
  },
  () => [tags.collection(SNAPSHOTS), tags.collection('agencies')],
)

export interface AgencySnapshot {
  periodKey: string
  periodLabel: string
  evaluatedOn: string
  computedAt: string
  criteriaVersion: string
  total: number | null
  score: AgencyScore
  catalogue: CatalogueEntry[]
}

export interface AgencyTransparency {
  agency: { id: string; slug: string; name: string | null; nameVi: string; kind: string }
  /** Newest first. */
  snapshots: AgencySnapshot[]
}

/** One agency's snapshots, with the full evidence and the catalogue each was scored against. */
export const getAgencyTransparency = cachedRead(
  'transparency:agency',
  async (locale: Locale, slug: string): Promise<AgencyTransparency | null> => {
    const payload = await payloadClient()
    const [a] = (await agencyNames(locale, { slug: { equals: slug } })).values()
    if (!a) return null
    const res = await payload.find({
      collection: SNAPSHOTS,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: '-periodTo',
      where: { agency: { equals: a.id } },
      select: { periodKey: true, periodLabel: true, evaluatedOn: true, computedAt: true, criteriaVersion: true, total: true, score: true, inputs: true },
    })
    return {
      agency: { id: String(a.id), slug: a.slug, name: a.name, nameVi: a.nameVi, kind: a.kind },
      snapshots: res.docs.map(({ inputs, score, ...s }) => ({ ...s, total: s.total ?? null, score: storedScore({ score }), catalogue: storedInputs({ inputs }).catalogue ?? [] })),
    }
  },
  (_locale, slug) => [tags.collection(SNAPSHOTS), tags.docSlug('agencies', slug)],
)
