import { servicePerformance } from '@/data/services'
import { toISODate } from '@/domain/calendar'
import { guardFormula } from '@/domain/budget/export'
import { percent } from '@/domain/services'
import { performanceParams } from '@/lib/dossiers/performanceParams'
import { isLocale } from '@/routes/locales'

type Ctx = { params: Promise<{ locale: string; file: string }> }

const CACHE = 'public, max-age=300, stale-while-revalidate=3600'
const COLUMNS = ['received', 'done', 'doneOnTime', 'doneLate', 'returned', 'overdue', 'onTimeRate', 'medianDays', 'published'] as const

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v)
  const safe = guardFormula(s)
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** `…/performance/data.csv` and `data.json`: the page's figures as open data (same ?year= and ?month=). */
export async function GET(request: Request, { params }: Ctx) {
  const { locale, file } = await params
  if (!isLocale(locale) || (file !== 'data.csv' && file !== 'data.json')) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const today = toISODate(new Date())
  const url = new URL(request.url)
  const { year, month } = performanceParams(Object.fromEntries(url.searchParams), Number(today.slice(0, 4)))
  const { report, agencies } = await servicePerformance(year, month, today)
  const name = (slug: string) => {
    const a = agencies.find((x) => x.slug === slug)
    return (locale === 'en' ? a?.name.en : null) ?? a?.name.vi ?? slug
  }
  const period = month ? `${year}-${String(month).padStart(2, '0')}` : String(year)
  const rows = [
    { agency: '', name: locale === 'en' ? 'Province' : 'Toàn tỉnh', ...report.total, online: null },
    ...report.agencies.map((r) => ({ agency: r.agency, name: name(r.agency), ...r.figures, online: r.online })),
  ]
  const headers = { 'Cache-Control': CACHE, 'X-Content-Type-Options': 'nosniff' }
  if (file === 'data.json') {
    return Response.json(
      { period, evaluatedOn: today, rows: rows.map((r) => ({ ...r, onTimeRate: percent(r.onTimeRate) })), monthly: report.monthly.map((m) => ({ month: m.month, ...m.figures, onTimeRate: percent(m.figures.onTimeRate) })) },
      { headers },
    )
  }
  const head = ['period', 'agency', 'name', ...COLUMNS, 'proceduresFullyOnline', 'procedures']
  const lines = [head.join(','), ...rows.map((r) => [period, r.agency, r.name, ...COLUMNS.map((c) => (c === 'onTimeRate' ? percent(r.onTimeRate) : r[c])), r.online?.full ?? '', r.online?.total ?? ''].map(cell).join(','))]
  return new Response(`\ufeff${lines.join('\r\n')}\r\n`, {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="dossiers-performance-${period}.csv"` },
  })
}
