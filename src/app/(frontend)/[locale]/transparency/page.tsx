import Link from 'next/link'
import { AGENCY_KINDS } from '@/collections/Agencies/kinds'
import { PageShell } from '@/components/PageShell'
import { Score } from '@/components/transparency/Score'
import { TableWrap } from '@/components/transparency/TableWrap'
import { Sparkline } from '@/components/transparency/TrendChart'
import '@/components/transparency/transparency.css'
import { getTransparencyOverview, SUMMARY_CRITERIA } from '@/data/transparency'
import { formatDate, formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'
import { round1 } from '@/transparency/export'
import { filterQuery, rankingFilters } from '@/transparency/params'
import { pageLocale } from '@/components/page/locale'

// The unfiltered list is a cached page (ISR), expired by tag on publish like a detail page and
// regenerated at most hourly (dates computed for today); `searchParams` is empty here. Its
// query-string variants render per request in ./~filtered (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: sectionPath(locale, 'transparency'), title: t('transparency.title'), description: t('transparency.intro') })
}

export default async function TransparencyPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const filters = rankingFilters(await searchParams)
  const data = await getTransparencyOverview(locale, filters)
  const path = sectionPath(locale, 'transparency')
  const shown = { kind: filters.kind, period: data.period }
  const fmt = (v: number | null) => (round1(v) === null ? t('transparency.na') : formatNumber(round1(v)!, locale, 1))
  return (
    <PageShell locale={locale} path={path} current="transparency">
      <h1>{t('transparency.title')}</h1>
      <p>{t('transparency.intro')}</p>

      <form method="get" action={path} className="tx-filters-form">
        <fieldset className="tx-filters">
          <legend>{t('transparency.filtersLegend')}</legend>
          <label>
            {t('transparency.period')}
            <select name="period" defaultValue={data.period ?? ''}>
              {[...data.periods].reverse().map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('transparency.kind')}
            <select name="kind" defaultValue={filters.kind ?? ''}>
              <option value="">{t('transparency.allKinds')}</option>
              {AGENCY_KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label[locale]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('transparency.apply')}</button>
        </fieldset>
      </form>

      {data.period === null ? (
        <p>{t('transparency.empty')}</p>
      ) : (
        <>
          <h2 id="ranking">{t('transparency.rankingHeading', { period: data.period })}</h2>
          {data.evaluatedOn && data.criteriaVersion && <p>{t('transparency.evaluated', { date: formatDate(data.evaluatedOn, locale), version: data.criteriaVersion })}</p>}
          {data.average.total !== null && <p className="notice notice--info">{t('transparency.averageText', { score: fmt(data.average.total), count: data.average.count })}</p>}
          <TableWrap label={t('transparency.rankingCaption', { period: data.period })}>
            <table className="tx-table" id="ranking-table">
              <caption>{t('transparency.rankingCaption', { period: data.period })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('transparency.rank')}</th>
                  <th scope="col">{t('transparency.agency')}</th>
                  <th scope="col" className="num">{t('transparency.score')}</th>
                  {SUMMARY_CRITERIA.map((k) => (
                    <th key={k} scope="col" className="num">
                      {t(`transparency.criteria.${k}`)}
                    </th>
                  ))}
                  <th scope="col">{t('transparency.trend')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.agencyId} data-agency={r.slug}>
                    <td className="num">{r.rank ?? t('transparency.unranked')}</td>
                    <th scope="row">
                      <Link href={sectionPath(locale, 'transparency', r.slug)} lang={r.name ? undefined : 'vi'}>
                        {r.name ?? r.nameVi}
                      </Link>
                    </th>
                    <Score value={r.total} locale={locale} />
                    {SUMMARY_CRITERIA.map((k) => (
                      <Score key={k} value={r.scores[k]} locale={locale} />
                    ))}
                    <td>
                      <Sparkline values={r.trend} label={t('transparency.sparkline', { values: data.periods.map((p, i) => `${p}: ${fmt(r.trend[i] ?? null)}`).join('; ') })} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <th scope="row">{t('transparency.average')}</th>
                  <Score value={data.average.total} locale={locale} />
                  {SUMMARY_CRITERIA.map((k) => (
                    <Score key={k} value={data.average.byCriterion[k] ?? null} locale={locale} />
                  ))}
                  <td />
                </tr>
              </tfoot>
            </table>
          </TableWrap>

          <h2>{t('transparency.downloads')}</h2>
          <ul className="tx-downloads">
            <li>
              <a href={sectionPath(locale, 'transparency', 'ranking.csv') + filterQuery(shown)} download>
                {t('transparency.rankingCsv')}
              </a>
            </li>
            <li>
              <a href={sectionPath(locale, 'transparency', 'ranking.json') + filterQuery(shown)}>{t('transparency.rankingJson')}</a>
            </li>
          </ul>

          {data.periods.length > 1 && (
            <>
              <h2>{t('transparency.trendHeading')}</h2>
              <TableWrap label={t('transparency.trendCaption')}>
                <table className="tx-table">
                  <caption>{t('transparency.trendCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('transparency.agency')}</th>
                      {data.periods.map((p) => (
                        <th key={p} scope="col" className="num">
                          {p}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((r) => (
                      <tr key={r.agencyId}>
                        <th scope="row" lang={r.name ? undefined : 'vi'}>
                          {r.name ?? r.nameVi}
                        </th>
                        {r.trend.map((v, i) => (
                          <Score key={data.periods[i]} value={v} locale={locale} />
                        ))}
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">{t('transparency.average')}</th>
                      {data.averageTrend.map((v, i) => (
                        <Score key={data.periods[i]} value={v} locale={locale} />
                      ))}
                    </tr>
                  </tbody>
                </table>
              </TableWrap>
            </>
          )}
        </>
      )}

      <h2>{t('transparency.methodHeading')}</h2>
      <p>{t('transparency.method')}</p>
    </PageShell>
  )
}
