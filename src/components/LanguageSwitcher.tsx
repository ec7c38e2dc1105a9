import { getT } from '@/i18n'
import { LOCALE_TAGS, otherLocale, type Locale } from '@/routes/locales'
import { localizePath } from '@/routes/paths'

/** A plain link to the same page in the other language (works without JavaScript). */
export function LanguageSwitcher({ locale, path, alternatePath }: { locale: Locale; path: string; alternatePath?: string }) {
  const t = getT(locale)
  const other = otherLocale(locale)
  const href = alternatePath ?? localizePath(path, other)
  return (
    <nav aria-label={t('a11y.languageSwitcher')} className="language-switcher">
      <span className="language-switcher__current" aria-hidden="true">
        {t('language.current')}
      </span>
      <a href={href} hrefLang={LOCALE_TAGS[other].lang} lang={LOCALE_TAGS[other].lang} rel="alternate">
        {t('language.switchTo')}
      </a>
    </nav>
  )
}
