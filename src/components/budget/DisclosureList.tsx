import Link from 'next/link'
import { familyLabel } from '@/collections/BudgetDisclosures/families'
import type { DisclosureCard } from '@/data/budget'
import { formatDate, formReference } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath, type Locale } from '@/routes'
import { ViOnlyBadge } from '../ViOnlyBadge'
import { PunctualityBadge } from './PunctualityBadge'

/** Budget disclosures as a list; reusable on agency sites (pass the agency's items). */
export function DisclosureList({ locale, items }: { locale: Locale; items: DisclosureCard[] }) {
  const t = getT(locale)
  if (items.length === 0) return <p>{t('budget.empty')}</p>
  return (
    <ul className="record-list">
      {items.map((d) => (
        <li key={d.id} className="record-list__item">
          <h2 className="record-list__title">
            <Link prefetch={false} href={sectionPath(locale, 'budget', d.slug)} lang={d.title?.lang !== locale ? d.title?.lang : undefined}>
              {d.title?.text ?? d.slug}
            </Link>
            <ViOnlyBadge locale={locale} lang={d.title?.lang} />
          </h2>
          <p className="record-list__meta">
            {t('budget.fiscalYearValue', { year: d.fiscalYear })} · {familyLabel(d.family, locale)}
            {d.formCode ? <FormRef locale={locale} code={d.formCode} /> : null}
            {d.agency?.name ? (
              <>
                {' · '}
                <span lang={d.agency.name.lang !== locale ? d.agency.name.lang : undefined}>{d.agency.name.text}</span>
              </>
            ) : null}
          </p>
          <p className="record-list__meta">
            {d.publishedAt && <time dateTime={d.publishedAt}>{t('budget.publishedOn', { date: formatDate(d.publishedAt, locale) })}</time>}{' '}
            <PunctualityBadge locale={locale} timeliness={d.timeliness} withDue />
          </p>
        </li>
      ))}
    </ul>
  )
}

function FormRef({ locale, code }: { locale: Locale; code: string }) {
  const ref = formReference(code, locale)
  return (
    <>
      {' · '}
      <span lang={ref.lang !== locale ? ref.lang : undefined}>{ref.text}</span>
    </>
  )
}
