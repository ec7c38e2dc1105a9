import type { Timeliness } from '@/collections/BudgetDisclosures/timeliness'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/** "Published on time" / "N days late", with the statutory deadline it was measured against. */
export function PunctualityBadge({ locale, timeliness, withDue = false }: { locale: Locale; timeliness: Timeliness; withDue?: boolean }) {
  const t = getT(locale)
  const { onTime, daysLate, dueDate } = timeliness
  const due = dueDate && withDue ? <> {t('budget.dueOn', { date: formatDate(dueDate, locale) })}</> : null
  if (onTime === null || daysLate === null) {
    return <span className="badge badge--neutral">{dueDate ? t('budget.dueOn', { date: formatDate(dueDate, locale) }) : t('budget.noDeadline')}</span>
  }
  if (onTime) {
    return (
      <span className="badge badge--ok">
        {t('budget.onTime')}
        {due}
      </span>
    )
  }
  return (
    <span className="badge badge--late">
      {daysLate === 1 ? t('budget.lateOne') : t('budget.lateMany', { count: daysLate })}
      {due}
    </span>
  )
}
