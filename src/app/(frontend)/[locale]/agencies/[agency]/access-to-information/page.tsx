import { AgencyShell, L } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency, type AgencyParams } from '@/components/agency/load'
import { getAgencyCatalogue } from '@/data/agency-site'
import { getT } from '@/i18n'
import { agencySectionPath } from '@/routes'
import { requestPaths } from '@/routes/informationRequests'
import Link from 'next/link'
import { DISCLOSURE_CATEGORIES } from '@/transparency/catalogue'

type Props = { params: AgencyParams }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  return agencyMetadata(await params, (agency, locale) => ({ title: getT(locale)('agencySite.access.title', { agency: agency.name.text }), section: 'access-to-information' }))
}

/**
 * Access to information at one agency (Law on Access to Information 2016): where to ask, and the
 * information the agency must publish on its own initiative (the disclosure catalogue for its kind).
 */
export default async function AgencyAccessToInformationPage({ params }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const catalogue = await getAgencyCatalogue(locale, agency.kind)
  const info = settings.informationRequests
  // Without a designated contact point, requests go to the agency's own contacts.
  const address = info.address ?? agency.address
  const phone = info.phone ?? agency.phone
  const email = info.email ?? agency.email
  const categoryLabel = (value: string) => DISCLOSURE_CATEGORIES.find((c) => c.value === value)?.label[locale] ?? value
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={agencySectionPath(locale, agency.slug, 'access-to-information')} current="access-to-information">
      <h1>{t('agencySite.access.title', { agency: agency.name.text })}</h1>
      <p>{t('agencySite.access.intro')}</p>
      <section aria-labelledby="info-contact">
        <h2 id="info-contact">{t('agencySite.access.contactPoint')}</h2>
        <dl className="agency-list__contacts">
          <dt>{t('agencySite.access.unit')}</dt>
          {info.unit ? <L as="dd" value={info.unit} locale={locale} /> : <L as="dd" value={agency.name} locale={locale} />}
          {address && (
            <>
              <dt>{t('footer.address')}</dt>
              <L as="dd" value={address} locale={locale} />
            </>
          )}
          {phone && (
            <>
              <dt>{t('footer.phone')}</dt>
              <dd>
                <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
              </dd>
            </>
          )}
          {email && (
            <>
              <dt>{t('footer.email')}</dt>
              <dd>
                <a href={`mailto:${email}`}>{email}</a>
              </dd>
            </>
          )}
          {info.hours && (
            <>
              <dt>{t('agencySite.access.hours')}</dt>
              <L as="dd" value={info.hours} locale={locale} />
            </>
          )}
        </dl>
        <p>{t('agencySite.access.howTo')}</p>
        <ul>
          <li>
            <Link href={requestPaths.form(locale, agency.slug)}>{t('agencySite.access.requestLink')}</Link>
          </li>
          <li>
            <Link href={requestPaths.register(locale, agency.slug)}>{t('agencySite.access.registerLink')}</Link>
          </li>
        </ul>
      </section>
      {catalogue && catalogue.length > 0 && (
        <section aria-labelledby="info-catalogue">
          <h2 id="info-catalogue">{t('agencySite.access.catalogue')}</h2>
          <p>{t('agencySite.access.catalogueIntro')}</p>
          <ol className="doc-list">
            {catalogue.map((entry) => (
              <li key={entry.id}>
                <L value={entry.title} locale={locale} /> <small>({categoryLabel(entry.category)})</small>
                {entry.citation && (
                  <>
                    <br />
                    <small>
                      {t('agencySite.access.basis')}: <L value={entry.citation} locale={locale} />
                    </small>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </AgencyShell>
  )
}
