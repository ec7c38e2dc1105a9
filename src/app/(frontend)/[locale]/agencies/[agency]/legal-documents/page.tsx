import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency, type AgencyParams } from '@/components/agency/load'
import { LegalDocList } from '@/components/legal/LegalDocList'
import { withStatuses } from '@/components/legal/view'
import { legalIndex } from '@/data/legal'
import { getT } from '@/i18n'
import { agencySectionPath } from '@/routes'

type Props = { params: AgencyParams }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  return agencyMetadata(await params, (agency, locale) => ({ title: getT(locale)('agencySite.legalTitle', { agency: agency.name.text }), section: 'legal-documents' }))
}

/** Legal documents issued by the agency (the province-wide index, filtered to the agency). */
export default async function AgencyLegalDocumentsPage({ params }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const docs = withStatuses(await legalIndex()).filter((d) => d.agencyId !== null && String(d.agencyId) === String(agency.id))
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={agencySectionPath(locale, agency.slug, 'legal-documents')} current="legal-documents">
      <h1>{t('agencySite.legalTitle', { agency: agency.name.text })}</h1>
      <LegalDocList locale={locale} items={docs} headingLevel={2} />
    </AgencyShell>
  )
}
