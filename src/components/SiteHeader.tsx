import Link from 'next/link'
import { getT } from '@/i18n'
import { homePath, LIVE_SECTIONS, sectionPath, type Locale, type SectionKey } from '@/routes'
import { LanguageSwitcher } from './LanguageSwitcher'
import { BrandMark, SiteMenu } from './SiteMenu'

export function SiteHeader({ locale, path, current, alternatePath }: { locale: Locale; path: string; current?: SectionKey; alternatePath?: string }) {
  const t = getT(locale)
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link prefetch={false} href={homePath(locale)} className="site-identity">
          <BrandMark />
          <span>
            <span className="site-identity__name">{t('site.name')}</span>
            <span className="site-identity__tagline">{t('site.tagline')}</span>
          </span>
        </Link>
      </div>
      <SiteMenu
        locale={locale}
        navLabel={t('a11y.mainNav')}
        aside={<LanguageSwitcher locale={locale} path={path} alternatePath={alternatePath} />}
        extra={
          // SEARCH: a plain GET form to the search page (no JavaScript needed).
          <form method="get" action={sectionPath(locale, 'search')} role="search" aria-label={t('search.headerLabel')} className="site-search">
            <label htmlFor="site-search-q" className="visually-hidden">
              {t('search.headerLabel')}
            </label>
            <input id="site-search-q" name="q" type="search" maxLength={200} placeholder={t('search.placeholder')} autoComplete="off" />
            <button type="submit">{t('search.submit')}</button>
          </form>
        }
      >
        <li>
          <Link prefetch={false} href={homePath(locale)} aria-current={path === homePath(locale) ? 'page' : undefined}>
            {t('nav.home')}
          </Link>
        </li>
        {LIVE_SECTIONS.map((key) => (
          <li key={key}>
            <Link prefetch={false} href={sectionPath(locale, key)} aria-current={current === key ? 'page' : undefined}>
              {t(`nav.${key}`)}
            </Link>
          </li>
        ))}
      </SiteMenu>
    </header>
  )
}
