import Link from 'next/link'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

export interface TranslationNoticeProps {
  locale: Locale
  /** The document's English state (the `translation` group every agencyContent collection has). */
  translation: { state: 'missing' | 'outdated' | 'current'; viMaterialChangeAt?: string | null } | null | undefined
  /** The same page in Vietnamese. */
  originalHref: string
}

/**
 * The English edition's honesty notice, for any section's detail page: shown on English pages
 * only, when the item's English is outdated (the Vietnamese changed materially after the English
 * was last updated) or missing (the Vietnamese original is shown). Renders nothing otherwise.
 */
export function TranslationNotice({ locale, translation, originalHref }: TranslationNoticeProps) {
  if (locale === 'vi' || !translation || translation.state === 'current') return null
  const t = getT(locale)
  const message =
    translation.state === 'outdated'
      ? t('translation.outdated', { date: translation.viMaterialChangeAt ? formatDate(translation.viMaterialChangeAt, locale) : '–' })
      : t('translation.missing')
  return (
    <div className="notice notice--warning translation-notice" role="note" data-translation-state={translation.state}>
      <p>
        {message}{' '}
        <Link prefetch={false} href={originalHref} hrefLang="vi">
          {t('translation.readOriginal')}
        </Link>
      </p>
    </div>
  )
}
