import Link from 'next/link'
import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadataAt, loadAgency, type AgencyParams } from '@/components/agency/load'
import { listRegister } from '@/data/informationRequests'
import { toISODate } from '@/domain/calendar'
import { formatDate } from '@/domain/i18n-format'
import { timeliness } from '@/domain/informationRequests'
import { getT } from '@/i18n'
import { requestPageLocation, requestPaths } from '@/routes/informationRequests'
import { agencySectionPath } from '@/routes'

type Props = { params: AgencyParams }

// A cached list page (ISR): expired by tag when a request is received or a step is recorded
// (the collection's afterChange), regenerated at most hourly (the "overdue" marks move with the day).
export const dynamic = 'force-static'
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  return agencyMetadataAt(await params, (agency, locale) => ({
    title: getT(locale)('informationRequests.registerTitle', { agency: agency.name.text }),
    description: getT(locale)('informationRequests.registerIntro'),
    location: requestPageLocation(locale, agency),
  }))
}

/**
 * The public register of an agency's information requests (Law on Access to Information 2016):
 * what was asked (the editable public summary), when, the outcome, working days taken, on time or
 * late. Nothing of the requester is selected (src/data/informationRequests.ts).
 */
export default async function InformationRequestRegister({ params }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const { lines, total } = await listRegister(agency.id)
  const today = toISODate(new Date())
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={requestPaths.register(locale, agency.slug)} current="access-to-information">
      <h1>{t('informationRequests.registerTitle', { agency: agency.name.text })}</h1>
      <p>{t('informationRequests.registerIntro')}</p>
      <p>
        <Link className="button" href={requestPaths.form(locale, agency.slug)}>
          {t('informationRequests.registerAsk')}
        </Link>
      </p>
      {lines.length === 0 ? (
        <p>{t('informationRequests.registerEmpty')}</p>
      ) : (
        <>
          {total > lines.length && <p>{t('informationRequests.registerShown', { shown: lines.length, total })}</p>}
          <div className="table-scroll" role="region" aria-labelledby="register-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="register-caption">{t('informationRequests.registerTitle', { agency: agency.name.text })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('informationRequests.col.summary')}</th>
                  <th scope="col">{t('informationRequests.col.received')}</th>
                  <th scope="col">{t('informationRequests.col.outcome')}</th>
                  <th scope="col">{t('informationRequests.col.days')}</th>
                  <th scope="col">{t('informationRequests.col.timeliness')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => {
                  const status = timeliness(line, today)
                  return (
                    <tr key={line.id} data-state={line.state}>
                      <td lang="vi">
                        {line.summary}
                        {line.disclosureSlug && (
                          <>
                            <br />
                            <Link href={agencySectionPath(locale, agency.slug, 'news', line.disclosureSlug)}>{t('informationRequests.disclosureLink')}</Link>
                          </>
                        )}
                      </td>
                      <td>{line.receivedOn ? formatDate(line.receivedOn, locale) : '–'}</td>
                      <td>
                        {t(`informationRequests.states.${line.state}`)}
                        {line.extended && line.state !== 'extended' && <> ({t('informationRequests.extendedNote')})</>}
                        {line.ground && (
                          <>
                            <br />
                            <small>
                              {t('informationRequests.groundLabel')}: {t(`informationRequests.grounds.${line.ground}`)}
                            </small>
                          </>
                        )}
                      </td>
                      <td>{line.daysTaken ?? '–'}</td>
                      <td data-timeliness={status}>{t(`informationRequests.timeliness.${status}`, { due: line.dueOn ? formatDate(line.dueOn, locale) : '–' })}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AgencyShell>
  )
}
