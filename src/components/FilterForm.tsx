import { getT } from '@/i18n'
import { FilterDisclosure, toResults } from './FilterDisclosure'
import type { Locale } from '@/routes/locales'

export interface FilterField {
  name: string
  label: string
  value: string | undefined
  options: { value: string; label: string; lang?: Locale }[]
}

/**
 * A GET form of <select> filters: the choice lives in the query string, so it works without
 * JavaScript, can be bookmarked and shared. Folded behind "Filter" on a phone; submitting returns
 * to the page's `#results` (the element the page marks with RESULTS_ID).
 */
export function FilterForm({ locale, action, fields, legend }: { locale: Locale; action: string; fields: FilterField[]; legend: string }) {
  const t = getT(locale)
  return (
    <FilterDisclosure locale={locale} active={fields.filter((f) => f.value).length}>
      <form method="get" action={toResults(action)} className="filters">
        <fieldset>
          <legend>{legend}</legend>
          <div className="filters__fields">
            {fields.map((f) => (
              <p key={f.name} className="filters__field">
                <label htmlFor={`filter-${f.name}`}>{f.label}</label>
                <select id={`filter-${f.name}`} name={f.name} defaultValue={f.value ?? ''}>
                  <option value="">{t('listFilters.all')}</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value} lang={o.lang !== locale ? o.lang : undefined}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </p>
            ))}
          </div>
          <p className="filters__actions">
            <button type="submit">{t('listFilters.apply')}</button>
            <a href={action}>{t('listFilters.reset')}</a>
          </p>
        </fieldset>
      </form>
    </FilterDisclosure>
  )
}
