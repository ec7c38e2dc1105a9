import { legalFieldLabel } from '@/collections/LegalDocuments/options'
import { Lang } from '@/components/Lang'
import type { GuideCard } from '@/data/legalSupport'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/** A guide's field, agency and publication date, in one line. */
export function GuideMeta({ locale, guide }: { locale: Locale; guide: Pick<GuideCard, 'field' | 'agency' | 'publishedAt'> }) {
  const t = getT(locale)
  const parts = [
    guide.field ? <span key="field">{t('legalSupport.fieldIs', { field: legalFieldLabel(guide.field, locale) })}</span> : null,
    guide.agency?.name ? (
      <span key="agency">
        {t('legalSupport.by')} <Lang value={guide.agency.name} locale={locale} />
      </span>
    ) : null,
    guide.publishedAt ? (
      <time key="date" dateTime={guide.publishedAt}>
        {formatDate(guide.publishedAt, locale)}
      </time>
    ) : null,
  ].filter(Boolean)
  if (!parts.length) return null
  return <p className="article__meta">{parts.flatMap((p, i) => (i ? [' · ', p] : [p]))}</p>
}
