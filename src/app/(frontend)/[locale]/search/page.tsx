import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { SearchBox } from '@/components/search/SearchBox'
import { listAgencies } from '@/data/agencies'
import { MAX_SEARCH_CHARS, parseSearchParams, searchSite, SEARCH_PAGE_SIZE, type SearchParams } from '@/data/search'
import { formatDate, formatNumber } from '@/domain/i18n-format'
import { DOC_TYPES } from '@/domain/legal'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, otherLocale, sectionPath, type Locale } from '@/routes'
import { SEARCH_SECTIONS } from '@/search/sources'
import type { SearchHit } from '@/search/types'
import { pageLocale } from '@/components/page/locale'
import { captionLang } from '@/domain/search/captionLang'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The query string makes every request different; the reads themselves are cached (tag `search`).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  const meta = pageMetadata({ locale, path: sectionPath(locale, 'search'), title: t('search.title'), description: t('search.intro') })
  // Result pages are not for search engines; the empty search page is.
  const hasQuery = Object.keys(await searchParams).length > 0
  return hasQuery ? { ...meta, robots: { index: false, follow: true } } : meta
}

/** The search page's own URL with some parameters changed (filters, page, suggestion). */
function searchHref(locale: Locale, params: SearchParams, change: Partial<Record<keyof SearchParams, string | number | undefined>>): string {
  const merged: Record<string, string | number | undefined> = {
    q: params.q || undefined,
    section: params.section,
    agency: params.agency,
    year: params.year,
    type: params.docType,
    page: params.page > 1 ? params.page : undefined,
  }
  for (const [k, v] of Object.entries(change)) merged[k === 'docType' ? 'type' : k] = v
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') qs.set(k, String(v))
  const s = qs.toString()
  return sectionPath(locale, 'search') + (s ? `?${s}` : '')
}

const YEARS = (() => {
  const now = new Date().getFullYear()
  return Array.from({ length: now + 1 - 2005 }, (_, i) => now - i)
})()

/**
 * /vi/tim-kiem?q=…, /en/search?q=…: a plain GET form (works without JavaScript; the SearchBox
 * adds type-ahead suggestions when it runs). Filters live in the URL; results come from one
 * cached read tagged `search`.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const query = parseSearchParams(await searchParams)
  const hasFilters = Boolean(query.section || query.agency || query.year || query.docType)
  const [agencies, result] = await Promise.all([listAgencies(locale), query.q || hasFilters ? searchSite(locale, query) : Promise.resolve(null)])
  const path = sectionPath(locale, 'search')
  const totalPages = result ? Math.min(50, Math.ceil(result.total / SEARCH_PAGE_SIZE)) : 0
  const sectionLabel = (s: string) => t(`search.sections.${s}`)

  return (
    <PageShell locale={locale} path={path} current="search" alternatePath={searchHref(otherLocale(locale), query, { page: undefined })}>
      <h1>{t('search.title')}</h1>
      <p>{t('search.intro')}</p>
      <form method="get" action={path} role="search" className="search-form filters" aria-label={t('search.title')}>
        <SearchBox
          id="search-q"
          name="q"
          label={t('search.label')}
          defaultValue={query.q}
          placeholder={t('search.placeholder')}
          maxLength={MAX_SEARCH_CHARS}
          submitLabel={t('search.submit')}
          suggestUrl={`${path}/suggest`}
          listLabel={t('search.suggestions')}
          countTemplate={t('search.suggestionsCount', { count: 999 })}
        />
        <fieldset>
          <legend>{t('search.filters')}</legend>
          <div className="filters__fields">
            <p className="filters__field">
              <label htmlFor="search-section">{t('search.section')}</label>
              <select id="search-section" name="section" defaultValue={query.section ?? ''}>
                <option value="">{t('search.any')}</option>
                {SEARCH_SECTIONS.map((s) => (
                  <option key={s} value={s}>
                    {sectionLabel(s)}
                  </option>
                ))}
              </select>
            </p>
            <p className="filters__field">
              <label htmlFor="search-agency">{t('search.agency')}</label>
              <select id="search-agency" name="agency" defaultValue={query.agency ?? ''}>
                <option value="">{t('search.any')}</option>
                {agencies.map((a) => (
                  <option key={a.id} value={a.slug} lang={a.name ? undefined : 'vi'}>
                    {a.name ?? a.slug}
                  </option>
                ))}
              </select>
            </p>
            <p className="filters__field">
              <label htmlFor="search-year">{t('search.year')}</label>
              <select id="search-year" name="year" defaultValue={query.year ? String(query.year) : ''}>
                <option value="">{t('search.any')}</option>
                {YEARS.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </p>
            <p className="filters__field">
              <label htmlFor="search-type">{t('search.type')}</label>
              <select id="search-type" name="type" defaultValue={query.docType ?? ''}>
                <option value="">{t('search.any')}</option>
                {DOC_TYPES.map((d) => (
                  <option key={d.key} value={d.key}>
                    {d[locale]}
                  </option>
                ))}
              </select>
            </p>
          </div>
          <p className="filters__actions">
            <button type="submit">{t('search.apply')}</button>
            {hasFilters && <a href={searchHref(locale, query, { section: undefined, agency: undefined, year: undefined, docType: undefined, page: undefined })}>{t('search.clear')}</a>}
          </p>
        </fieldset>
      </form>

      {!result && <p>{t('search.prompt')}</p>}
      {result && (
        <section aria-labelledby="search-results" className="search-results">
          <h2 id="search-results">{t('search.results')}</h2>
          <p className="results-count" role="status">
            {query.q
              ? result.totalIsLowerBound
                ? t('search.countAtLeast', { count: result.total, q: query.q, formattedCount: formatNumber(result.total, locale) })
                : t('search.count', { count: result.total, q: query.q })
              : t('search.browseCount', { count: result.total })}
          </p>
          {Object.keys(result.facets.section).length > 0 && (
            <nav aria-label={t('search.bySection')} className="search-facets">
              <ul>
                <li>
                  <a href={searchHref(locale, query, { section: undefined, page: undefined })} aria-current={query.section ? undefined : 'true'}>
                    {t('search.allSections')}
                  </a>
                </li>
                {SEARCH_SECTIONS.filter((s) => result.facets.section[s]).map((s) => (
                  <li key={s}>
                    <a href={searchHref(locale, query, { section: s, page: undefined })} aria-current={query.section === s ? 'true' : undefined}>
                      {sectionLabel(s)} ({formatNumber(result.facets.section[s]!, locale)}
                      {result.facets.lowerBound ? '+' : ''})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {result.hits.length === 0 ? (
            <div className="search-empty">
              <p>{t('search.empty', { q: query.q })}</p>
              {result.suggestions.length > 0 && (
                <p>
                  {t('search.didYouMean')}{' '}
                  {result.suggestions.map((s, i) => (
                    <span key={s}>
                      {i > 0 && ', '}
                      <a href={searchHref(locale, query, { q: s, page: undefined })}>{s}</a>
                    </span>
                  ))}
                </p>
              )}
              <p>{t('search.emptyTips')}</p>
            </div>
          ) : (
            <>
              {result.suggestions.length > 0 && (
                <p>
                  {t('search.didYouMean')}{' '}
                  {result.suggestions.map((s, i) => (
                    <span key={s}>
                      {i > 0 && ', '}
                      <a href={searchHref(locale, query, { q: s, page: undefined })}>{s}</a>
                    </span>
                  ))}
                </p>
              )}
              <ol className="record-list search-hits" start={(result.page - 1) * SEARCH_PAGE_SIZE + 1}>
                {result.hits.map((hit) => (
                  <Hit key={hit.id} hit={hit} locale={locale} sectionLabel={sectionLabel(hit.collection)} t={t} />
                ))}
              </ol>
            </>
          )}
          <Pagination locale={locale} page={result.page} totalPages={totalPages} hrefFor={(p) => searchHref(locale, query, { page: p > 1 ? p : undefined })} />
        </section>
      )}
    </PageShell>
  )
}

function Hit({ hit, locale, sectionLabel, t }: { hit: SearchHit; locale: Locale; sectionLabel: string; t: ReturnType<typeof getT> }) {
  return (
    <li className="record-list__item">
      <h3 className="record-list__title">
        {/*
          titleHighlighted / snippetHighlighted come from src/search/highlight.ts, which HTML-escapes
          the stored text (& < > " ') and only then wraps matched words in <mark>…</mark>: the only
          markup in these strings is <mark>, so rendering them as HTML cannot inject anything.
          Every other field is rendered as text by React.
        */}
        <a href={hit.url} lang={captionLang(hit.titleHighlighted, locale)} dangerouslySetInnerHTML={{ __html: hit.titleHighlighted }} />
      </h3>
      <p className="record-list__meta">
        <span className="badge badge--neutral">{sectionLabel}</span>
        {hit.docNumber && <> · {t('search.number', { number: hit.docNumber })}</>}
        {/* Who issued it (a Ministry circular shows the Ministry); else the agency it is filed under. */}
        {hit.issuer ? (
          <>
            {' · '}
            <span lang={hit.issuerLang}>{hit.issuer}</span>
          </>
        ) : (
          hit.agencyName &&
          hit.collection !== 'agencies' && (
            <>
              {' · '}
              <span lang={captionLang(hit.agencyName, locale)}>{hit.agencyName}</span>
            </>
          )
        )}
        {hit.date && (
          <>
            {' · '}
            <time dateTime={hit.date}>{formatDate(hit.date, locale)}</time>
          </>
        )}
      </p>
      {hit.snippetHighlighted && <p className="search-hits__snippet" lang={captionLang(hit.snippetHighlighted, locale)} dangerouslySetInnerHTML={{ __html: hit.snippetHighlighted }} />}
    </li>
  )
}
