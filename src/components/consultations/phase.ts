import { toISODate } from '@/domain/calendar'
import { phaseOf, type Phase } from '@/domain/consultations'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/** Phase and its label on the day the page renders (Việt Nam date). */
export function phaseLabel(c: { openDate: string; closeDate: string; concluded: boolean }, locale: Locale): { phase: Phase; label: string } {
  const t = getT(locale)
  const { phase, daysLeft } = phaseOf(c, toISODate(new Date()))
  const label = phase === 'open' ? `${t('consultations.open')} — ${t('consultations.daysLeft', { count: daysLeft ?? 0 })}` : t(`consultations.${phase}`)
  return { phase, label }
}

export function periodText(c: { openDate: string; closeDate: string }, locale: Locale): string {
  return getT(locale)('consultations.periodValue', { from: formatDate(c.openDate, locale), to: formatDate(c.closeDate, locale) })
}
