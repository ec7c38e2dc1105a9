import '@/components/transparency/transparency.css'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { TableWrap } from '@/components/transparency/TableWrap'
import { TrendChart } from '@/components/transparency/TrendChart'
import { getRatingsOverview } from '@/data/ratings'
import { formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, ROUTES, sectionPath } from '@/routes'
import type { Locale } from '@/routes/locales'

type Props = { params: Promise<{ locale: string }> }

const pagePath = (locale: Locale) => sectionPath(locale, 'transparency', ROUTES.transparency.children.ratings[locale])

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: pagePath(locale), title: t('ratings.pageTitle'), description: t('ratings.pageIntro') })
}

/** "Was this information useful?" per agency, the monthly trend, the low-rated items; CSV beside. */
export default async function RatingsPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const path = pagePath(locale)
  const o = await getRatingsOverview(locale)
  const pct = (share: number | null) => (share === null ? '–' : `${formatNumber(Math.round(share * 100), locale)} %`)
  const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
  return (
    <PageShell locale={locale} path={path} current="transparency">
      <p className="article__meta">
        <a href={sectionPath(locale, 'transparency')}>{t('transparency.title')}</a>
      </p>
      <h1>{t('ratings.pageTitle')}</h1>
      <p>{t('ratings.pageIntro')}</p>
      <p>
        {t('ratings.total', { count: o.total.votes })} · <a href={`${path}/ratings.csv`}>{t('ratings.csv')}</a>
      </p>
      <section aria-labelledby="by-agency">
        <h2 id="by-agency">{t('ratings.byAgency')}</h2>
        {o.agencies.length === 0 ? (
          <p>{t('ratings.none')}</p>
        ) : (
          <TableWrap label={t('ratings.byAgency')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('ratings.agency')}</th>
                  <th scope="col">{t('ratings.votes')}</th>
                  <th scope="col">{t('ratings.yesCount')}</th>
                  <th scope="col">{t('ratings.noCount')}</th>
                  <th scope="col">{t('ratings.usefulShare')}</th>
                </tr>
              </thead>
              <tbody>
                {o.agencies.map((a, i) => (
                  <tr key={a.agency?.id ?? i} data-agency={a.agency?.slug}>
                    <th scope="row" lang={langOf(a.agency?.name?.lang)}>
                      {a.agency?.name?.text ?? '–'}
                    </th>
                    <td>{formatNumber(a.summary.votes, locale)}</td>
                    <td>{formatNumber(a.summary.yes, locale)}</td>
                    <td>{formatNumber(a.summary.no, locale)}</td>
                    <td>{pct(a.summary.usefulShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      {o.trend.length > 0 && (
        <section aria-labelledby="trend">
          <h2 id="trend">{t('ratings.trend')}</h2>
          <TrendChart id="ratings-trend" title={t('ratings.trendTitle')} periods={o.trend.map((m) => m.month)} series={[{ label: t('ratings.usefulShare'), values: o.trend.map((m) => (m.summary.usefulShare === null ? null : Math.round(m.summary.usefulShare * 100))) }]} locale={locale} />
          <TableWrap label={t('ratings.trend')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('ratings.month')}</th>
                  <th scope="col">{t('ratings.votes')}</th>
                  <th scope="col">{t('ratings.usefulShare')}</th>
                </tr>
              </thead>
              <tbody>
                {o.trend.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.month}</th>
                    <td>{formatNumber(m.summary.votes, locale)}</td>
                    <td>{pct(m.summary.usefulShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
      <section aria-labelledby="low">
        <h2 id="low">{t('ratings.low')}</h2>
        <p>{t('ratings.lowIntro')}</p>
        {o.low.length === 0 ? (
          <p>{t('ratings.noLow')}</p>
        ) : (
          <ul>
            {o.low.map((l) => (
              <li key={l.item}>
                <a href={`/${locale}/${l.path}`} lang="vi">
                  {l.title}
                </a>{' '}
                — {l.agency && <span lang="vi">{l.agency}</span>} ({t('ratings.lowLine', { votes: l.summary.votes, share: pct(l.summary.usefulShare) })})
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageShell>
  )
}
