import { ViOnlyBadge } from '../ViOnlyBadge'
import Link from 'next/link'
import { optionLabel, PLAN_AREAS, PLAN_KINDS, PLAN_STATUSES } from '@/collections/Plans/options'
import type { PlanCard } from '@/data/plans'
import { getT } from '@/i18n'
import { sectionPath, type Locale } from '@/routes'

export function planPeriod(p: Pick<PlanCard, 'periodStart' | 'periodEnd' | 'visionYear'>, locale: Locale): string | null {
  const t = getT(locale)
  if (!p.periodStart && !p.periodEnd) return null
  const period = t('plans.period', { start: p.periodStart ?? '…', end: p.periodEnd ?? '…' })
  return p.visionYear ? `${period}, ${t('plans.vision', { year: p.visionYear })}` : period
}

/** Planning documents as a list; reusable on agency sites (pass the agency's items). */
export function PlanList({ locale, items }: { locale: Locale; items: PlanCard[] }) {
  const t = getT(locale)
  if (items.length === 0) return <p>{t('plans.empty')}</p>
  const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
  return (
    <ul className="record-list">
      {items.map((p) => (
        <li key={p.id} className="record-list__item">
          <h2 className="record-list__title">
            <Link prefetch={false} href={sectionPath(locale, 'plans', p.slug)} lang={langOf(p.title?.lang)}>
              {p.title?.text ?? p.slug}
            </Link>
            <ViOnlyBadge locale={locale} lang={p.title?.lang} />
          </h2>
          <p className="record-list__meta">
            {optionLabel(PLAN_KINDS, p.kind, locale)} · {optionLabel(PLAN_AREAS, p.area, locale)}
            {planPeriod(p, locale) ? ` · ${planPeriod(p, locale)}` : ''} · <span className={`badge badge--${p.planStatus === 'expired' ? 'neutral' : 'ok'}`}>{optionLabel(PLAN_STATUSES, p.planStatus, locale)}</span>
          </p>
          {p.description && (
            <p lang={langOf(p.description.lang)}>{p.description.text.length > 280 ? `${p.description.text.slice(0, 277)}…` : p.description.text}</p>
          )}
        </li>
      ))}
    </ul>
  )
}
