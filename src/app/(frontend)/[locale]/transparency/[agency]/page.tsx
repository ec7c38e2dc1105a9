import Link from 'next/link'
import { Score } from '@/components/transparency/Score'
import { TableWrap } from '@/components/transparency/TableWrap'
import { TrendChart } from '@/components/transparency/TrendChart'
import '@/components/transparency/transparency.css'
import { getAgencyTransparency, getTransparencyOverview } from '@/data/transparency'
import { formatDate, formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath, type Locale } from '@/routes'
import { caseSummaries, CRITERIA_ORDER, losingEvidence, round1 } from '@/transparency/export'
import { detailPage } from '@/components/page/detailPage'

// ?period= picks a past snapshot, so the page renders per request; its reads are cached and
// tag-revalidated (expired when snapshots are recomputed).
export const dynamic = 'force-dynamic'

const { Page, generateMetadata } = detailPage({
  section: 'transparency',
  path: (locale: Locale, { agency }: { locale: string; agency: string }, data) => sectionPath(locale, 'transparency', data?.agency.slug ?? agency),
  load: (locale: Locale, { agency }: { locale: string; agency: string }) => getAgencyTransparency(locale, agency),
  meta: (data, { locale }) => ({ title: getT(locale)('transparency.agencyTitle', { agency: data.agency.name ?? data.agency.nameVi }) }),
  render: async (data, { locale, path, searchParams }) => {
    const t = getT(locale)
    const sp = await searchParams
    const wanted = typeof sp.period === 'string' ? sp.period : null
    const snap = data.snapshots.find((s) => s.periodKey === wanted) ?? data.snapshots[0]
    const overview = await getTransparencyOverview(locale, {})
    const name = data.agency.name ?? data.agency.nameVi
    const nameLang = data.agency.name ? undefined : 'vi'
    const fmt = (v: number | null) => (round1(v) === null ? t('transparency.na') : formatNumber(round1(v)!, locale, 1))
    const history = [...data.snapshots].reverse()
    const periods = overview.periods.length ? overview.periods : history.map((s) => s.periodKey)
    const mine = new Map(history.map((s) => [s.periodKey, s.total]))
    const titles = new Map((snap?.catalogue ?? []).map((e) => [e.id, e.title]))
    const entryTitle = (id: string) => {
      const title = titles.get(id)
      if (!title) return <>{id}</>
      return title[locale] ? <>{title[locale]}</> : <span lang="vi">{title.vi}</span>
    }
    return (
      <>
        <p>
          <Link href={sectionPath(locale, 'transparency')}>{t('transparency.backToRanking')}</Link>
        </p>
        <h1>
          {t('transparency.title')}: <span lang={nameLang}>{name}</span>
        </h1>
        {!snap ? (
          <p>{t('transparency.empty')}</p>
        ) : (
          <>
            <p className="tx-total">
              {t('transparency.rankingHeading', { period: snap.periodLabel })}: <strong>{fmt(snap.total)}</strong> / 100
            </p>
            <p>{t('transparency.evaluated', { date: formatDate(snap.evaluatedOn, locale), version: snap.criteriaVersion })}</p>

            <h2>{t('transparency.breakdownHeading')}</h2>
            <TableWrap label={t('transparency.breakdownCaption', { period: snap.periodLabel })}>
              <table className="tx-table" id="breakdown">
                <caption>{t('transparency.breakdownCaption', { period: snap.periodLabel })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('transparency.criterion')}</th>
                    <th scope="col" className="num">{t('transparency.criterionScore')}</th>
                    <th scope="col" className="num">{t('transparency.weight')}</th>
                    <th scope="col" className="num">{t('transparency.points')}</th>
                    <th scope="col" className="num">{t('transparency.maxPoints')}</th>
                  </tr>
                </thead>
                <tbody>
                  {CRITERIA_ORDER.map((k) => {
                    const c = snap.score.byCriterion[k]
                    if (!c || c.weight === 0) return null
                    return (
                      <tr key={k} data-criterion={k}>
                        <th scope="row">{t(`transparency.criteria.${k}`)}</th>
                        {c.applicable ? <Score value={c.score} locale={locale} /> : <td className="num tx-na">{t('transparency.notApplicable')}</td>}
                        <td className="num">{formatNumber(c.weight, locale)}</td>
                        <Score value={c.applicable ? c.points : null} locale={locale} />
                        <Score value={c.applicable ? c.maxPoints : null} locale={locale} />
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </TableWrap>

            {caseSummaries(snap.score, snap.catalogue).length > 0 && (
              <>
                <h2>{t('transparency.casesHeading')}</h2>
                <p>{t('transparency.casesIntro')}</p>
                <TableWrap label={t('transparency.casesCaption', { period: snap.periodLabel })}>
                  <table className="tx-table" id="cases">
                    <caption>{t('transparency.casesCaption', { period: snap.periodLabel })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('transparency.entry')}</th>
                        <th scope="col" className="num">{t('transparency.casesAssessed')}</th>
                        <th scope="col" className="num">{t('transparency.casesMet')}</th>
                        <th scope="col" className="num">{t('transparency.statuses.late')}</th>
                        <th scope="col" className="num">{t('transparency.statuses.overdue')}</th>
                        <th scope="col" className="num">{t('transparency.statuses.incomplete')}</th>
                        <th scope="col" className="num">{t('transparency.statuses.not-due-yet')}</th>
                        <th scope="col" className="num">{t('transparency.casesShare')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {caseSummaries(snap.score, snap.catalogue).map((c) => (
                        <tr key={c.entryId} data-entry={c.entryId}>
                          <th scope="row">{entryTitle(c.entryId)}</th>
                          <td className="num">{formatNumber(c.assessed, locale)}</td>
                          <td className="num">{formatNumber(c.counts['on-time'] + c.counts.present, locale)}</td>
                          <td className="num">{formatNumber(c.counts.late, locale)}</td>
                          <td className="num">{formatNumber(c.counts.overdue, locale)}</td>
                          <td className="num">{formatNumber(c.counts.incomplete, locale)}</td>
                          <td className="num">{formatNumber(c.counts['not-due-yet'], locale)}</td>
                          {!c.applies ? (
                            <td className="num tx-na">{t('transparency.notApplicable')}</td>
                          ) : c.share === null ? (
                            <td className="num tx-na" data-nodata="">{t('transparency.noData')}</td>
                          ) : (
                            <td className="num">{formatNumber(round1(c.share)!, locale, 1)} %</td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              </>
            )}

            <h2>{t('transparency.lossesHeading')}</h2>
            {losingEvidence(snap.score).length === 0 ? (
              <p>{t('transparency.noLosses')}</p>
            ) : (
              <TableWrap label={t('transparency.lossesCaption', { period: snap.periodLabel })}>
                <table className="tx-table" id="losses">
                  <caption>{t('transparency.lossesCaption', { period: snap.periodLabel })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('transparency.entry')}</th>
                      <th scope="col">{t('transparency.criterion')}</th>
                      <th scope="col">{t('transparency.status')}</th>
                      <th scope="col">{t('transparency.item')}</th>
                      <th scope="col">{t('transparency.due')}</th>
                      <th scope="col">{t('transparency.published')}</th>
                      <th scope="col">{t('transparency.late')}</th>
                      <th scope="col" className="num">{t('transparency.pointsLost')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {losingEvidence(snap.score).map((e, i) => (
                      <tr key={`${e.entryId}-${e.criterion}-${e.itemId ?? i}`} data-status={e.status}>
                        <td>{entryTitle(e.entryId)}</td>
                        <td>{t(`transparency.criteria.${e.criterion}`)}</td>
                        <td className={`tx-status--${e.status}`}>{t(`transparency.statuses.${e.status}`)}</td>
                        <td lang={e.itemTitle ? 'vi' : undefined}>{e.itemTitle ?? ''}</td>
                        <td>{e.due ? <time dateTime={e.due}>{formatDate(e.due, locale)}</time> : ''}</td>
                        <td>{e.publishedOn ?? e.closedOn ? <time dateTime={e.publishedOn ?? e.closedOn}>{formatDate((e.publishedOn ?? e.closedOn)!, locale)}</time> : ''}</td>
                        <td>
                          {e.daysLate !== undefined && e.status === 'late'
                            ? t('transparency.lateDays', { days: e.daysLate, working: e.workingDaysLate ?? 0 })
                            : e.daysLate !== undefined && e.status === 'overdue'
                              ? t('transparency.overdueDays', { days: e.daysLate, working: e.workingDaysLate ?? 0 })
                              : e.status === 'incomplete' && e.note
                                ? <span lang="en">{e.note}</span>
                                : ''}
                        </td>
                        <td className="num">{formatNumber(Math.round(e.pointsLost * 100) / 100, locale, 2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}

            <h2>{t('transparency.downloads')}</h2>
            <ul className="tx-downloads">
              <li>
                <a href={`${sectionPath(locale, 'transparency', data.agency.slug, 'evidence.csv')}?period=${snap.periodKey}`} download>
                  {t('transparency.evidenceCsv', { period: snap.periodLabel })}
                </a>
              </li>
              <li>
                <a href={`${sectionPath(locale, 'transparency', data.agency.slug, 'evidence.json')}?period=${snap.periodKey}`}>{t('transparency.evidenceJson', { period: snap.periodLabel })}</a>
              </li>
            </ul>

            <h2>{t('transparency.historyHeading')}</h2>
            <div className="tx-trend">
              <TrendChart
                id="agency-trend"
                locale={locale}
                title={t('transparency.chartTitle', { agency: name })}
                periods={periods}
                series={[
                  { label: name, values: periods.map((p) => mine.get(p) ?? null) },
                  { label: t('transparency.average'), values: periods.map((p) => overview.averageTrend[overview.periods.indexOf(p)] ?? null), secondary: true },
                ]}
              />
              <table className="tx-table" id="history">
                <caption>{t('transparency.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('transparency.period')}</th>
                    <th scope="col" className="num">{t('transparency.score')}</th>
                    <th scope="col" className="num">{t('transparency.average')}</th>
                  </tr>
                </thead>
                <tbody>
                  {periods.map((p) => (
                    <tr key={p}>
                      <th scope="row">
                        {data.snapshots.some((s) => s.periodKey === p) ? <Link href={`${path}?period=${p}`}>{p}</Link> : p}
                      </th>
                      <Score value={mine.get(p) ?? null} locale={locale} />
                      <Score value={overview.averageTrend[overview.periods.indexOf(p)] ?? null} locale={locale} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </>
    )
  },
})
export { Page as default, generateMetadata }
