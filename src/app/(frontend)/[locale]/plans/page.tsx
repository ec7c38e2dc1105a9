import { PLAN_AREAS, PLAN_KINDS, PLAN_LEVELS, PLAN_STATUSES } from '@/collections/Plans/options'
import { RESULTS_ID } from '@/components/FilterDisclosure'
import { FilterForm } from '@/components/FilterForm'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { PlanList } from '@/components/plans/PlanList'
import { listPlans, parsePlanFilters, type PlanFilters } from '@/data/plans'
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
  return pageMetadata({ locale, path: sectionPath(locale, 'plans'), title: t('plans.title'), description: t('plans.intro') })
}

function query(filters: PlanFilters, page?: number): string {
  const q = new URLSearchParams()
  for (const k of ['kind', 'level', 'status', 'area'] as const) if (filters[k]) q.set(k, filters[k]!)
  if (page && page > 1) q.set('page', String(page))
  const s = q.toString()
  return s ? `?${s}` : ''
}

export default async function PlansIndexPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const filters = parsePlanFilters(await searchParams)
  const t = getT(locale)
  const path = sectionPath(locale, 'plans')
  const list = await listPlans(locale, filters)
  const opts = (o: readonly { value: string; label: { vi: string; en: string } }[]) => o.map((x) => ({ value: x.value, label: x.label[locale] }))
  return (
    <PageShell locale={locale} path={path} current="plans">
      <h1>{t('plans.title')}</h1>
      <p>{t('plans.intro')}</p>
      <FilterForm
        locale={locale}
        action={path}
        legend={t('plans.filterLegend')}
        fields={[
          { name: 'kind', label: t('plans.kind'), value: filters.kind, options: opts(PLAN_KINDS) },
          { name: 'level', label: t('plans.level'), value: filters.level, options: opts(PLAN_LEVELS) },
          { name: 'status', label: t('plans.status'), value: filters.status, options: opts(PLAN_STATUSES) },
          { name: 'area', label: t('plans.area'), value: filters.area, options: opts(PLAN_AREAS) },
        ]}
      />
      <p role="status" className="results-count" id={RESULTS_ID} tabIndex={-1}>
        {t('plans.results', { count: list.totalDocs })}
      </p>
      <PlanList locale={locale} items={list.items} />
      <Pagination locale={locale} page={list.page} totalPages={list.totalPages} hrefFor={(p) => `${path}${query(filters, p)}`} />
    </PageShell>
  )
}
