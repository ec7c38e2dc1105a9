import type { LegalIndexEntry } from '@/data/legal'
import { EFFECT_STATUS_LABELS, FACETS, findDocs, finderQueryString, type EffectStatus, type Facet, type FinderQuery } from '@/domain/legal'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'
import { legalFieldLabel } from '@/collections/LegalDocuments/options'
import { FilterDisclosure, RESULTS_ID, toResults } from '../FilterDisclosure'
import { Pagination } from '../Pagination'
import { LegalDocList } from './LegalDocList'

const isEffectStatus = (value: string): value is EffectStatus => value in EFFECT_STATUS_LABELS
import { docTypeLabel, localized, statusLabel, type WithStatus } from './view'

/**
 * The finder: a GET form (works without JavaScript; the filtered list's URL can be shared), facet
 * counts, sorting, results and pagination. `basePath` lets agency sites reuse it. On a phone the
 * filters fold behind one "Filter" control above the results; the form returns to `#results`.
 */
export function LegalFinder({ locale, basePath, docs, query }: { locale: Locale; basePath: string; docs: WithStatus<LegalIndexEntry>[]; query: FinderQuery }) {
  const t = getT(locale)
  const rows = docs.map((doc) => ({ id: doc.id, docType: doc.docType, issuer: doc.issuer?.key ?? null, fields: doc.fields, issueDate: doc.issueDate, status: doc.status, doc }))
  const result = findDocs(rows, query, 20)
  const issuerNames = new Map(docs.filter((d) => d.issuer).map((d) => [d.issuer!.key, localized(d.issuer!.name, locale)]))
  const label = (facet: Facet, value: string): { text: string; lang?: string } => {
    switch (facet) {
      case 'type':
        return { text: docTypeLabel(value, locale) }
      case 'issuer':
        return issuerNames.get(value) ?? { text: value }
      case 'field':
        return { text: legalFieldLabel(value, locale) }
      case 'status':
        return { text: isEffectStatus(value) ? statusLabel(value, locale) : value }
      default:
        return { text: value }
    }
  }
  const filtered = FACETS.some((f) => (query.filters[f] ?? []).length > 0)
  return (
    <div className="finder">
      <FilterDisclosure locale={locale} active={FACETS.reduce((n, f) => n + (query.filters[f] ?? []).length, 0)}>
        <form method="get" action={toResults(basePath)} className="finder__form" aria-labelledby="finder-heading">
          <h2 id="finder-heading">{t('legal.filtersHeading')}</h2>
          {FACETS.map((facet) =>
            result.facets[facet].length === 0 ? null : (
              <fieldset key={facet} className="finder__facet">
                <legend>{t(`legal.facets.${facet}`)}</legend>
                {result.facets[facet].map((v) => {
                  const id = `f-${facet}-${v.value}`.replace(/[^\w-]/g, '_')
                  const l = label(facet, v.value)
                  return (
                    <div key={v.value} className="finder__option">
                      <input type="checkbox" id={id} name={facet} value={v.value} defaultChecked={v.selected} />
                      <label htmlFor={id}>
                        <span lang={l.lang}>{l.text}</span> <span className="finder__count">({v.count})</span>
                      </label>
                    </div>
                  )
                })}
              </fieldset>
            ),
          )}
          <div className="finder__sort">
            <label htmlFor="finder-sort">{t('legal.sort')}</label>
            <select id="finder-sort" name="sort" defaultValue={query.sort}>
              <option value="newest">{t('legal.sortNewest')}</option>
              <option value="oldest">{t('legal.sortOldest')}</option>
            </select>
          </div>
          <p className="finder__actions">
            <button type="submit">{t('legal.apply')}</button>
            {filtered && <a href={basePath}>{t('legal.clear')}</a>}
          </p>
        </form>
      </FilterDisclosure>
      <section className="finder__results" aria-labelledby="results-heading" id={RESULTS_ID} tabIndex={-1}>
        <h2 id="results-heading">{t('legal.results', { count: result.total })}</h2>
        <LegalDocList locale={locale} items={result.items.map((r) => r.doc)} />
        <Pagination
          locale={locale}
          page={result.page}
          totalPages={result.totalPages}
          hrefFor={(page) => toResults(basePath + finderQueryString({ ...query, page }))}
        />
      </section>
    </div>
  )
}
