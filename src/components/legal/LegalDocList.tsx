import Link from 'next/link'
import type { LegalIndexEntry } from '@/data/legal'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath, type Locale } from '@/routes'
import { StatusBadge } from './StatusBadge'
import { docTypeLabel, localized, type WithStatus } from './view'

/** Legal documents as a list of results: number, title, type, issuer, date and today's status. */
export function LegalDocList({ locale, items, headingLevel = 3 }: { locale: Locale; items: WithStatus<LegalIndexEntry>[]; headingLevel?: 2 | 3 }) {
  const t = getT(locale)
  if (items.length === 0) return <p>{t('legal.empty')}</p>
  const H = `h${headingLevel}` as 'h2' | 'h3'
  return (
    <ol className="doc-list">
      {items.map((d) => {
        const title = localized(d.title, locale)
        const issuer = d.issuer ? localized(d.issuer.name, locale) : null
        const untranslated = locale !== 'vi' && !d.title[locale]
        return (
          <li key={d.id} className="doc-list__item">
            <H className="doc-list__title">
              <Link prefetch={false} href={sectionPath(locale, 'legal-documents', d.slug)}>
                <span className="doc-list__number">{d.number}</span> <span lang={title.lang}>{title.text}</span>
              </Link>
            </H>
            <p className="doc-list__meta">
              {docTypeLabel(d.docType, locale)}
              {issuer && (
                <>
                  {' · '}
                  <span lang={issuer.lang}>{issuer.text}</span>
                </>
              )}
              {d.issueDate && <> · {t('legal.issuedOn', { date: formatDate(d.issueDate, locale) })}</>}
              {' · '}
              <StatusBadge status={d.status} locale={locale} />
              {untranslated && (
                <>
                  {' · '}
                  <span className="tag">{t('legal.vietnameseOnlyBadge')}</span>
                </>
              )}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
