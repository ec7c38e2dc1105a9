import '@/components/invest/invest.css'
import '@/components/services/services.css'
import { FilterDisclosure, RESULTS_ID, toResults } from '@/components/FilterDisclosure'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { pageLocale } from '@/components/page/locale'
import { allProcedures, filterProcedures, parseProcedureFilters, type ProcedureFilters } from '@/data/services'
import { ONLINE_LEVELS, optionLabel, PROCEDURE_FIELDS } from '@/domain/services'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes'
import { servicesPaths } from '@/routes/services'

// The unfiltered list is a cached page (ISR), expired by tag on publish and regenerated at most
// hourly; `searchParams` is empty here. Its query-string variants render per request in
// ./~filtered from cached, tag-revalidated reads (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: servicesPaths.finder(locale), title: t('services.finder.title'), description: t('services.finder.intro') })
}

function query(f: ProcedureFilters, page?: number): string {
  const q = new URLSearchParams()
  for (const k of ['q', 'agency', 'field', 'level'] as const) if (f[k]) q.set(k, f[k]!)
  if (page && page > 1) q.set('page', String(page))
  const s = q.toString()
  return s ? `?${s}` : ''
}

export default async function PublicServicesPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const filters = parseProcedureFilters(await searchParams)
  const path = servicesPaths.finder(locale)
  const cards = await allProcedures(locale)
  const list = filterProcedures(cards, filters)
  const agencies = [...new Map(cards.filter((c) => c.agency).map((c) => [c.agency!.slug, c.agency!])).values()].sort((a, b) => (a.name?.text ?? a.slug).localeCompare(b.name?.text ?? b.slug, locale))
  const withCount = (label: string, n: number | undefined) => `${label} (${n ?? 0})`
  const active = ['q', 'agency', 'field', 'level'].filter((k) => filters[k as keyof ProcedureFilters]).length
  return (
    <PageShell locale={locale} path={path} current="public-services">
      <h1>{t('services.finder.title')}</h1>
      <p>{t('services.finder.intro')}</p>
      <p>
        <a href={servicesPaths.lookup(locale)}>{t('services.finder.lookupLink')}</a> · <a href={servicesPaths.performance(locale)}>{t('services.finder.performanceLink')}</a>
      </p>
      <FilterDisclosure locale={locale} active={active}>
        <form method="get" action={toResults(path)} className="filters" role="search">
          <fieldset>
            <legend>{t('services.finder.legend')}</legend>
            <div className="filters__fields">
              <p className="filters__field">
                <label htmlFor="finder-q">{t('services.finder.q')}</label>
                <input id="finder-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} aria-describedby="finder-q-hint" />
                <span id="finder-q-hint" className="form-field__hint">
                  {t('services.finder.qHint')}
                </span>
              </p>
              <p className="filters__field">
                <label htmlFor="finder-agency">{t('services.finder.agency')}</label>
                <select id="finder-agency" name="agency" defaultValue={filters.agency ?? ''}>
                  <option value="">{t('listFilters.all')}</option>
                  {agencies.map((a) => (
                    <option key={a.slug} value={a.slug} lang={a.name && a.name.lang !== locale ? a.name.lang : undefined}>
                      {withCount(a.name?.text ?? a.slug, list.counts.agency[a.slug])}
                    </option>
                  ))}
                </select>
              </p>
              <p className="filters__field">
                <label htmlFor="finder-field">{t('services.finder.field')}</label>
                <select id="finder-field" name="field" defaultValue={filters.field ?? ''}>
                  <option value="">{t('listFilters.all')}</option>
                  {PROCEDURE_FIELDS.map((f) => (
                    <option key={f.value} value={f.value}>
                      {withCount(f.label[locale], list.counts.field[f.value])}
                    </option>
                  ))}
                </select>
              </p>
              <p className="filters__field">
                <label htmlFor="finder-level">{t('services.finder.level')}</label>
                <select id="finder-level" name="level" defaultValue={filters.level ?? ''}>
                  <option value="">{t('listFilters.all')}</option>
                  {ONLINE_LEVELS.map((l) => (
                    <option key={l.value} value={l.value}>
                      {withCount(l.label[locale], list.counts.level[l.value])}
                    </option>
                  ))}
                </select>
              </p>
            </div>
            <p className="filters__actions">
              <button type="submit">{t('listFilters.apply')}</button>
              <a href={path}>{t('listFilters.reset')}</a>
            </p>
          </fieldset>
        </form>
      </FilterDisclosure>
      <p role="status" className="results-count" id={RESULTS_ID} tabIndex={-1}>
        {t('services.finder.results', { count: list.totalDocs })}
      </p>
      <ul className="procedure-list">
        {list.items.map((p) => (
          <li key={p.id}>
            <a href={servicesPaths.procedure(locale, p.slug)}>
              <Lang value={p.name} locale={locale} />
            </a>
            {p.name && p.name.lang !== locale && <> ({t('services.untranslated')})</>}
            <p className="meta">
              {t('services.finder.code')} {p.code} · <span className="level-badge">{optionLabel(ONLINE_LEVELS, p.level, locale)}</span> · {optionLabel(PROCEDURE_FIELDS, p.field, locale)}
              {p.agency && (
                <>
                  {' · '}
                  <Lang value={p.agency.name} locale={locale} />
                </>
              )}
              {p.processingDays !== null && <> · {t('services.finder.days', { count: p.processingDays })}</>}
            </p>
          </li>
        ))}
      </ul>
      <Pagination locale={locale} page={list.page} totalPages={list.totalPages} hrefFor={(p) => `${path}${query(filters, p)}`} />
    </PageShell>
  )
}
