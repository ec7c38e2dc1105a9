import Link from 'next/link'
import { getT } from '@/i18n'
import { homePath, LIVE_SECTIONS, sectionPath, type Locale, type SectionKey } from '@/routes'
import { LanguageSwitcher } from './LanguageSwitcher'

export function SiteHeader({ locale, path, current }: { locale: Locale; path: string; current?: SectionKey }) {
  const t = getT(locale)
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link href={homePath(locale)} className="site-identity">
          <span className="site-identity__emblem" aria-hidden="true">
            HT
          </span>
          <span>
            <span className="site-identity__name">{t('site.name')}</span>
            <span className="site-identity__tagline">{t('site.tagline')}</span>
          </span>
        </Link>
        {/* SEARCH: a plain GET form to the search page (no JavaScript needed). */}
        <form method="get" action={sectionPath(locale, 'search')} role="search" aria-label={t('search.headerLabel')} className="site-search">
          <label htmlFor="site-search-q" className="visually-hidden">
            {t('search.headerLabel')}
          </label>
          <input id="site-search-q" name="q" type="search" maxLength={200} placeholder={t('search.placeholder')} autoComplete="off" />
          <button type="submit">{t('search.submit')}</button>
        </form>
        <LanguageSwitcher locale={locale} path={path} />
      </div>
      <nav aria-label={t('a11y.mainNav')} className="main-nav">
        <ul className="container">
          <li>
            <Link href={homePath(locale)} aria-current={path === homePath(locale) ? 'page' : undefined}>
              {t('nav.home')}
            </Link>
          </li>
          {LIVE_SECTIONS.map((key) => (
            <li key={key}>
              <Link href={sectionPath(locale, key)} aria-current={current === key ? 'page' : undefined}>
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
