import { ocopLevel, type OcopStars } from '@/domain/marketplace'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/** An OCOP rating as text ("OCOP 4 stars, provincial level"), the stars drawn for sighted readers only. */
export function Stars({ stars, locale }: { stars: OcopStars; locale: Locale }) {
  const t = getT(locale)
  return (
    <span className="ocop-stars">
      <span aria-hidden="true">{'★'.repeat(stars)}</span> {t('marketplace.ocop', { count: stars })} ({t(`marketplace.ocopLevel.${ocopLevel(stars)}`)})
    </span>
  )
}
