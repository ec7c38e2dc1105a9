import Link from 'next/link'
import { redirect } from 'next/navigation'
import { LEGAL_FIELDS, legalFieldLabel } from '@/collections/LegalDocuments/options'
import { Breadcrumb } from '@/components/Breadcrumb'
import { FilterForm } from '@/components/FilterForm'
import { RESULTS_ID } from '@/components/FilterDisclosure'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { listConsultants } from '@/data/legalSupport'
import { fieldQuery, parseFieldFilter } from '@/domain/legalSupport'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { legalSupportPaths } from '@/routes/legalSupport'
import { isLocale } from '@/routes/locales'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// A cached page (ISR), expired by tag when the Department of Justice changes an entry; its
// `?field=` variants render per request in ./~filtered (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

const FIELD_VALUES = LEGAL_FIELDS.map((f) => f.value)

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: legalSupportPaths.consultants(locale), title: t('legalSupport.consultants.title'), description: t('legalSupport.consultants.intro') })
}

/**
 * /vi/ho-tro-phap-ly/tu-van-vien, /en/legal-support/consultants: the active legal consultants of the
 * network kept by the Department of Justice, with the work contacts they publish, by field.
 */
export default async function ConsultantsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const query = await searchParams
  const filter = parseFieldFilter(query, FIELD_VALUES)
  const path = legalSupportPaths.consultants(locale)
  const given = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x])))).toString()
  if (given && `?${given}` !== fieldQuery(filter)) redirect(`${path}${fieldQuery(filter)}`)
  const consultants = await listConsultants(locale, filter.field)
  return (
    <PageShell locale={locale} path={path} current="legal-support">
      <Breadcrumb locale={locale} trail={[{ label: t('nav.legal-support'), href: legalSupportPaths.home(locale) }]} current={{ text: t('legalSupport.consultants.title'), lang: locale }} />
      <h1>{t('legalSupport.consultants.title')}</h1>
      <p>{t('legalSupport.consultants.intro')}</p>
      <FilterForm
        locale={locale}
        action={path}
        legend={t('legalSupport.filters')}
        fields={[{ name: 'field', label: t('legalSupport.field'), value: filter.field, options: LEGAL_FIELDS.map((f) => ({ value: f.value, label: f.label[locale] })) }]}
      />
      <p role="status" id={RESULTS_ID} tabIndex={-1}>
        {t('legalSupport.consultants.count', { count: consultants.length })}
      </p>
      {consultants.length ? (
        <ul className="card-list">
          {consultants.map((c) => (
            <li key={String(c.id)} className="card">
              <h2 className="card__title" lang={locale !== 'vi' ? 'vi' : undefined}>
                {c.name}
              </h2>
              <dl className="facts">
                {c.position && (
                  <>
                    <dt>{t('legalSupport.consultants.position')}</dt>
                    <Lang as="dd" value={c.position} locale={locale} />
                  </>
                )}
                {c.organisation && (
                  <>
                    <dt>{t('legalSupport.consultants.organisation')}</dt>
                    <Lang as="dd" value={c.organisation} locale={locale} />
                  </>
                )}
                <dt>{t('legalSupport.consultants.fields')}</dt>
                <dd>{c.fields.map((f) => legalFieldLabel(f, locale)).join(', ')}</dd>
                {c.workPhone && (
                  <>
                    <dt>{t('legalSupport.consultants.phone')}</dt>
                    <dd>
                      <a href={`tel:${c.workPhone.replace(/[^\d+]/g, '')}`}>{c.workPhone}</a>
                    </dd>
                  </>
                )}
                {c.workEmail && (
                  <>
                    <dt>{t('legalSupport.consultants.email')}</dt>
                    <dd>
                      <a href={`mailto:${c.workEmail}`}>{c.workEmail}</a>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('legalSupport.consultants.empty')}</p>
      )}
      <p>
        <Link href={legalSupportPaths.home(locale)}>{t('legalSupport.backToSection')}</Link>
      </p>
    </PageShell>
  )
}
