import { getRatingsOverview } from '@/data/ratings'
import { toCsv } from '@/domain/ratings'
import { getT } from '@/i18n'
import { isLocale } from '@/routes/locales'

type Ctx = { params: Promise<{ locale: string }> }

/** Per-agency usefulness counts as open data (aggregates only: nothing a rater wrote). */
export async function GET(_request: Request, { params }: Ctx) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = getT(locale)
  const o = await getRatingsOverview(locale)
  const rows: (string | number | null)[][] = [[t('ratings.agency'), 'slug', t('ratings.votes'), t('ratings.yesCount'), t('ratings.noCount'), t('ratings.usefulShare')]]
  for (const a of o.agencies) rows.push([a.agency?.name?.text ?? '', a.agency?.slug ?? '', a.summary.votes, a.summary.yes, a.summary.no, a.summary.usefulShare === null ? null : a.summary.usefulShare.toFixed(4)])
  return new Response(toCsv(rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="ratings.csv"', 'Cache-Control': 'public, max-age=300' },
  })
}
