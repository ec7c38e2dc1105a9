import '@/components/invest/invest.css'
import '@/components/services/services.css'
import { PageShell } from '@/components/PageShell'
import { ScrollRegion } from '@/components/ScrollRegion'
import type { ReactNode } from 'react'
import { pageLocale } from '@/components/page/locale'
import { servicePerformance } from '@/data/services'
import { toISODate } from '@/domain/calendar'
import { formatNumber } from '@/domain/i18n-format'
import { percent, type Figures } from '@/domain/services'
import { getT } from '@/i18n'
import { performanceParams } from '@/lib/dossiers/performanceParams'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes'
import { servicesPaths } from '@/routes/services'

// ?year= and ?month= are in the query string: rendered per request from a cached report.
export const dynamic = 'force-dynamic'

type Column = {
  key: keyof Figures
  label: string
  format: (f: Figures) => string
}
type FiguresRow = {
  key: string
  header?: ReactNode
  lang?: string
  figures: Figures
  extra?: string
}

/**
 * One table of dossier figures: its heading, a column per figure, a row per grouping (agency,
 * month) or one total row; `regionLabel` names the scrollable region for screen readers.
 */
function FiguresTable(props: {
  id: string
  title: string
  regionLabel: string
  intro?: string
  cols: Column[]
  rows: FiguresRow[]
  rowHeader?: string
  extra?: string
}) {
  const { id, title, regionLabel, intro, cols, rows, rowHeader, extra } = props
  return (
    <>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      <ScrollRegion label={regionLabel}>
        <table className="data-table" aria-labelledby={id}>
          <thead>
            <tr>
              {rowHeader ? <th scope="col">{rowHeader}</th> : null}
              {cols.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              {extra ? <th scope="col">{extra}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                {rowHeader ? (
                  <th scope="row" lang={r.lang}>
                    {r.header}
                  </th>
                ) : null}
                {cols.map((c) => (
                  <td key={c.key}>{c.format(r.figures)}</td>
                ))}
                {extra ? <td>{r.extra}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  )
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: servicesPaths.performance(locale), title: t('services.performance.title'), description: t('services.performance.intro') })
}

export default async function PerformancePage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const path = servicesPaths.performance(locale)
  const today = toISODate(new Date())
  const { year, month } = performanceParams(await searchParams, Number(today.slice(0, 4)))
  const { report, agencies, years } = await servicePerformance(year, month, today)
  const nameOf = (slug: string) => {
    const a = agencies.find((x) => x.slug === slug)
    const en = locale === 'en' ? a?.name.en : null
    return { text: en ?? a?.name.vi ?? slug, lang: locale === 'en' && !en ? 'vi' : undefined }
  }
  const pct = (rate: number | null) => (rate === null ? '—' : `${formatNumber(percent(rate)!, locale, 1)} %`)
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n, locale, 1))
  const qs = `?year=${year}${month ? `&month=${month}` : ''}`
  const cols: Column[] = [
    { key: 'received', label: t('services.performance.received'), format: (f) => num(f.received) },
    { key: 'done', label: t('services.performance.done'), format: (f) => num(f.done) },
    { key: 'doneOnTime', label: t('services.performance.doneOnTime'), format: (f) => num(f.doneOnTime) },
    { key: 'doneLate', label: t('services.performance.doneLate'), format: (f) => num(f.doneLate) },
    { key: 'overdue', label: t('services.performance.overdue'), format: (f) => num(f.overdue) },
    { key: 'onTimeRate', label: t('services.performance.onTimeRate'), format: (f) => pct(f.onTimeRate) },
    { key: 'medianDays', label: t('services.performance.medianDays'), format: (f) => num(f.medianDays) },
    { key: 'published', label: t('services.performance.published'), format: (f) => pct(f.received ? f.published / f.received : null) },
  ]
  const withDone = report.agencies.filter((r) => r.figures.onTimeRate !== null)
  return (
    <PageShell locale={locale} path={path} current="public-services">
      <h1>{t('services.performance.title')}</h1>
      <p>{t('services.performance.intro')}</p>
      <form method="get" action={path} className="filters">
        <fieldset>
          <legend>{t('services.performance.period')}</legend>
          <div className="filters__fields">
            <p className="filters__field">
              <label htmlFor="perf-year">{t('services.performance.year')}</label>
              <select id="perf-year" name="year" defaultValue={String(year)}>
                {[...new Set([...years, year])].sort().map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </p>
            <p className="filters__field">
              <label htmlFor="perf-month">{t('services.performance.month')}</label>
              <select id="perf-month" name="month" defaultValue={month ? String(month) : ''}>
                <option value="">{t('services.performance.wholeYear')}</option>
                {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                  <option key={m} value={m}>
                    {t('services.performance.monthName', { month: m })}
                  </option>
                ))}
              </select>
            </p>
          </div>
          <p className="filters__actions">
            <button type="submit">{t('listFilters.apply')}</button>
          </p>
        </fieldset>
      </form>
      <p>
        {t('services.performance.downloads')} <a href={`${path}/data.csv${qs}`}>CSV</a> · <a href={`${path}/data.json${qs}`}>JSON</a>
      </p>

      <FiguresTable
        id="province-heading"
        title={t('services.performance.province')}
        regionLabel={t('a11y.tableRegion', { name: t('services.performance.province') })}
        cols={cols}
        rows={[{ key: 'total', figures: report.total }]}
      />

      <h2 id="chart-heading">{t('services.performance.chart')}</h2>
      <p id="chart-desc">{t('services.performance.chartNote')}</p>
      <ul className="bar-chart" aria-labelledby="chart-heading" aria-describedby="chart-desc">
        {withDone.map((r) => {
          const name = nameOf(r.agency)
          return (
            <li key={r.agency}>
              <span lang={name.lang}>{name.text}</span>
              <span className="bar" style={{ width: `${Math.round((r.figures.onTimeRate ?? 0) * 100)}%` }} aria-hidden="true" />
              <span>{pct(r.figures.onTimeRate)}</span>
            </li>
          )
        })}
      </ul>

      <FiguresTable
        id="agencies-heading"
        title={t('services.performance.byAgency')}
        regionLabel={t('a11y.tableRegion', { name: t('services.performance.byAgency') })}
        intro={t('services.performance.groups')}
        cols={cols}
        rowHeader={t('services.finder.agency')}
        extra={t('services.performance.onlineFull')}
        rows={report.agencies.map((r) => {
          const name = nameOf(r.agency)
          return {
            key: r.agency,
            lang: name.lang,
            header: <a href={`${servicesPaths.finder(locale)}?agency=${encodeURIComponent(r.agency)}`}>{name.text}</a>,
            figures: r.figures,
            extra: r.online.total ? `${r.online.full}/${r.online.total}` : '—',
          }
        })}
      />

      <FiguresTable
        id="monthly-heading"
        title={t('services.performance.monthly', { year })}
        regionLabel={t('a11y.tableRegion', { name: t('services.performance.monthly', { year }) })}
        cols={cols}
        rowHeader={t('services.performance.month')}
        rows={report.monthly.map((m) => ({ key: String(m.month), header: t('services.performance.monthName', { month: m.month }), figures: m.figures }))}
      />
      <p className="form-field__hint">{t('services.performance.method')}</p>
    </PageShell>
  )
}
