import Link from 'next/link'
import { AgencyShell, L } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency, type AgencyParams } from '@/components/agency/load'
import { Pagination } from '@/components/Pagination'
import { listPlans } from '@/data/plans'
import { getT } from '@/i18n'
import { agencySectionPath, sectionPath } from '@/routes'

type Props = { params: AgencyParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  return agencyMetadata(await params, (agency, locale) => ({ title: getT(locale)('agencySite.plansTitle', { agency: agency.name.text }), section: 'plans' }))
}

function pageOf(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1
}

/** Plans published by the agency (the province-wide reader, filtered to the agency). */
export default async function AgencyPlansPage({ params, searchParams }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const page = pageOf((await searchParams).page)
  const plans = await listPlans(locale, { agencyId: agency.id, page })
  const path = agencySectionPath(locale, agency.slug, 'plans')
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={path} current="plans">
      <h1>{t('agencySite.plansTitle', { agency: agency.name.text })}</h1>
      {plans.items.length === 0 ? (
        <p>{t('agencySite.emptyList')}</p>
      ) : (
        <ul className="doc-list">
          {plans.items.map((p) => (
            <li key={p.id}>
              <Link href={sectionPath(locale, 'plans', p.slug)}>{p.title ? <L value={p.title} locale={locale} /> : p.slug}</Link>
              {p.periodStart && <small> · {t('agencySite.period', { start: p.periodStart, end: p.periodEnd ?? '…' })}</small>}
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={plans.page} totalPages={plans.totalPages} hrefFor={(n) => (n === 1 ? path : `${path}?page=${n}`)} />
    </AgencyShell>
  )
}
