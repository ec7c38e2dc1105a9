import { AREAS, CAPITAL_RANGES, INVESTMENT_FORMS, PROJECT_STATUSES, SECTORS, ZONE_KINDS } from '@/domain/invest'
import en from '@/i18n/locales/en.json'
import vi from '@/i18n/locales/vi.json'

type Group = 'sectors' | 'areas' | 'forms' | 'statuses' | 'zoneKinds' | 'capitalRanges'

/** Admin select options labelled from the public UI catalogues, so both say the same thing. */
function options(group: Group, values: readonly string[]) {
  const viGroup = vi.invest[group] as Record<string, string>
  const enGroup = en.invest[group] as Record<string, string>
  return values.map((value) => ({ value, label: { vi: viGroup[value] ?? value, en: enGroup[value] ?? value } }))
}

export const SECTOR_OPTIONS = options('sectors', SECTORS)
export const AREA_OPTIONS = options('areas', AREAS)
export const FORM_OPTIONS = options('forms', INVESTMENT_FORMS)
export const STATUS_OPTIONS = options('statuses', PROJECT_STATUSES)
export const ZONE_KIND_OPTIONS = options('zoneKinds', ZONE_KINDS)
export const CAPITAL_RANGE_OPTIONS = options('capitalRanges', CAPITAL_RANGES.map((r) => r.key))
