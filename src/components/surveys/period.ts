import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

export function periodText(s: { startDate: string; endDate: string }, locale: Locale): string {
  return getT(locale)('surveys.periodValue', { from: formatDate(s.startDate, locale), to: formatDate(s.endDate, locale) })
}
