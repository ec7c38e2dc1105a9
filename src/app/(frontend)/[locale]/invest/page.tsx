import '@/components/invest/invest.css'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { Lang } from '@/components/Lang'
import { ViOnlyBadge } from '@/components/ViOnlyBadge'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { ProjectCards } from '@/components/invest/ProjectCards'
import { ProjectFilters } from '@/components/invest/ProjectFilters'
import { RESULTS_ID } from '@/components/FilterDisclosure'
import { listGuides, listProjects, listZones } from '@/data/invest'
import { formatNumber } from '@/domain/i18n-format'
import { hasActiveFilters, parseProjectFilters, projectFiltersQuery } from '@/domain/invest'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { investPaths } from '@/routes/invest'
import { isLocale } from '@/routes/locales'
import { pageLocale } from '@/components/page/locale'
import { marketplacePaths } from '@/routes/marketplace'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The unfiltered page is a cached page (ISR), expired by tag on publish like a detail page and
// regenerated at most hourly; `searchParams` is empty here. Its query-string variants (the
// filters) render per request in ./~filtered from cached, tag-revalidated reads (src/data/invest.ts,
// one cache entry per filter combination; README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: investPaths.home(locale), title: t('invest.title'), description: t('invest.intro') })
}

export default async function InvestPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const query = await searchParams
  const filters = parseProjectFilters(query)
  const home = investPaths.home(locale)
  // One URL per filter set: the GET form also submits empty selects, and hand-edited URLs may
  // carry unknown values; both are redirected to the canonical query string.
  const given = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))),
  ).toString()
  const canonical = projectFiltersQuery(filters)
  if (given && `?${given}` !== canonical) redirect(`${home}${canonical}`)
  const [projects, zones, guides] = await Promise.all([listProjects(locale, filters), listZones(locale), listGuides(locale)])
  return (
    <PageShell locale={locale} path={home} current="invest">
      <h1>{t('invest.title')}</h1>
      <p>{t('invest.intro')}</p>
      <p>
        <a href={marketplacePaths.list(locale)}>{t('marketplace.investLink')}</a>
      </p>

      <section aria-labelledby="projects">
        <h2 id="projects">{t('invest.projectsHeading')}</h2>
        <ProjectFilters locale={locale} action={home} filters={filters} zones={zones} />
        <p role="status" id={RESULTS_ID} tabIndex={-1}>{t('invest.resultsCount', { total: formatNumber(projects.totalDocs, locale) })}</p>
        {projects.items.length ? <ProjectCards locale={locale} items={projects.items} /> : <p>{t('invest.noResults')}</p>}
        <Pagination locale={locale} page={projects.page} totalPages={projects.totalPages} hrefFor={(page) => `${home}${projectFiltersQuery({ ...filters, page })}`} />
        {hasActiveFilters(filters) && (
          <p>
            <a href={home}>{t('invest.filters.clear')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="zones">
        <h2 id="zones">{t('invest.zonesHeading')}</h2>
        <ul className="card-list">
          {zones.map((z) => (
            <li key={z.id} className="card">
              <h3 className="card__title">
                <Link href={investPaths.zone(locale, z.slug)}>
                  <Lang value={z.title} locale={locale} />
                </Link>
                <ViOnlyBadge locale={locale} lang={z.title.lang} />
              </h3>
              <p className="card__meta">{t(`invest.zoneKinds.${z.kind}`)}</p>
              <Lang value={z.summary} locale={locale} as="p" />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="guides">
        <h2 id="guides">{t('invest.guidesHeading')}</h2>
        <ul>
          {guides.map((g) => (
            <li key={g.id}>
              <Link href={investPaths.guide(locale, g.slug)}>
                <Lang value={g.title} locale={locale} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  )
}
