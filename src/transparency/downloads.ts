/** Route-handler bodies of the transparency downloads (shared by the .csv and .json routes). */
import { getAgencyTransparency, getTransparencyOverview } from '@/data/transparency'
import { isLocale, type Locale } from '@/routes'
import { evidenceCsv, rankingCsv, round1 } from './export'
import { rankingFilters } from './params'

const CACHE = 'public, max-age=300, stale-while-revalidate=3600'

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': CACHE,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE, 'X-Content-Type-Options': 'nosniff' } })
}

export async function rankingDownload(request: Request, rawLocale: string, format: 'csv' | 'json'): Promise<Response> {
  if (!isLocale(rawLocale)) return notFound()
  const locale: Locale = rawLocale
  const url = new URL(request.url)
  const filters = rankingFilters(Object.fromEntries(url.searchParams))
  const data = await getTransparencyOverview(locale, filters)
  if (!data.period) return notFound()
  const name = `transparency-ranking-${data.period}${filters.kind ? `-${filters.kind}` : ''}`
  if (format === 'csv') return csvResponse(rankingCsv(data.rows, data.period, locale), `${name}.csv`)
  return jsonResponse({
    period: data.period,
    kind: data.kind,
    evaluatedOn: data.evaluatedOn,
    criteriaVersion: data.criteriaVersion,
    provinceAverage: { total: round1(data.average.total), byCriterion: Object.fromEntries(Object.entries(data.average.byCriterion).map(([k, v]) => [k, round1(v)])), count: data.average.count },
    ranking: data.rows.map((r) => ({
      rank: r.rank,
      agency: { slug: r.slug, name: r.name ?? r.nameVi, kind: r.kind },
      total: round1(r.total),
      ...Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, round1(v)])),
      trend: Object.fromEntries(data.periods.map((p, i) => [p, round1(r.trend[i] ?? null)])),
    })),
  })
}

export async function evidenceDownload(request: Request, rawLocale: string, slug: string, format: 'csv' | 'json'): Promise<Response> {
  if (!isLocale(rawLocale)) return notFound()
  const locale: Locale = rawLocale
  const data = await getAgencyTransparency(locale, slug)
  if (!data) return notFound()
  const period = new URL(request.url).searchParams.get('period')
  const snap = data.snapshots.find((s) => s.periodKey === period) ?? data.snapshots[0]
  if (!snap) return notFound()
  const name = `transparency-evidence-${data.agency.slug}-${snap.periodKey}`
  if (format === 'csv') return csvResponse(evidenceCsv(snap.score, snap.catalogue, locale), `${name}.csv`)
  return jsonResponse({
    agency: { slug: data.agency.slug, name: data.agency.name ?? data.agency.nameVi, kind: data.agency.kind },
    period: snap.periodLabel,
    evaluatedOn: snap.evaluatedOn,
    computedAt: snap.computedAt,
    criteriaVersion: snap.criteriaVersion,
    score: snap.score,
    catalogue: snap.catalogue,
  })
}
