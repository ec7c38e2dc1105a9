import type React from 'react'
import type { Locale, SectionKey } from '@/routes'
import { AlertBanner } from './AlertBanner'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** Header, main landmark (target of the skip link) and footer around a page's content. */
export function PageShell({
  locale,
  path,
  current,
  alternatePath,
  children,
}: {
  locale: Locale
  path: string
  current?: SectionKey
  /** The same page in the other language when it is more than the path (e.g. the search keeps its query). */
  alternatePath?: string
  children: React.ReactNode
}) {
  return (
    <>
      <AlertBanner locale={locale} />
      <SiteHeader locale={locale} path={path} current={current} alternatePath={alternatePath} />
      <main id="main" tabIndex={-1} className="container main">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
