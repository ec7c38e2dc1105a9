import '@/components/invest/invest.css'
import '@/components/services/services.css'
import { PageShell } from '@/components/PageShell'
import { ScrollRegion } from '@/components/ScrollRegion'
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
  const cols: { key: keyof Figures; label: string; format: (f: Figures) => string }[] = [
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

      <h2 id="province-heading">{t('services.performance.province')}</h2>
      <ScrollRegion label={t('a11y.tableRegion', { name: t('services.performance.province') })}>
        <table className="data-table" aria-labelledby="province-heading">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {cols.map((c) => (
                <td key={c.key}>{c.format(report.total)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>

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

      <h2 id="agencies-heading">{t('services.performance.byAgency')}</h2>
      <p>{t('services.performance.groups')}</p>
      <ScrollRegion label={t('a11y.tableRegion', { name: t('services.performance.byAgency') })}>
        <table className="data-table" aria-labelledby="agencies-heading">
          <thead>
            <tr>
              <th scope="col">{t('services.finder.agency')}</th>
              {cols.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">{t('services.performance.onlineFull')}</th>
            </tr>
          </thead>
          <tbody>
            {report.agencies.map((r) => {
              const name = nameOf(r.agency)
              return (
                <tr key={r.agency}>
                  <th scope="row" lang={name.lang}>
                    <a href={`${servicesPaths.finder(locale)}?agency=${encodeURIComponent(r.agency)}`}>{name.text}</a>
                  </th>
                  {cols.map((c) => (
                    <td key={c.key}>{c.format(r.figures)}</td>
                  ))}
                  <td>{r.online.total ? `${r.online.full}/${r.online.total}` : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>

      <h2 id="monthly-heading">{t('services.performance.monthly', { year })}</h2>
      <ScrollRegion label={t('a11y.tableRegion', { name: t('services.performance.monthly', { year }) })}>
        <table className="data-table" aria-labelledby="monthly-heading">
          <thead>
            <tr>
              <th scope="col">{t('services.performance.month')}</th>
              {cols.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.monthly.map((m) => (
              <tr key={m.month}>
                <th scope="row">{t('services.performance.monthName', { month: m.month })}</th>
                {cols.map((c) => (
                  <td key={c.key}>{c.format(m.figures)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="form-field__hint">{t('services.performance.method')}</p>
    </PageShell>
  )
}
