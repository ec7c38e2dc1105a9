import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/** "Vietnamese only" beside an item whose text is shown in Vietnamese on an English page; nothing otherwise. */
export function ViOnlyBadge({ locale, lang }: { locale: Locale; lang: string | undefined | null }) {
  if (!lang || lang === locale) return null
  return (
    <>
      {' '}
      <span className="badge badge--neutral">{getT(locale)('language.vietnameseOnly')}</span>
    </>
  )
}
