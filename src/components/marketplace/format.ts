import { AVAILABILITY, MARKET_CATEGORIES, PRICE_UNITS } from '@/domain/marketplace'
import { formatDate, formatVnd } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

type Option = { value: string; label: { vi: string; en: string } }
const label = (list: readonly Option[], value: string | null | undefined, locale: Locale) => list.find((o) => o.value === value)?.label[locale] ?? ''

export const categoryLabel = (value: string, locale: Locale) => label(MARKET_CATEGORIES, value, locale)
export const availabilityLabel = (value: string | null, locale: Locale) => label(AVAILABILITY, value, locale)

/** "35.000 ₫ – 50.000 ₫ / kg", "Price on request". */
export function priceText(p: { priceMin: number | null; priceMax: number | null; unit: string | null }, locale: Locale): string {
  const t = getT(locale)
  const min = p.priceMin ?? p.priceMax
  const max = p.priceMax ?? p.priceMin
  if (min === null || max === null) return t('marketplace.priceOnRequest')
  const price = min === max ? formatVnd(min, locale) : t('marketplace.priceRange', { min: formatVnd(min, locale), max: formatVnd(max, locale) })
  return p.unit ? t('marketplace.perUnit', { price, unit: label(PRICE_UNITS, p.unit, locale) }) : price
}

export const verifiedText = (iso: string, locale: Locale) => getT(locale)('marketplace.verifiedBadge', { date: formatDate(iso, locale) })
