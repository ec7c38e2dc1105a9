import { formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes'
import { round1 } from '@/transparency/export'

/** A score table cell: one decimal in the locale's notation, or "not assessed". */
export function Score({ value, locale }: { value: number | null; locale: Locale }) {
  const v = round1(value)
  if (v === null) return <td className="num tx-na">{getT(locale)('transparency.na')}</td>
  return <td className="num">{formatNumber(v, locale, 1)}</td>
}
