import { ScrollRegion } from '@/components/ScrollRegion'
import '@/components/invest/invest.css'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { getEnglishCoverage } from '@/data/englishCoverage'
import { formatNumber } from '@/domain/i18n-format'
import type { CoverageCounts } from '@/domain/translation'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { englishCoveragePath } from '@/routes/invest'
import { isLocale, type Locale } from '@/routes/locales'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: englishCoveragePath(locale), title: t('coverage.title'), description: t('coverage.intro') })
}

const percent = (share: number | null, locale: Locale) => (share === null ? '–' : `${formatNumber(Math.round(share * 1000) / 10, locale, 1)}%`)

function CountCells({ counts, locale }: { counts: CoverageCounts; locale: Locale }) {
  return (
    <>
      <td className="num">{formatNumber(counts.total, locale)}</td>
      <td className="num">{formatNumber(counts.current, locale)}</td>
      <td className="num">{formatNumber(counts.outdated, locale)}</td>
      <td className="num">{formatNumber(counts.missing, locale)}</td>
      <td className={`num ${counts.share !== null && counts.share < 0.5 ? 'share-low' : 'share-ok'}`}>{percent(counts.share, locale)}</td>
    </>
  )
}

/** Public English coverage: what share of each agency's published items is current in English. */
export default async function EnglishCoveragePage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const view = await getEnglishCoverage(locale)
  const { report } = view
  const countHeads = (
    <>
      <th scope="col" className="num">{t('coverage.items')}</th>
      <th scope="col" className="num">{t('coverage.current')}</th>
      <th scope="col" className="num">{t('coverage.outdated')}</th>
      <th scope="col" className="num">{t('coverage.missing')}</th>
      <th scope="col" className="num">{t('coverage.share')}</th>
    </>
  )
  const agencyName = (id: string) => {
    const a = view.agencies[id]
    if (!a) return id
    return a.name ? <Lang value={a.name} locale={locale} /> : a.slug
  }
  const complete = view.agencyOrder.filter((id) => view.agencies[id]!.englishGaps.length === 0).length
  return (
    <PageShell locale={locale} path={englishCoveragePath(locale)} current="transparency">
      <h1>{t('coverage.title')}</h1>
      <p>{t('coverage.intro')}</p>
      {report.overall.total === 0 ? (
        <p>{t('coverage.noItems')}</p>
      ) : (
        <p>
          <strong>
            {t('coverage.overall', {
              percent: percent(report.overall.share, locale),
              current: formatNumber(report.overall.current, locale),
              total: formatNumber(report.overall.total, locale),
            })}
          </strong>
        </p>
      )}

      <section aria-labelledby="legal-minimum">
        <h2 id="legal-minimum">{t('coverage.legalHeading')}</h2>
        <p>{t('coverage.legalIntro')}</p>
        <p>{t('coverage.legalSummary', { complete: formatNumber(complete, locale), total: formatNumber(view.agencyOrder.length, locale) })}</p>
        <ScrollRegion label={t('a11y.tableRegion', { name: t('coverage.legalHeading') })}>
          <table>
            <caption className="visually-hidden">{t('coverage.legalHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.agency')}</th>
                <th scope="col">{t('coverage.legalHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {view.agencyOrder.map((id) => {
                const gaps = view.agencies[id]!.englishGaps
                return (
                  <tr key={id} data-legal-minimum={gaps.length ? 'missing' : 'complete'}>
                    <th scope="row">{agencyName(id)}</th>
                    <td className={gaps.length ? 'share-low' : 'share-ok'}>
                      {gaps.length ? t('coverage.legalMissing', { fields: gaps.map((g) => t(`agencies.fields.${g}`)).join(', ') }) : t('coverage.legalComplete')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {report.overall.total > 0 && (
        <>
          <section aria-labelledby="by-section">
            <h2 id="by-section">{t('coverage.bySection')}</h2>
            <ScrollRegion label={t('a11y.tableRegion', { name: t('coverage.bySection') })}>
              <table>
                <caption className="visually-hidden">{t('coverage.bySection')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coverage.section')}</th>
                    {countHeads}
                  </tr>
                </thead>
                <tbody>
                  {report.bySection.map((s) => (
                    <tr key={s.section}>
                      <th scope="row">{view.sections[s.section] ?? s.section}</th>
                      <CountCells counts={s.counts} locale={locale} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          <section aria-labelledby="by-agency">
            <h2 id="by-agency">{t('coverage.byAgency')}</h2>
            <ScrollRegion label={t('a11y.tableRegion', { name: t('coverage.byAgency') })}>
              <table>
                <caption className="visually-hidden">{t('coverage.byAgency')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coverage.agency')}</th>
                    <th scope="col">{t('coverage.section')}</th>
                    {countHeads}
                  </tr>
                </thead>
                {report.byAgency.map((a) => (
                  <tbody key={a.agency}>
                    {a.sections.map((s, i) => (
                      <tr key={s.section}>
                        {i === 0 && (
                          <th scope="rowgroup" rowSpan={a.sections.length}>
                            {agencyName(a.agency)}
                          </th>
                        )}
                        <td>{view.sections[s.section] ?? s.section}</td>
                        <CountCells counts={s.counts} locale={locale} />
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </ScrollRegion>
          </section>
        </>
      )}
    </PageShell>
  )
}
