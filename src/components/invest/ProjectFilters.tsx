import { CAPITAL_RANGES, AREAS, PROJECT_STATUSES, SECTORS, type ProjectFilters as Filters } from '@/domain/invest'
import type { ZoneCard } from '@/data/invest'
import { getT } from '@/i18n'
import { FilterDisclosure, toResults } from '../FilterDisclosure'
import type { Locale } from '@/routes/locales'

/** The project filters: a plain GET form (works without JavaScript; the URL carries the filters). */
export function ProjectFilters({ locale, action, filters, zones }: { locale: Locale; action: string; filters: Filters; zones: ZoneCard[] }) {
  const t = getT(locale)
  const select = (name: keyof Filters, label: string, options: { value: string; label: string; lang?: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={(filters[name] as string | undefined) ?? ''}>
        <option value="">{t('invest.filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <FilterDisclosure locale={locale} active={(['sector', 'area', 'zone', 'capital', 'status'] as const).filter((k) => filters[k]).length}>
      <form method="get" action={toResults(action)} className="filters">
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t('invest.filters.legend')}</legend>
          <div className="filters__grid">
            {select('sector', t('invest.filters.sector'), SECTORS.map((v) => ({ value: v, label: t(`invest.sectors.${v}`) })))}
            {select('area', t('invest.filters.area'), AREAS.map((v) => ({ value: v, label: t(`invest.areas.${v}`) })))}
            {select(
              'zone',
              t('invest.filters.zone'),
              zones.map((z) => ({ value: z.slug, label: z.title.text, lang: z.title.lang !== locale ? z.title.lang : undefined })),
            )}
            {select('capital', t('invest.filters.capital'), CAPITAL_RANGES.map((r) => ({ value: r.key, label: t(`invest.capitalRanges.${r.key}`) })))}
            {select('status', t('invest.filters.status'), PROJECT_STATUSES.map((v) => ({ value: v, label: t(`invest.statuses.${v}`) })))}
          </div>
          <div className="filters__actions">
            <button type="submit" className="button">
              {t('invest.filters.apply')}
            </button>
            <a href={action}>{t('invest.filters.clear')}</a>
          </div>
        </fieldset>
      </form>
    </FilterDisclosure>
  )
}
