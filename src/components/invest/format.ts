import { formatMoneyFromMillions, formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/** "VND 55 billion (USD 2.2 million)" / "55 tỷ đồng (2,2 triệu USD)". */
export function capitalText(locale: Locale, millionVnd: number | null, usd: number | null): string | null {
  const t = getT(locale)
  const parts: string[] = []
  if (millionVnd !== null) parts.push(formatMoneyFromMillions(millionVnd, locale))
  if (usd !== null) {
    const usdText = t('invest.fields.usdMillion', { amount: formatNumber(usd / 1_000_000, locale, 1) })
    parts.push(parts.length ? `(${usdText})` : usdText)
  }
  return parts.length ? parts.join(' ') : null
}

export function hectares(locale: Locale, ha: number | null): string | null {
  return ha === null ? null : getT(locale)('invest.fields.hectares', { value: formatNumber(ha, locale, 2) })
}
