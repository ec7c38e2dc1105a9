import Link from 'next/link'
import { AgencyShell, L } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency, type AgencyParams } from '@/components/agency/load'
import { Pagination } from '@/components/Pagination'
import { listBudgetDisclosures } from '@/data/budget'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { agencySectionPath, sectionPath } from '@/routes'

type Props = { params: AgencyParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  return agencyMetadata(await params, (agency, locale) => ({ title: getT(locale)('agencySite.budgetTitle', { agency: agency.name.text }), section: 'budget' }))
}

function pageOf(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1
}

/** Budget disclosures of the agency (the province-wide reader, filtered to the agency). */
export default async function AgencyBudgetPage({ params, searchParams }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const page = pageOf((await searchParams).page)
  const list = await listBudgetDisclosures(locale, { agencyId: agency.id, page })
  const path = agencySectionPath(locale, agency.slug, 'budget')
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={path} current="budget">
      <h1>{t('agencySite.budgetTitle', { agency: agency.name.text })}</h1>
      {list.items.length === 0 ? (
        <p>{t('agencySite.emptyList')}</p>
      ) : (
        <ul className="doc-list">
          {list.items.map((d) => (
            <li key={d.id}>
              <Link href={sectionPath(locale, 'budget', d.slug)}>{d.title ? <L value={d.title} locale={locale} /> : d.slug}</Link>
              <small>
                {' · '}
                {t('agencySite.fiscalYear', { year: d.fiscalYear })}
                {d.publishedAt && <> · {formatDate(d.publishedAt, locale)}</>}
              </small>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={list.page} totalPages={list.totalPages} hrefFor={(n) => (n === 1 ? path : `${path}?page=${n}`)} />
    </AgencyShell>
  )
}
