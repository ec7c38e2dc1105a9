import Link from 'next/link'
import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadataAt, loadAgency, type AgencyParams } from '@/components/agency/load'
import { RequestForm, type RequestFormTexts } from '@/components/informationRequests/RequestForm'
import { DELIVERY_FORMS, REQUEST_FIELDS, REQUESTER_KINDS } from '@/domain/informationRequests'
import { getT } from '@/i18n'
import { sendInformationRequest } from '@/lib/informationRequests/action'
import { requestPageLocation, requestPaths } from '@/routes/informationRequests'
import { agencySectionPath } from '@/routes'

type Props = { params: AgencyParams }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  return agencyMetadataAt(await params, (agency, locale) => ({ title: getT(locale)('informationRequests.formTitle', { agency: agency.name.text }), location: requestPageLocation(locale, agency, 'new') }))
}

/**
 * The request form of one agency (no JavaScript needed). The page is the same for every visitor
 * (cached); a submission without JavaScript re-renders it with the typed values (src/lib/publicForm).
 */
export default async function InformationRequestFormPage({ params }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const field = (f: string) => t(`informationRequests.form.${f}`)
  const texts: RequestFormTexts = {
    intro: t('informationRequests.formIntro'),
    required: t('enquiry.required'),
    optional: t('informationRequests.optional'),
    honeypot: t('enquiry.honeypot'),
    submit: t('informationRequests.submit'),
    errorsHeading: t('enquiry.errorsHeading'),
    requesterLegend: t('informationRequests.requesterLegend'),
    requestLegend: t('informationRequests.requestLegend'),
    deliveryLegend: t('informationRequests.deliveryLegend'),
    consentLegend: t('informationRequests.foreignLegend'),
    labels: Object.fromEntries(REQUEST_FIELDS.map((f) => [f, field(f)])) as RequestFormTexts['labels'],
    hints: {
      organisation: t('informationRequests.hints.organisation'),
      identityNumber: t('informationRequests.hints.identityNumber'),
      email: t('informationRequests.hints.email'),
      documentName: t('informationRequests.hints.documentName'),
      postalAddress: t('informationRequests.hints.postalAddress'),
      ownRights: t('informationRequests.hints.ownRights'),
    },
    kinds: Object.fromEntries(REQUESTER_KINDS.map((k) => [k, t(`informationRequests.kinds.${k}`)])) as RequestFormTexts['kinds'],
    deliveries: Object.fromEntries(DELIVERY_FORMS.map((k) => [k, t(`informationRequests.deliveries.${k}`)])) as RequestFormTexts['deliveries'],
    consent: t('informationRequests.privacy'),
  }
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={requestPaths.form(locale, agency.slug)} current="access-to-information">
      <h1>{t('informationRequests.formTitle', { agency: agency.name.text })}</h1>
      <RequestForm action={sendInformationRequest.bind(null, { locale, agency: agency.slug })} texts={texts} permalink={requestPaths.submit(locale, agency.slug)} />
      <p>
        <Link href={agencySectionPath(locale, agency.slug, 'access-to-information')}>{t('agencySite.access.title', { agency: agency.name.text })}</Link>
      </p>
    </AgencyShell>
  )
}
