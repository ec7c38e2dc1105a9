import type React from 'react'
import type { Locale, SectionKey } from '@/routes'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** Header, main landmark (target of the skip link) and footer around a page's content. */
export function PageShell({
  locale,
  path,
  current,
  children,
}: {
  locale: Locale
  path: string
  current?: SectionKey
  children: React.ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} path={path} current={current} />
      <main id="main" tabIndex={-1} className="container main">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
