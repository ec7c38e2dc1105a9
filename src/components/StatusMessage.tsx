import Link from 'next/link'
import type React from 'react'
import { getT } from '@/i18n'
import { homePath, sectionPath } from '@/routes'
import type { Locale } from '@/routes/locales'
import { SiteHeader } from './SiteHeader'

/**
 * The 404 and error pages inside the site's chrome: header and navigation, a search form, the
 * way home, and the footer (passed in: the 404 page gives the full footer, the error page — a
 * client component that cannot read data — the footer without the editable contact details).
 * No hooks here, so it renders on the server (404) and in the error boundary alike.
 */
export function StatusMessage({
  locale,
  kind,
  footer,
  onRetry,
}: {
  locale: Locale
  kind: 'notFound' | 'error'
  footer: React.ReactNode
  onRetry?: () => void
}) {
  const t = getT(locale)
  const home = homePath(locale)
  return (
    <>
      <title>{`${t(kind === 'notFound' ? 'errors.notFoundTitle' : 'errors.errorTitle')} – ${t('site.name')}`}</title>
      <SiteHeader locale={locale} path={home} />
      <main id="main" tabIndex={-1} className="container main status-page">
        <h1>{t(kind === 'notFound' ? 'errors.notFoundTitle' : 'errors.errorTitle')}</h1>
        <p>{t(kind === 'notFound' ? 'errors.notFoundBody' : 'errors.errorBody')}</p>
        <form method="get" action={sectionPath(locale, 'search')} role="search" aria-label={t('errors.searchLabel')} className="status-page__search search-box">
          <label htmlFor="status-search-q">{t('errors.searchLabel')}</label>
          <div className="search-box__row">
            <div className="search-box__field">
              <input id="status-search-q" name="q" type="search" maxLength={200} placeholder={t('search.placeholder')} autoComplete="off" />
            </div>
            <button type="submit">{t('search.submit')}</button>
          </div>
        </form>
        <p className="status-page__actions">
          <Link prefetch={false} href={home}>{t('errors.backHome')}</Link>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              {t('errors.retry')}
            </button>
          )}
        </p>
      </main>
      {footer}
    </>
  )
}
