import { familyLabel } from '@/collections/BudgetDisclosures/families'
import { DisclosureList } from '@/components/budget/DisclosureList'
import { RESULTS_ID } from '@/components/FilterDisclosure'
import { FilterForm } from '@/components/FilterForm'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { getBudgetFacets, listBudgetDisclosures, parseBudgetFilters, type BudgetFilters } from '@/data/budget'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'
import { pageLocale } from '@/components/page/locale'

// The unfiltered list is a cached page (ISR), expired by tag on publish like a detail page and
// regenerated at most hourly (dates computed for today); `searchParams` is empty here. Its
// query-string variants render per request in ./~filtered (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: sectionPath(locale, 'budget'), title: t('budget.title'), description: t('budget.intro') })
}

function query(filters: BudgetFilters, page?: number): string {
  const q = new URLSearchParams()
  if (filters.year) q.set('year', String(filters.year))
  if (filters.family) q.set('family', filters.family)
  if (filters.agency) q.set('agency', filters.agency)
  if (page && page > 1) q.set('page', String(page))
  const s = q.toString()
  return s ? `?${s}` : ''
}

export default async function BudgetIndexPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const filters = parseBudgetFilters(await searchParams)
  const t = getT(locale)
  const path = sectionPath(locale, 'budget')
  const [list, facets] = await Promise.all([listBudgetDisclosures(locale, filters), getBudgetFacets(locale, undefined)])
  return (
    <PageShell locale={locale} path={path} current="budget">
      <h1>{t('budget.title')}</h1>
      <p>{t('budget.intro')}</p>
      <FilterForm
        locale={locale}
        action={path}
        legend={t('budget.filterLegend')}
        fields={[
          { name: 'year', label: t('budget.fiscalYear'), value: filters.year ? String(filters.year) : undefined, options: facets.years.map((y) => ({ value: String(y), label: String(y) })) },
          { name: 'family', label: t('budget.family'), value: filters.family, options: facets.families.map((f) => ({ value: f, label: familyLabel(f, locale) })) },
          {
            name: 'agency',
            label: t('budget.agency'),
            value: filters.agency,
            options: facets.agencies.map((a) => ({ value: a.slug, label: a.name?.text ?? a.slug, lang: a.name?.lang })),
          },
        ]}
      />
      <p role="status" className="results-count" id={RESULTS_ID} tabIndex={-1}>
        {t('budget.results', { count: list.totalDocs })}
      </p>
      <DisclosureList locale={locale} items={list.items} />
      <Pagination locale={locale} page={list.page} totalPages={list.totalPages} hrefFor={(p) => `${path}${query(filters, p)}`} />
    </PageShell>
  )
}
