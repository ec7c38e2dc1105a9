import Link from 'next/link'
import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadataAt, loadAgency, type AgencyParams } from '@/components/agency/load'
import { normalizeTrackingCode } from '@/domain/cases'
import { getT } from '@/i18n'
import { requestPageLocation, requestPaths } from '@/routes/informationRequests'
import { questionPaths } from '@/routes/questions'

/** The requester's own confirmation (code and secret token from the query): never cached, never indexed. */
export const dynamic = 'force-dynamic'

type Props = { params: AgencyParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  return agencyMetadataAt(await params, (agency, locale) => ({ title: getT(locale)('informationRequests.sentTitle'), location: requestPageLocation(locale, agency, 'sent'), robots: { index: false } }))
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim().slice(0, 100) : '')

/** Where the request form redirects (303): the tracking code and the private follow link, nothing of the requester. */
export default async function RequestSentPage({ params, searchParams }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const query = await searchParams
  const code = normalizeTrackingCode(one(query.code))
  const token = one(query.t)
  const followable = code && /^[0-9a-f]{48}$/.test(token)
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={requestPaths.sent(locale, agency.slug, '')} current="access-to-information">
      <h1>{t('informationRequests.sentTitle')}</h1>
      {code ? (
        <>
          <p role="status">
            {t('informationRequests.sentBody', { agency: agency.name.text })} <strong className="tracking-code">{code}</strong>
          </p>
          {followable && (
            <p>
              <Link href={questionPaths.follow(locale, code, token)} prefetch={false}>
                {t('informationRequests.followLink')}
              </Link>
            </p>
          )}
          <p>{t('informationRequests.sentKeep')}</p>
        </>
      ) : (
        <p role="status">{t('informationRequests.sentNoCode')}</p>
      )}
      <p>
        <Link href={requestPaths.register(locale, agency.slug)}>{t('informationRequests.registerTitle', { agency: agency.name.text })}</Link>
      </p>
    </AgencyShell>
  )
}
